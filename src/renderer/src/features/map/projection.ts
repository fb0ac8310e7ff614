import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { fitParts } from '../../../../shared/view/fit-parts';
import type { CountryShape } from './geometry';

// Shared with main's start-screen thumbnails, which frame the same countries the same way.
export { fitParts };

export type Viewport = { center: [number, number]; zoom: number };
/** A country as drawn: its SVG path at the current viewport, and where its symbol goes. */
export type Outline = { id: string; name: string; d: string; centroid: [number, number]; box: [[number, number], [number, number]] | null };

/** The default view (zoom 1, centred at 20° N): fitted to the data, or the whole world when asked. */
export const DEFAULT_VIEWPORT: Viewport = { center: [0, 20], zoom: 1 };
export const isDefaultViewport = (v: Viewport): boolean =>
  v.zoom === DEFAULT_VIEWPORT.zoom && v.center[0] === DEFAULT_VIEWPORT.center[0] && v.center[1] === DEFAULT_VIEWPORT.center[1];

/** Zoom beyond which a fit stops (a single small island would otherwise fill the screen). */
export const MAX_FIT_ZOOM = 12;
/** The margin around the fitted countries, as a share of the frame's smaller side. */
export const FIT_MARGIN = 0.07;

/** The map's height for a width: the world's shape (Natural Earth is about 1.9:1). */
export const mapHeight = (width: number): number => Math.round(width * 0.52);

/**
 * The scale at zoom 1: the whole sphere, a pixel inside the frame so that its outline's stroke is
 * drawn whole, not cut at the edge.
 */
const baseScale = (width: number, height: number): number =>
  geoNaturalEarth1()
    .fitExtent(
      [
        [1, 1],
        [width - 1, height - 1],
      ],
      { type: 'Sphere' },
    )
    .scale();

/** The map's projection for a viewport; the same in the renderer (panning, zooming) and in the outline worker. */
export const mapProjection = (width: number, viewport: Viewport, height = mapHeight(width)): GeoProjection => {
  const base = baseScale(width, height);
  // Zoomed in, most of the world is off screen: clipping it away (keeping half a screen around for
  // dragging) shrinks the paths to draw and to export (bench/, metric 5: the 50m map's PNG).
  const projection = geoNaturalEarth1()
    .scale(base * viewport.zoom)
    .center(viewport.center)
    .translate([width / 2, height / 2]);
  // Where the whole world fits (zoom 1), a centre off the equator would push the sphere's edge out
  // of the frame (the default view's 20° N cut its bottom off, on screen and in every export): the
  // world is kept whole and centred on that axis instead.
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({ type: 'Sphere' });
  const [tx, ty] = projection.translate();
  const fit = (lo: number, hi: number, size: number, t: number) => (hi - lo <= size + 0.5 ? t + (size - lo - hi) / 2 : t);
  return projection.translate([fit(x0, x1, width, tx), fit(y0, y1, height, ty)]).clipExtent([
    [-width / 2, -height / 2],
    [width * 1.5, height * 1.5],
  ]);
};

/**
 * The viewport that fits the countries `ids` in a width × height frame (d3-geo fitExtent, with a
 * margin), so nine countries fill the map instead of a few pixels of it; null when they need the
 * whole world anyway (or none has a shape). Expressed as a viewport, so zooming and panning go on
 * from it and a saved view keeps what was on screen.
 */
export const fitViewport = (shapes: readonly CountryShape[], ids: ReadonlySet<string>, width: number, height = mapHeight(width)): Viewport | null => {
  const features = shapes.filter((s) => ids.has(s.id)).flatMap((s) => fitParts(s.feature));
  if (features.length === 0) return null;
  const m = Math.round(Math.min(width, height) * FIT_MARGIN);
  const fitted = geoNaturalEarth1().fitExtent([[m, m], [width - m, height - m]], { type: 'FeatureCollection', features });
  const base = baseScale(width, height);
  const zoom = Math.min(MAX_FIT_ZOOM, fitted.scale() / base);
  if (!(zoom > 1.05)) return null;
  // mapProjection puts the viewport's centre in the middle of the frame: the fit's middle is it.
  const center = fitted.invert?.([width / 2, height / 2]);
  if (!center || !Number.isFinite(center[0]) || !Number.isFinite(center[1])) return null;
  return { center: [center[0], Math.max(-90, Math.min(90, center[1]))], zoom };
};

/**
 * Projects every country (50m: ~100,000 points). A tenth of a pixel is finer than any screen or 3×
 * export shows, and the paths are ~40% shorter. Centroids only when symbols need them.
 */
export const projectOutlines = (shapes: readonly CountryShape[], width: number, viewport: Viewport, focus: ReadonlySet<string>): Outline[] => {
  const path = geoPath(mapProjection(width, viewport)).digits(1);
  return shapes.map((s) => {
    const inFocus = focus.has(s.id);
    return {
      id: s.id,
      name: s.name,
      d: path(s.feature) ?? '',
      // Only the countries with data are labelled, marked or given a circle: the others skip the work.
      centroid: inFocus ? path.centroid(s.feature) : [Number.NaN, Number.NaN],
      box: inFocus ? path.bounds(s.feature) : null,
    };
  });
};
