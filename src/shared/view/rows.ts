import type { CellValue, Dataset, Row } from '../dataset';
import type { Filter, ViewState } from '../view-state';
import { cellText } from './cells';
import { columnValues, sortedOrder } from './sort';

export { cellText } from './cells';
export { sortRows } from './sort';

/** Lower-case, accent-free, thousands separators removed: "47,294" and "47294" match each other. */
export const normalizeForSearch = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d)[,\u00a0\u202f ](?=\d{3}\b)/g, '$1');

/** A filter as a test of one cell value, set up once per view (it runs on every row: bench/, metric 4). */
const valueTest = (filter: Filter): ((value: CellValue | undefined) => boolean) => {
  switch (filter.kind) {
    case 'values': {
      if (filter.values.length === 0) return () => true;
      const wanted = new Set(filter.values);
      return (value) => (Array.isArray(value) ? value.some((item) => wanted.has(item)) : wanted.has(typeof value === 'string' ? value : cellText(value)));
    }
    case 'range': {
      const { min, max } = filter;
      return (value) => (typeof value !== 'number' ? min === null && max === null : (min === null || value >= min) && (max === null || value <= max));
    }
    default: {
      const exhaustive: never = filter;
      return exhaustive;
    }
  }
};

export const rowMatchesSearch = (row: Row, needle: string, fieldKeys: readonly string[]): boolean => {
  if (needle === '') return true;
  return fieldKeys.some((k) => normalizeForSearch(cellText(row.values[k])).includes(needle));
};

const lastPassing = new WeakMap<readonly Row[], { key: string; passing: Uint8Array }>();

/** passing[i] is 1 when row i passes every filter and the search; null when nothing is filtered. */
const passingRows = (dataset: Pick<Dataset, 'fields' | 'rows'>, filters: readonly Filter[], search: string): Uint8Array | null => {
  const needle = normalizeForSearch(search.trim());
  if (filters.length === 0 && needle === '') return null;
  const key = JSON.stringify([filters, needle]);
  const last = lastPassing.get(dataset.rows);
  if (last?.key === key) return last.passing;
  const tests = filters.map((f) => ({ column: columnValues(dataset.rows, f.field), passes: valueTest(f) }));
  const fieldKeys = dataset.fields.map((f) => f.key);
  const passing = new Uint8Array(dataset.rows.length);
  dataset.rows.forEach((row, i) => {
    passing[i] = tests.every(({ column, passes }) => passes(column[i])) && rowMatchesSearch(row, needle, fieldKeys) ? 1 : 0;
  });
  lastPassing.set(dataset.rows, { key, passing });
  return passing;
};

/**
 * The rows a view shows, in order: filters, then the search text, then the sort. Used by the
 * table, chart and map (renderer) and by CSV/XLSX exports (main), so they always agree.
 */
export const applyView = (dataset: Pick<Dataset, 'fields' | 'rows'>, state: Pick<ViewState, 'filters' | 'search' | 'sort'>): Row[] => {
  const known = new Set(dataset.fields.map((f) => f.key));
  const filters = state.filters.filter((f) => known.has(f.field));
  const sort = state.sort !== null && known.has(state.sort.field) ? state.sort : null;
  // Sorting all rows, then keeping those that pass, gives the same order as filtering first (the sort
  // is stable). Sorted orders and the last filter's outcome are kept, so a new sort does not filter
  // again and a new filter does not sort again (bench/, metric 4).
  const rows = dataset.rows;
  const passing = passingRows(dataset, filters, state.search);
  const order = sort === null ? null : sortedOrder(rows, sort);
  const out: Row[] = [];
  for (let k = 0; k < rows.length; k++) {
    const i = order === null ? k : (order[k] as number);
    if (passing === null || passing[i] === 1) out.push(rows[i] as Row);
  }
  return out;
};
