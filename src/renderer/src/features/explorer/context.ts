import { createContext, useContext } from 'react';
import type { Dataset, Row } from '../../../../shared/dataset';
import type { ViewState } from '../../../../shared/view-state';

/**
 * What every feature around the explorer (saved views, exports, source panel…) may read and do.
 * The explorer owns the state; others only read it or replace it whole through `setView`.
 */
export type ExplorerContextValue = {
  view: ViewState | null;
  /** Replaces the whole view (e.g. applying a saved view or a preset). */
  setView: (next: ViewState) => void;
  /** The dataset the view shows, once loaded. */
  dataset: Dataset | null;
  /** `applyView(dataset, view)`: exactly the rows the table shows, in its order. */
  rows: readonly Row[];
  /** The chart or map on screen and its legend list, for exports; null on the Table tab. */
  getFigure: () => Figure | null;
  /** A one-line description of the active filters/search/sort, for export subtitles. */
  describeFilters: () => string;
};

/** `legend`: the `[data-export-legend]` list drawn next to the figure (outside its <svg>), if any. */
export type Figure = { svg: SVGSVGElement; legend: Element | null };

export const ExplorerContext = createContext<ExplorerContextValue | null>(null);

export const useExplorer = (): ExplorerContextValue => {
  const value = useContext(ExplorerContext);
  if (value === null) throw new Error('useExplorer must be used inside <ExplorerContext.Provider>');
  return value;
};
