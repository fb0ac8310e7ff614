import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCatalog, catalogViewStateArb } from '../../../tests/support/main/fuzz/view-file-arb';
import { viewNameArb } from '../../../tests/support/main/fuzz/views-fixture';
import { PRESETS, presetView } from '../../shared/presets';
import { defaultViewState } from '../../shared/default-view-state';
import { looksLikeViewCode } from '../../shared/views/view-code';
import { decodeViewCode, encodeViewCode } from './view-code';

const catalog = bundledCatalog();
const RUNS = Number(process.env.VIEW_CODE_RUNS ?? 10_000);

describe('view codes', () => {
  it('round-trips every report figure, with and without a name, in under 120 characters', () => {
    const lengths: Record<string, number> = {};
    for (const preset of PRESETS) {
      const state = presetView(preset);
      const code = encodeViewCode(state, null);
      lengths[preset.id] = code.length;
      expect(looksLikeViewCode(code)).toBe(true);
      expect(decodeViewCode(code, catalog)).toEqual({ ok: true, name: null, state });
      const named = encodeViewCode(state, preset.title.en);
      lengths[`${preset.id} (named)`] = named.length;
      expect(decodeViewCode(named, catalog)).toEqual({ ok: true, name: preset.title.en, state });
    }
    // A saved view with filters, as the Save dialog's example: two countries on the health map.
    const filtered = {
      ...presetView(PRESETS.find((p) => p.id === 'health-assessments-map')!),
      filters: [{ kind: 'values' as const, field: 'country', values: ['Pakistan', 'Ukraine'] }],
    };
    const filteredCode = encodeViewCode(filtered, 'Health assessments — map — Pakistan, Ukraine');
    lengths['health map, 2 countries (named)'] = filteredCode.length;
    expect(decodeViewCode(filteredCode, catalog)).toMatchObject({ ok: true, state: filtered });
    console.log(`view code lengths: ${JSON.stringify(lengths)}`);
    for (const n of Object.values(lengths)) expect(n).toBeLessThan(120);
  });

  it('survives the spaces and line breaks a mail program adds', () => {
    const code = encodeViewCode(defaultViewState('key-figures'), null);
    const wrapped = ` ${code.slice(0, 10)}\n${code.slice(10)} `;
    expect(decodeViewCode(wrapped, catalog)).toMatchObject({ ok: true });
  });

  it('tells a newer code, a cut or mistyped code, and unknown data apart', () => {
    const code = encodeViewCode(presetView(PRESETS[0]!), null);
    expect(decodeViewCode(code.replace(/^iom1\./, 'iom2.'), catalog)).toEqual({ ok: false, reason: 'newer-version', version: 2 });
    expect(decodeViewCode(code.slice(0, -4), catalog)).toEqual({ ok: false, reason: 'damaged' });
    const i = code.length - 6;
    const typo = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    expect(decodeViewCode(typo, catalog)).toEqual({ ok: false, reason: 'damaged' });
    expect(decodeViewCode('hello world', catalog)).toEqual({ ok: false, reason: 'not-a-code' });
    const other = encodeViewCode(defaultViewState('not-bundled-here'), null);
    expect(decodeViewCode(other, catalog)).toEqual({ ok: false, reason: 'unknown-data', datasetId: 'not-bundled-here' });
    const future = encodeViewCode({ ...defaultViewState('key-figures'), version: 99 as 1 }, null);
    expect(decodeViewCode(future, catalog)).toEqual({ ok: false, reason: 'newer-version', version: 99 });
  });

  it('refuses what a view file refuses: a field the dataset lacks, a bad name, an oversized payload', () => {
    const bad = encodeViewCode({ ...defaultViewState('key-figures'), sort: { field: 'nope', dir: 'asc' } }, null);
    expect(decodeViewCode(bad, catalog)).toMatchObject({ ok: false, reason: 'unknown-data' });
    const badName = encodeViewCode(defaultViewState('key-figures'), 'a\u202Eb');
    expect(decodeViewCode(badName, catalog)).toEqual({ ok: false, reason: 'damaged' });
    const huge = encodeViewCode({ ...defaultViewState('key-figures'), filters: [1, 2, 3].map((n) => ({ kind: 'values' as const, field: 'value', values: Array.from({ length: 1000 }, (_, i) => `${n}-${i}`.padEnd(500, 'x')) })) }, null);
    expect(decodeViewCode(huge, catalog)).toEqual({ ok: false, reason: 'too-large' });
  });

  it(`any valid view → code → the same view (${Math.min(RUNS, 2000)} runs)`, () => {
    fc.assert(
      fc.property(catalogViewStateArb(catalog), fc.option(viewNameArb, { nil: null }), (state, name) => {
        const opened = decodeViewCode(encodeViewCode(state, name), catalog);
        expect(opened).toEqual({ ok: true, name: name === null ? null : name.trim(), state });
      }),
      { numRuns: Math.min(RUNS, 2000) },
    );
  });

  it(`${RUNS} fuzzed codes: a typed problem or a valid view, never a throw`, () => {
    const valid = catalogViewStateArb(catalog).map((s) => encodeViewCode(s, null));
    const mangled = fc.tuple(valid, fc.nat(), fc.string({ minLength: 0, maxLength: 3 })).map(([c, at, ins]) => {
      const i = at % c.length;
      return c.slice(0, i) + ins + c.slice(i + 1);
    });
    const codes = fc.oneof(fc.string(), valid.map((c) => c.slice(0, Math.floor(c.length / 2))), mangled, fc.base64String().map((b) => `iom1.${b}`));
    fc.assert(
      fc.property(codes, (code) => {
        const r = decodeViewCode(code, catalog);
        if (r.ok) expect(catalog.has(r.state.datasetId)).toBe(true);
        else expect(['not-a-code', 'newer-version', 'damaged', 'unknown-data', 'too-large']).toContain(r.reason);
      }),
      { numRuns: RUNS },
    );
  });
});
