import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyView, normalizeForSearch, rowMatchesSearch, sortRows } from './rows';
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

describe('applyView search, with its per-row texts and narrowing while typing', () => {
  /** What the search must give: a row passes when one of its cells, normalized, contains the needle. */
  const naive = (ds: ReturnType<typeof movements>, search: string, filterValues: string[] | null) =>
    ds.rows
      .filter((r) => filterValues === null || filterValues.includes(String(r.values.category)))
      .filter((r) => rowMatchesSearch(r, normalizeForSearch(search.trim()), ds.fields.map((f) => f.key)))
      .map((r) => r.id);
  const letters = fc.constantFrom('p', 'r', 'i', 'v', 'a', 't', 'e', '1', '2', '0', ' ', 'É', ',', '\n');

  it('gives the same rows as testing every cell, for any sequence of typed, deleted and replaced queries', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ query: fc.array(letters, { maxLength: 6 }).map((a) => a.join('')), filtered: fc.boolean() }), { minLength: 1, maxLength: 12 }),
        (steps) => {
          const ds = movements(); // fresh rows: nothing remembered from another property run
          for (const { query, filtered } of steps) {
            const filters = filtered ? [{ kind: 'values' as const, field: 'category', values: ['Privately sponsored'] }] : [];
            expect(ids(applyView(ds, { filters, search: query, sort: null }))).toEqual(naive(ds, query, filtered ? ['Privately sponsored'] : null));
          }
        },
      ),
    );
  });

  it('types on, then back: each prefix and the shorter query again give every matching row', () => {
    const ds = movements();
    const expected = (q: string) => naive(ds, q, null);
    for (const q of ['r', 'pr', 'pri', 'priv', 'pri', 'r', '', 'gov']) expect(ids(applyView(ds, { filters: [], search: q, sort: null }))).toEqual(expected(q));
    expect(expected('r').length).toBeGreaterThan(expected('priv').length); // so going back can miss rows
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
