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

const compareCells = (a: CellValue | undefined, b: CellValue | undefined): number => {
  const aMissing = a === undefined || a === null;
  const bMissing = b === undefined || b === null;
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1; // missing values last
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return cellText(a).localeCompare(cellText(b), undefined, { numeric: true, sensitivity: 'base' });
};

export const sortRows = (rows: readonly Row[], sort: Sort | null): Row[] => {
  if (sort === null) return [...rows];
  const sign = sort.dir === 'asc' ? 1 : -1;
  // Decorate with the index so equal values keep the report's order (stable, also for missing values).
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      const c = compareCells(x.row.values[sort.field], y.row.values[sort.field]);
      const missing = x.row.values[sort.field] == null || y.row.values[sort.field] == null;
      return (missing ? c : c * sign) || x.index - y.index;
    })
    .map((d) => d.row);
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
