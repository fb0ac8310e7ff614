import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyView, normalizeForSearch, sortRows } from './rows';
import { health, movements } from '../../../tests/support/shared/sample-datasets';

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('applyView', () => {
  it('filters by category values, then by range', () => {
    const ds = movements();
    const r = applyView(ds, {
      filters: [
        { kind: 'values', field: 'category', values: ['Privately sponsored'] },
        { kind: 'range', field: 'year', min: 2011, max: null },
      ],
      search: '',
      sort: null,
    });
    expect(ids(r)).toEqual(['2011-pr', '2012-pr']);
  });

  it('finds "47,294" and "47 294" in a number cell', () => {
    expect(ids(applyView(health(), { filters: [], search: '47,294', sort: null }))).toEqual(['pak']);
    expect(ids(applyView(health(), { filters: [], search: '47\u202f294', sort: null }))).toEqual(['pak']);
    expect(ids(applyView(health(), { filters: [], search: 'pakistán', sort: null }))).toEqual(['pak']);
  });

  it('sorts descending by a number, then ascending by text', () => {
    const ds = health();
    expect(ids(applyView(ds, { filters: [], search: '', sort: { field: 'assessments', dir: 'asc' } }))).toEqual([
      'ken',
      'phl',
      'ukr',
      'pak',
    ]);
    expect(ids(applyView(ds, { filters: [], search: '', sort: { field: 'country', dir: 'desc' } }))).toEqual([
      'ukr',
      'phl',
      'pak',
      'ken',
    ]);
  });

  it('ignores filters and sorts on fields the dataset does not have', () => {
    const ds = health();
    const r = applyView(ds, {
      filters: [{ kind: 'values', field: 'nope', values: ['x'] }],
      search: '',
      sort: { field: 'nope', dir: 'asc' },
    });
    expect(ids(r)).toEqual(ids(ds.rows));
  });

  it('an empty values filter keeps every row', () => {
    expect(
      applyView(health(), { filters: [{ kind: 'values', field: 'country', values: [] }], search: '', sort: null }),
    ).toHaveLength(4);
  });
});

describe('sortRows', () => {
  it('is stable and keeps missing values last in both directions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), { maxLength: 30 }),
        fc.constantFrom('asc' as const, 'desc' as const),
        (values, dir) => {
          const rows = values.map((v, i) => ({ id: String(i), values: { v }, source: { line: 1, quote: 'x' } }));
          const sorted = sortRows(rows, { field: 'v', dir });
          const present = sorted.filter((r) => r.values.v !== null);
          const firstMissing = sorted.findIndex((r) => r.values.v === null);
          if (firstMissing >= 0) expect(sorted.slice(firstMissing).every((r) => r.values.v === null)).toBe(true);
          for (let i = 1; i < present.length; i++) {
            const a = present[i - 1]!;
            const b = present[i]!;
            const d = (a.values.v as number) - (b.values.v as number);
            expect(dir === 'asc' ? d <= 0 : d >= 0).toBe(true);
            if (d === 0) expect(Number(a.id)).toBeLessThan(Number(b.id));
          }
        },
      ),
    );
  });
});

describe('normalizeForSearch', () => {
  it('drops accents, case and thousands separators', () => {
    expect(normalizeForSearch('Éthiopie 14,312')).toBe('ethiopie 14312');
  });
});
