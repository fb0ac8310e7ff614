import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../../../../shared/default-view-state';
import { viewStateSchema } from '../../../../shared/view-state';
import { viewReducer, type ViewAction } from './state';

const start = defaultViewState('health');
const run = (...actions: ViewAction[]) => actions.reduce(viewReducer, start);

describe('viewReducer', () => {
  it('opens a dataset fresh, with the row a search result chose', () => {
    const v = run({ type: 'search', text: 'x' }, { type: 'open', datasetId: 'themes', selectedRowId: 'a' });
    expect(v).toEqual({ ...defaultViewState('themes'), selectedRowId: 'a' });
  });

  it('cycles a column sort ascending, descending, off', () => {
    expect(run({ type: 'sort', field: 'n' })?.sort).toEqual({ field: 'n', dir: 'asc' });
    expect(run({ type: 'sort', field: 'n' }, { type: 'sort', field: 'n' })?.sort).toEqual({ field: 'n', dir: 'desc' });
    expect(run({ type: 'sort', field: 'n' }, { type: 'sort', field: 'n' }, { type: 'sort', field: 'n' })?.sort).toBeNull();
    expect(run({ type: 'sort', field: 'n' }, { type: 'sort', field: 'm' })?.sort).toEqual({ field: 'm', dir: 'asc' });
  });

  it('replaces the filter of a field and drops empty ones', () => {
    const v = run(
      { type: 'filter', filter: { kind: 'values', field: 'c', values: ['a'] } },
      { type: 'filter', filter: { kind: 'range', field: 'n', min: 1, max: null } },
      { type: 'filter', filter: { kind: 'values', field: 'c', values: ['b'] } },
    );
    expect(v?.filters).toEqual([
      { kind: 'range', field: 'n', min: 1, max: null },
      { kind: 'values', field: 'c', values: ['b'] },
    ]);
    expect(viewReducer(v, { type: 'filter', filter: { kind: 'range', field: 'n', min: null, max: null } })?.filters).toHaveLength(
      1,
    );
  });

  it('keeps the map viewport inside what the view state accepts', () => {
    const v = run({ type: 'map', patch: { zoom: 100, center: [500, -100] } });
    expect(v?.map).toEqual({ mode: null, zoom: 32, center: [180, -90] });
    expect(viewStateSchema.safeParse(v).success).toBe(true);
  });

  it('does nothing but open or replace before a dataset is chosen', () => {
    expect(viewReducer(null, { type: 'tab', tab: 'map' })).toBeNull();
    expect(viewReducer(null, { type: 'replace', view: start })).toBe(start);
  });
});
