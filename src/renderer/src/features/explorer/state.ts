import type { Filter, Tab, ViewState } from '../../../../shared/view-state';
import { defaultViewState } from '../../../../shared/default-view-state';

/** Everything the explorer's controls can ask of the one view state. */
export type ViewAction =
  | { type: 'open'; datasetId: string; selectedRowId?: string | null }
  | { type: 'replace'; view: ViewState }
  | { type: 'tab'; tab: Tab }
  /** Sets the filter on `filter.field`; an empty filter (no values, no bounds) removes it. */
  | { type: 'filter'; filter: Filter }
  | { type: 'clear-filters' }
  /** Cycles the column's sort: ascending → descending → report order. */
  | { type: 'sort'; field: string }
  | { type: 'search'; text: string }
  | { type: 'chart'; patch: Partial<ViewState['chart']> }
  | { type: 'map'; patch: Partial<ViewState['map']> }
  | { type: 'select'; rowId: string | null }
  /** Closes the dataset: the start screen shows. */
  | { type: 'home' };

const isEmptyFilter = (f: Filter): boolean => {
  switch (f.kind) {
    case 'values':
      return f.values.length === 0;
    case 'range':
      return f.min === null && f.max === null;
    default: {
      const exhaustive: never = f;
      return exhaustive;
    }
  }
};

const clampZoom = (z: number) => Math.min(32, Math.max(1, z));
const clampCenter = ([lon, lat]: [number, number]): [number, number] => [
  Math.min(180, Math.max(-180, lon)),
  Math.min(90, Math.max(-90, lat)),
];

export const viewReducer = (view: ViewState | null, action: ViewAction): ViewState | null => {
  if (action.type === 'open') return { ...defaultViewState(action.datasetId), selectedRowId: action.selectedRowId ?? null };
  if (action.type === 'replace') return action.view;
  if (action.type === 'home') return null;
  if (view === null) return null;
  switch (action.type) {
    case 'tab':
      return { ...view, tab: action.tab };
    case 'filter': {
      const others = view.filters.filter((f) => f.field !== action.filter.field);
      return { ...view, filters: isEmptyFilter(action.filter) ? others : [...others, action.filter] };
    }
    case 'clear-filters':
      return { ...view, filters: [], search: '' };
    case 'sort': {
      const current = view.sort?.field === action.field ? view.sort.dir : null;
      const sort =
        current === null
          ? { field: action.field, dir: 'asc' as const }
          : current === 'asc'
            ? { field: action.field, dir: 'desc' as const }
            : null;
      return { ...view, sort };
    }
    case 'search':
      return { ...view, search: action.text.slice(0, 200) };
    case 'chart':
      return { ...view, chart: { ...view.chart, ...action.patch } };
    case 'map': {
      const map = { ...view.map, ...action.patch };
      return { ...view, map: { ...map, zoom: clampZoom(map.zoom), center: clampCenter(map.center) } };
    }
    case 'select':
      return { ...view, selectedRowId: action.rowId };
    default: {
      const exhaustive: never = action;
      return exhaustive;
    }
  }
};
