import { startTransition, useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Dataset } from '../../../../shared/dataset';
import { applyView } from '../../../../shared/view/rows';
import { useResult, type Loadable } from '../../hooks/useResult';
import { useLang } from '../../hooks/useLang';
import type { ExplorerContextValue, Figure } from './context';
import { describeView } from './describe';
import { viewReducer, type ViewAction } from './state';
import { preloadFigure } from './ExplorerView';
import { loadDataset } from './dataset-cache';
import { usePreparedSorts } from './usePreparedSorts';

const REDRAWS: ReadonlySet<ViewAction['type']> = new Set(['open', 'tab', 'chart', 'map']);

/** The chart or map on screen: our own map <svg> says so; else recharts' first (main) surface. */
export const findFigureSvg = (container: HTMLElement | null): SVGSVGElement | null =>
  container?.querySelector<SVGSVGElement>('svg[data-figure]') ??
  container?.querySelector<SVGSVGElement>('svg.recharts-surface') ??
  null;

/** The figure and its legend list (drawn outside the <svg>), for image exports. */
export const findFigure = (container: HTMLElement | null): Figure | null => {
  const svg = findFigureSvg(container);
  return svg === null ? null : { svg, legend: container?.querySelector('[data-export-legend]') ?? null };
};

export type ExplorerModel = {
  context: ExplorerContextValue;
  dispatch: (action: ViewAction) => void;
  loaded: Loadable<Dataset | null>;
  /** Give this to the element around the chart or map. */
  figureRef: React.RefObject<HTMLDivElement | null>;
};

/** The one view state, the dataset it names and the rows it selects: everything else derives from these. */
export const useExplorerModel = (): ExplorerModel => {
  const lang = useLang();
  const [view, dispatchNow] = useReducer(viewReducer, null);
  // Changes that redraw a whole figure render in a transition: React then works in slices and
  // yields to the browser, instead of one long task per chart or map redraw (bench/, metric 7).
  // Typing, filters and selection stay urgent: their controls must follow the user at once.
  const dispatch = useCallback((action: ViewAction) => {
    if (REDRAWS.has(action.type)) startTransition(() => dispatchNow(action));
    else dispatchNow(action);
  }, []);
  const datasetId = view?.datasetId ?? null;
  const loaded = useResult<Dataset | null>(
    () => (datasetId === null ? Promise.resolve({ ok: true as const, value: null }) : loadDataset(window.api, datasetId)),
    datasetId ?? '',
  );
  const dataset = loaded.state === 'ready' ? loaded.value : null;
  usePreparedSorts(dataset);
  const tab = view?.tab;
  useEffect(() => {
    if (tab !== undefined) preloadFigure(tab);
  }, [tab]);
  const filters = view?.filters;
  const search = view?.search;
  const sort = view?.sort;
  const rows = useMemo(
    () =>
      dataset && filters !== undefined && search !== undefined && sort !== undefined
        ? applyView(dataset, { filters, search, sort })
        : [],
    [dataset, filters, search, sort],
  );
  const figureRef = useRef<HTMLDivElement>(null);
  const setView = useCallback<ExplorerContextValue['setView']>((next) => dispatchNow({ type: 'replace', view: next }), []);
  const context = useMemo<ExplorerContextValue>(
    () => ({
      view,
      setView,
      dataset,
      rows,
      getFigure: () => (view?.tab === 'table' ? null : findFigure(figureRef.current)),
      describeFilters: () => (dataset && view ? describeView(dataset, view, lang) : ''),
    }),
    [view, setView, dataset, rows, lang],
  );
  return { context, dispatch, loaded, figureRef };
};
