import type { CellValue, Dataset, Row } from '../dataset';
import type { Filter, Sort, ViewState } from '../view-state';

/** Text a cell is searched and filtered by (lists join their items). */
export const cellText = (value: CellValue | undefined): string => {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
};

/** Lower-case, accent-free, thousands separators removed: "47,294" and "47294" match each other. */
export const normalizeForSearch = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d)[,\u00a0\u202f ](?=\d{3}\b)/g, '$1');

const matchesFilter = (row: Row, filter: Filter): boolean => {
  const value = row.values[filter.field];
  switch (filter.kind) {
    case 'values': {
      if (filter.values.length === 0) return true;
      const items = Array.isArray(value) ? value : [cellText(value)];
      return items.some((item) => filter.values.includes(item));
    }
    case 'range': {
      if (typeof value !== 'number') return filter.min === null && filter.max === null;
      return (filter.min === null || value >= filter.min) && (filter.max === null || value <= filter.max);
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
 * Numeric sort keys giving compareCells' order: numbers as themselves, texts as their collation rank
 * (equal-collating texts share one), so a sort collates each distinct text once instead of on every
 * comparison. null when a column mixes numbers and texts: those compare as compareCells does.
 */
const sortKeys = (cells: readonly (CellValue | undefined)[]): number[] | null => {
  let numbers = false;
  let texts = false;
  for (const v of cells) {
    if (typeof v === 'number') numbers = true;
    else if (v != null) texts = true;
  }
  if (numbers && texts) return null;
  if (!texts) return cells.map((v) => (typeof v === 'number' ? v : 0));
  const distinct = [...new Set(cells.flatMap((v) => (v == null ? [] : [cellText(v)])))].sort(collator.compare);
  const ranks = new Map<string, number>();
  distinct.forEach((text, i) => ranks.set(text, i > 0 && collator.compare(distinct[i - 1] as string, text) === 0 ? (ranks.get(distinct[i - 1] as string) ?? i) : i));
  return cells.map((v) => (v == null ? 0 : (ranks.get(cellText(v)) ?? 0)));
};

export const sortRows = (rows: readonly Row[], sort: Sort | null): Row[] => {
  if (sort === null) return [...rows];
  const sign = sort.dir === 'asc' ? 1 : -1;
  const cells = rows.map((row) => row.values[sort.field]);
  const keys = sortKeys(cells);
  // Sorts row indexes (no per-row objects): 100,000 rows must re-sort within a frame budget (bench/, metric 4).
  // Ties fall back to the index, so equal values keep the report's order (stable, also for missing values).
  const order = Array.from(rows, (_, i) => i);
  order.sort((i, j) => {
    const a = cells[i];
    const b = cells[j];
    const missing = a == null || b == null;
    const c = missing || keys === null ? compareCells(a, b) : (keys[i] as number) - (keys[j] as number);
    return (missing ? c : c * sign) || i - j;
  });
  return order.map((i) => rows[i] as Row);
};

/**
 * The rows a view shows, in order: filters, then the search text, then the sort. Used by the
 * table, chart and map (renderer) and by CSV/XLSX exports (main), so they always agree.
 */
export const applyView = (dataset: Pick<Dataset, 'fields' | 'rows'>, state: Pick<ViewState, 'filters' | 'search' | 'sort'>): Row[] => {
  const known = new Set(dataset.fields.map((f) => f.key));
  const filters = state.filters.filter((f) => known.has(f.field));
  const needle = normalizeForSearch(state.search.trim());
  const keys = dataset.fields.map((f) => f.key);
  const kept = dataset.rows.filter((row) => filters.every((f) => matchesFilter(row, f)) && rowMatchesSearch(row, needle, keys));
  return sortRows(kept, state.sort !== null && known.has(state.sort.field) ? state.sort : null);
};
