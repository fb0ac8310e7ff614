import { detailFor, loadCountries, type Detail } from './geometry';
import { fitViewport, projectOutlines, type Outline, type Viewport } from './projection';

/**
 * What the map asks for: a viewport, or (`fit`) the countries the view should be fitted to; `focus`
 * are the countries with data, which get a centroid and a box (labels, markers, circles).
 */
export type OutlineAsk = { width: number; viewport: Viewport; fit: readonly string[] | null; focus: readonly string[] };
export type Outlines = { outlines: Outline[]; detail: Detail; viewport: Viewport };

/**
 * The fit is worked out on the 110m outlines (the same at any detail), then the outlines are
 * projected at the detail its zoom needs (one small country fitted may already need 50m).
 */
export const outlinesOf = async (ask: OutlineAsk): Promise<Outlines> => {
  const viewport = ask.fit ? (fitViewport(await loadCountries('110m'), new Set(ask.fit), ask.width) ?? ask.viewport) : ask.viewport;
  const detail = detailFor(viewport.zoom);
  const outlines = projectOutlines(await loadCountries(detail), ask.width, viewport, new Set(ask.focus));
  return { outlines, detail, viewport };
};
