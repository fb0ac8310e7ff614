import type { ViewState } from './view-state';

/**
 * Plain values the renderer needs at runtime, kept apart from the zod schemas that define them: a
 * value import from a schema module pulls zod (~28 kB gzip) into the renderer bundle, which never
 * validates anything itself (main does). view-state.ts and dataset.ts re-export or build on these.
 */

export const VIEW_STATE_VERSION = 1;

/** Report sections, in report order (the catalog groups datasets in this order). */
export const SECTION_KEYS = ['overview', 'humanitarian', 'orderly-migration', 'protection-capacity', 'timeline', 'key-figures'] as const;

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
