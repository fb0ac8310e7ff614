import type { Api } from '../../../../shared/ipc/contract';
import type { Lang } from '../../../../shared/view/fields';
import type { ViewState } from '../../../../shared/view-state';
import { inlineStyles } from '../export/figure-svg';
import { sanitizeSvg } from '../export/sanitize-svg';
import { SVG_NS } from '../export/svg-element';
import { FIRST_CHART_MARK } from '../chart/first-chart-mark';

/** The <img> main puts into index.html (src/main/snapshot/startup-figure.ts). */
export const STARTUP_FIGURE_ID = 'startup-figure';
/** Longest the restored figure stays if the live chart never comes (e.g. its dataset is gone). */
const GIVE_UP_MS = 10_000;

/**
 * Takes the restored figure away once the live chart has drawn its marks and been painted under it.
 * The <img> is absolutely placed over the chart's own box, so removing it moves nothing (no layout shift).
 */
export const replaceStartupFigureWhenLive = (doc: Document = document): void => {
  const img = doc.getElementById(STARTUP_FIGURE_ID);
  if (img === null) return;
  let done = false;
  const remove = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    // Two frames: the live chart is painted before the picture over it goes.
    requestAnimationFrame(() => requestAnimationFrame(() => img.remove()));
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(FIRST_CHART_MARK).length > 0) remove();
  });
  observer.observe({ type: 'mark', buffered: true });
  setTimeout(remove, GIVE_UP_MS);
};

export type StartupFigureInput = Parameters<Api['saveStartupFigure']>[0];

/**
 * The chart on screen as a standalone SVG (styles inlined, sanitised), with where it sits in the window;
 * null when there is no drawn chart to keep.
 */
export const captureStartupFigure = (figure: Element | null, view: ViewState, lang: Lang): StartupFigureInput | null => {
  const live = figure?.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (live === null || live === undefined || view.tab !== 'chart') return null;
  const rect = live.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1) return null;
  const clone = live.cloneNode(true) as SVGSVGElement;
  inlineStyles(live, clone);
  sanitizeSvg(clone);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(Math.round(rect.width)));
  clone.setAttribute('height', String(Math.round(rect.height)));
  clone.removeAttribute('class');
  const svg = new XMLSerializer().serializeToString(clone);
  const view_ = figure?.ownerDocument.defaultView;
  return {
    state: view,
    lang,
    svg,
    box: { x: rect.left + (view_?.scrollX ?? 0), y: rect.top + (view_?.scrollY ?? 0), width: rect.width, height: rect.height },
    viewport: { width: view_?.innerWidth ?? 0, height: view_?.innerHeight ?? 0 },
  };
};
