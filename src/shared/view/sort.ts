import { bisectLeft } from 'd3-array';
import type { CellValue, Row } from '../dataset';
import type { Sort } from '../view-state';
import { cellText } from './cells';

// Same ordering as localeCompare(b, undefined, options), but built once: localeCompare with options
// builds a collator per call (sorting 100,000 text cells took ~10 s; bench/, metric 4).
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const compareCells = (a: CellValue | undefined, b: CellValue | undefined): number => {
  const aMissing = a === undefined || a === null;
  const bMissing = b === undefined || b === null;
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1; // missing values last
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(cellText(a), cellText(b));
};

/**
 * Ranks giving compareCells' order: equal values (equal-collating texts) share a rank, missing
 * values are -1. null when a column mixes numbers and texts: those compare as compareCells does.
 * Each distinct value is ranked once instead of compared on every step of the sort.
 */
const rankCells = (cells: readonly (CellValue | undefined)[]): { ranks: Int32Array; top: number } | null => {
  let numbers = false;
  let texts = false;
  for (const v of cells) {
    if (typeof v === 'number') numbers = true;
    else if (v != null) texts = true;
  }
  if (numbers && texts) return null;
  // Plain loops and typed arrays: this runs over every row of a 100,000-row column (bench/, metric 4).
  const ranks = new Int32Array(cells.length);
  if (!texts) {
    // A number's rank is where it first appears among all the numbers sorted (equal numbers share it).
    const sorted = Float64Array.from(cells.filter((v): v is number => typeof v === 'number')).sort();
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i];
      ranks[i] = typeof v === 'number' ? bisectLeft(sorted, v) : -1;
    }
    return { ranks, top: sorted.length - 1 };
  }
  const textOf = (v: CellValue): string => (typeof v === 'string' ? v : cellText(v));
  const seen = new Set<string>();
  for (const v of cells) if (v != null) seen.add(textOf(v));
  const distinct = [...seen].sort(collator.compare);
  const rankOf = new Map<string, number>();
  let top = -1;
  distinct.forEach((text, i) => {
    if (i === 0 || collator.compare(distinct[i - 1] as string, text) !== 0) top++;
    rankOf.set(text, top);
  });
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    ranks[i] = v == null ? -1 : (rankOf.get(textOf(v)) ?? -1);
  }
  return { ranks, top };
};

const columns = new WeakMap<readonly Row[], Map<string, readonly (CellValue | undefined)[]>>();

/**
 * One field's values of every row, read out once per rows array: reading `row.values[field]` from
 * 100,000 row objects costs ~20 ms each time, and filters and sorts read the same columns again and again.
 */
export const columnValues = (rows: readonly Row[], field: string): readonly (CellValue | undefined)[] => {
  let byField = columns.get(rows);
  if (byField === undefined) columns.set(rows, (byField = new Map()));
  let values = byField.get(field);
  if (values === undefined) byField.set(field, (values = rows.map((row) => row.values[field])));
  return values;
};

type Ranked = { ranks: Int32Array; top: number };
/** Column ranks per rows array and field: computed once, also ahead of time (prepareSort). */
const rankedColumns = new WeakMap<readonly Row[], Map<string, Ranked | null>>();

const columnRanks = (rows: readonly Row[], field: string): Ranked | null => {
  let columns = rankedColumns.get(rows);
  if (columns === undefined) rankedColumns.set(rows, (columns = new Map()));
  let ranked = columns.get(field);
  if (ranked === undefined) {
    ranked = rankCells(columnValues(rows, field));
    columns.set(field, ranked);
  }
  return ranked;
};

/**
 * Ranks one column of `rows` now, so that sorting by it later only orders numbers. For big datasets,
 * while the user looks at them: ranking a 100,000-row column takes 20–80 ms (bench/, metric 4).
 */
export const prepareSort = (rows: readonly Row[], field: string): void => void columnRanks(rows, field);

/** Row indexes in `sort` order: stable (ties keep the report's order), missing values last either way. */
const sortIndexes = (rows: readonly Row[], sort: Sort): Uint32Array => {
  const ranked = columnRanks(rows, sort.field);
  if (ranked !== null) {
    // A counting sort on the ranks: linear, and stable by construction (ties keep the report's order).
    // 100,000 rows must re-sort within a frame budget (bench/, metric 4).
    const { ranks, top } = ranked;
    const keyOf = (r: number) => (r < 0 ? top + 1 : sort.dir === 'asc' ? r : top - r); // missing values last
    const keys = ranks.map(keyOf);
    // starts[k]: where the rows with key k begin (counts first, then running sums).
    const starts = new Uint32Array(top + 3);
    for (const k of keys) starts[k + 1] = (starts[k + 1] ?? 0) + 1;
    for (let k = 1; k < starts.length; k++) starts[k] = (starts[k] ?? 0) + (starts[k - 1] ?? 0);
    const order = new Uint32Array(keys.length);
    keys.forEach((k, i) => {
      const at = starts[k] ?? 0;
      order[at] = i;
      starts[k] = at + 1;
    });
    return order;
  }
  const cells = columnValues(rows, sort.field);
  const sign = sort.dir === 'asc' ? 1 : -1;
  return Uint32Array.from(rows, (_, i) => i).sort((i, j) => {
    const a = cells[i];
    const b = cells[j];
    const c = compareCells(a, b);
    return (a == null || b == null ? c : c * sign) || i - j;
  });
};

export const sortRows = (rows: readonly Row[], sort: Sort | null): Row[] =>
  sort === null ? [...rows] : Array.from(sortIndexes(rows, sort), (i) => rows[i] as Row);

/** How many sorted orders are kept per dataset. */
const KEPT_ORDERS = 4;
const sortedOrders = new WeakMap<readonly Row[], Map<string, Uint32Array>>();

/** Indexes of every row of a dataset in `sort` order, remembered for the last few sorts of that dataset. */
export const sortedOrder = (rows: readonly Row[], sort: Sort): Uint32Array => {
  let kept = sortedOrders.get(rows);
  if (kept === undefined) sortedOrders.set(rows, (kept = new Map()));
  const key = `${sort.dir}:${sort.field}`;
  const order = kept.get(key) ?? sortIndexes(rows, sort);
  kept.delete(key); // re-inserted last: the Map's order is least recently used first
  kept.set(key, order);
  for (const old of kept.keys()) if (kept.size > KEPT_ORDERS) kept.delete(old);
  return order;
};
