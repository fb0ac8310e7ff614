import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CellValue, Row } from '../dataset';
import { cellText, sortRows } from './rows';

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
      fc.property(fc.array(cell, { maxLength: 40 }), fc.boolean(), fc.constantFrom<'asc' | 'desc'>('asc', 'desc'), (cells, textOnly, dir) => {
        const values = textOnly ? cells.map((c) => (typeof c === 'number' ? String(c) : c)) : cells;
        const rows: Row[] = values.map((v, i): Row => ({ id: `r${i}`, values: v === undefined ? {} : { f: v }, source: { line: 1, quote: 'q' } }));
        expect(sortRows(rows, { field: 'f', dir }).map((r) => r.id)).toEqual(reference(rows, 'f', dir).map((r) => r.id));
      }),
      { numRuns: 2000 },
    );
  });
});
