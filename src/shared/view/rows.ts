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

/**
 * Each row's cells normalized once, one line per field: normalizing 600,000 cells of a 100,000-row
 * dataset on every keystroke of "Find in table" took 300–1000 ms a key (bench/, metric 8c). A needle
 * cannot hold a line break (a search box strips them), so it matches a line exactly when it matches
 * that cell; a needle with one takes the cell-by-cell path.
 */
const LINE = '\n';
const searchTexts = new WeakMap<readonly Row[], { fields: string; texts: string[] }>();
const searchTextsOf = (rows: readonly Row[], fieldKeys: readonly string[]): string[] => {
  const fields = fieldKeys.join(LINE);
  const known = searchTexts.get(rows);
  if (known?.fields === fields) return known.texts;
  const texts = rows.map((row) => fieldKeys.map((k) => normalizeForSearch(cellText(row.values[k]))).join(LINE));
  searchTexts.set(rows, { fields, texts });
  return texts;
};

/** One needle's test of row i (its filters aside), set up once per view. */
const searchTest = (rows: readonly Row[], needle: string, fieldKeys: readonly string[]): ((i: number) => boolean) => {
  if (needle === '') return () => true;
  if (needle.includes(LINE)) return (i) => rowMatchesSearch(rows[i] as Row, needle, fieldKeys);
  const texts = searchTextsOf(rows, fieldKeys);
  return (i) => (texts[i] as string).includes(needle);
};

const lastPassing = new WeakMap<readonly Row[], { filtersKey: string; needle: string; passing: Uint8Array }>();

/** passing[i] is 1 when row i passes every filter and the search; null when nothing is filtered. */
const passingRows = (dataset: Pick<Dataset, 'fields' | 'rows'>, filters: readonly Filter[], search: string): Uint8Array | null => {
  const needle = normalizeForSearch(search.trim());
  if (filters.length === 0 && needle === '') return null;
  const filtersKey = JSON.stringify(filters);
  const last = lastPassing.get(dataset.rows);
  if (last?.filtersKey === filtersKey && last.needle === needle) return last.passing;
  // Typing on: a row that did not contain the last needle cannot contain one that contains it.
  const narrowing = last !== undefined && last.filtersKey === filtersKey && last.needle !== '' && needle.includes(last.needle) ? last.passing : null;
  const tests = filters.map((f) => ({ column: columnValues(dataset.rows, f.field), passes: valueTest(f) }));
  const matches = searchTest(dataset.rows, needle, dataset.fields.map((f) => f.key));
  const passing = new Uint8Array(dataset.rows.length);
  for (let i = 0; i < passing.length; i++) {
    if (narrowing !== null && narrowing[i] === 0) continue;
    passing[i] = tests.every(({ column, passes }) => passes(column[i])) && matches(i) ? 1 : 0;
  }
  lastPassing.set(dataset.rows, { filtersKey, needle, passing });
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
