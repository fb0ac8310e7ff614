import { describe, expect, it } from 'vitest';
import { matchesPreset, PRESETS, presetView } from './presets';
import { fromSaved, toSaved } from './saved-view-state';

describe('presets', () => {
  it('each preset is a valid view that survives saving', () => {
    for (const p of PRESETS) {
      const view = presetView(p);
      expect(fromSaved(JSON.parse(JSON.stringify(toSaved(view))))).toEqual({ ok: true, state: view });
      expect(view.presetId).toBe(p.id);
    }
  });

  it('ids are unique', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
  });

  it('a view matches its preset until something other than the selection or tab changes', () => {
    const p = PRESETS[0]!;
    const view = presetView(p);
    expect(matchesPreset({ ...view, selectedRowId: 'x' }, p)).toBe(true);
    expect(matchesPreset({ ...view, tab: 'table' }, p)).toBe(true);
    expect(matchesPreset({ ...view, search: 'x' }, p)).toBe(false);
    expect(matchesPreset({ ...view, chart: { ...view.chart, type: 'bar' } }, p)).toBe(false);
  });
});
