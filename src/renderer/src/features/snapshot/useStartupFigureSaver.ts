import { useEffect, type RefObject } from 'react';
import type { Api } from '../../../../shared/ipc/contract';
import type { Lang } from '../../../../shared/view/fields';
import type { ViewState } from '../../../../shared/view-state';
import { captureStartupFigure } from './startup-figure';

/** After the last-session save (800 ms): the figure has been drawn for this view by then. */
export const STARTUP_FIGURE_SETTLE_MS = 1200;

/**
 * Whenever the view on screen settles, hands main an SVG snapshot of its chart, shown at the next launch
 * before the app's script runs. Main keeps it only for this view and language (checked by hash).
 */
export const useStartupFigureSaver = (
  api: Pick<Api, 'saveStartupFigure'>,
  figureRef: RefObject<HTMLElement | null>,
  view: ViewState | null,
  lang: Lang,
): void => {
  useEffect(() => {
    if (view === null || view.tab !== 'chart') return;
    const timer = setTimeout(() => {
      const input = captureStartupFigure(figureRef.current, view, lang);
      if (input !== null) void api.saveStartupFigure(input);
    }, STARTUP_FIGURE_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [api, figureRef, view, lang]);
};
