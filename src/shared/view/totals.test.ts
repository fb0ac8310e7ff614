import { describe, expect, it } from 'vitest';
import { computeTotals, countedRows, mixedUnits } from './totals';
import { health, movements, themes } from '../../../tests/support/shared/sample-datasets';

describe('totals', () => {
  it('adds additive measures and leaves out percentages', () => {
    const ds = movements();
    expect(computeTotals(ds, ds.rows)).toEqual({ people: 1000 + 1100 + 1200 + 500 + 510 + 520 });
  });

  it('does not count a sub-theme whose theme is shown', () => {
    const ds = themes();
    expect(computeTotals(ds, ds.rows)).toEqual({ amount: 197.6 });
    expect(countedRows(ds, ds.rows).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('counts sub-themes once their theme is filtered out', () => {
    const ds = themes();
    const rows = ds.rows.filter((r) => r.id !== 'a');
    expect(computeTotals(ds, rows)).toEqual({ amount: 95.8 + 43.8 + 58 });
  });

  it('gives no total when a unit column says the rows count different things', () => {
    const ds = health();
    const withUnits = {
      ...ds,
      fields: [
        ...ds.fields,
        { key: 'reachedUnit', label: { en: 'Unit', fr: 'Unité' }, type: 'text' as const, role: 'dimension' as const },
      ],
    };
    const rows = ds.rows.map((r, i) => ({ ...r, values: { ...r.values, reachedUnit: i === 0 ? 'families' : 'people' } }));
    expect(computeTotals(withUnits, rows)).toBeNull();
    expect(computeTotals(withUnits, rows.slice(1))).toEqual({ assessments: 35954 + 25636 + 10936 });
    expect(mixedUnits(withUnits, rows)).toEqual({ field: withUnits.fields[3], units: ['families', 'people'] });
    expect(mixedUnits(withUnits, rows.slice(1))).toBeNull();
  });

  it('gives no total for a single row or when the data prints its own total', () => {
    const ds = health();
    expect(computeTotals(ds, ds.rows.slice(0, 1))).toBeNull();
    const withTotal = {
      ...ds,
      rows: [...ds.rows, { id: 't', values: { country: 'Total', assessments: 1 }, source: { line: 1, quote: 'x' } }],
    };
    expect(computeTotals(withTotal, withTotal.rows)).toBeNull();
    // Filtered out, the printed total no longer stands in the way.
    expect(computeTotals(withTotal, withTotal.rows.slice(0, -1))).toEqual({ assessments: 47294 + 35954 + 25636 + 10936 });
  });
});
