import { VIEW_STATE_VERSION } from './constants';
import type { ViewState } from './view-state';

/** The view a dataset opens with. Zod-free at run time (the type import is erased), so the renderer can use it. */
export const defaultViewState = (datasetId: string): ViewState => ({
  version: VIEW_STATE_VERSION,
  datasetId,
  tab: 'table',
  filters: [],
  sort: null,
  search: '',
  chart: { type: null, measure: null, dimension: null, stack: null },
  map: { mode: null, center: [0, 20], zoom: 1 },
  selectedRowId: null,
  presetId: null,
});
