import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CellValue, Row } from '../dataset';
import { applyView, cellText, sortRows } from './rows';

/** The straightforward comparator sortRows must keep agreeing with (it precomputes keys for speed). */
const reference = (rows: readonly Row[], field: string, dir: 'asc' | 'desc'): Row[] => {
  const cmp = (a: CellValue | undefined, b: CellValue | undefined): number => {
    const am = a == null;
    const bm = b == null;
    if (am || bm) return am === bm ? 0 : am ? 1 : -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return cellText(a).localeCompare(cellText(b), undefined, { numeric: true, sensitivity: 'base' });
  };
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      const c = cmp(x.row.values[field], y.row.values[field]);
      const missing = x.row.values[field] == null || y.row.values[field] == null;
      return (missing ? c : c * sign) || x.index - y.index;
    })
    .map((d) => d.row);
};

const text = fc.constantFrom('a', 'A', 'b', 'é', 'e', 'x10', 'x9', 'X9', 'Zoë', 'zoe', '', '10', '9');
const cell: fc.Arbitrary<CellValue | undefined> = fc.oneof(text, fc.integer({ min: -5, max: 20 }), fc.constant(null), fc.constant(undefined), fc.array(text, { maxLength: 2 }));

describe('sortRows', () => {
  it('orders like the pairwise collator comparison, ties in report order', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), fc.constantFrom('mixed', 'texts', 'numbers'), fc.constantFrom<'asc' | 'desc'>('asc', 'desc'), (cells, kind, dir) => {
        const values =
          kind === 'texts'
            ? cells.map((c) => (typeof c === 'number' ? String(c) : c))
            : kind === 'numbers'
              ? cells.map((c, i) => (c == null ? c : typeof c === 'number' ? c / 4 : i % 3 === 0 ? -0 : -i * 1.5))
              : cells;
        const rows: Row[] = values.map((v, i): Row => ({ id: `r${i}`, values: v === undefined ? {} : { f: v }, source: { line: 1, quote: 'q' } }));
        expect(sortRows(rows, { field: 'f', dir }).map((r) => r.id)).toEqual(reference(rows, 'f', dir).map((r) => r.id));
      }),
      { numRuns: 2000 },
    );
  });

  it('applyView keeps sorted orders between calls and still agrees with filtering first, then sorting', () => {
    const rows: Row[] = Array.from({ length: 60 }, (_, i) => ({
      id: `r${i}`,
      values: { group: ['a', 'b', 'c'][i % 3] as string, n: (i * 7) % 11, t: ['x', 'Y', 'é', 'e'][i % 4] as string },
      source: { line: 1, quote: 'q' },
    }));
    const dataset = {
      rows,
      fields: [
        { key: 'group', type: 'text' as const, role: 'dimension' as const, label: { en: 'g', fr: 'g' } },
        { key: 'n', type: 'number' as const, role: 'measure' as const, label: { en: 'n', fr: 'n' } },
        { key: 't', type: 'text' as const, role: 'dimension' as const, label: { en: 't', fr: 't' } },
      ],
    };
    const step = fc.record({
      groups: fc.subarray(['a', 'b', 'c']),
      field: fc.constantFrom('n', 't', 'group'),
      dir: fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
    });
    // One dataset across every step, so later steps read orders the earlier ones left in the cache.
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        for (const { groups, field, dir } of steps) {
          const filters = groups.length ? [{ kind: 'values' as const, field: 'group', values: groups }] : [];
          const expected = sortRows(rows.filter((r) => groups.length === 0 || groups.includes(r.values.group as string)), { field, dir });
          expect(applyView(dataset, { filters, search: '', sort: { field, dir } }).map((r) => r.id)).toEqual(expected.map((r) => r.id));
        }
      }),
      { numRuns: 300 },
    );
  });
});
