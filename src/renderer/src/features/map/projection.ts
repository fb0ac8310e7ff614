import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { CountryShape } from './geometry';

export type Viewport = { center: [number, number]; zoom: number };
/** A country as drawn: its SVG path at the current viewport, and where its symbol goes. */
export type Outline = { id: string; name: string; d: string; centroid: [number, number] };

export const mapHeight = (width: number): number => Math.round(width * 0.52);

/** The map's projection for a viewport; the same in the renderer (panning, zooming) and in the outline worker. */
export const mapProjection = (width: number, viewport: Viewport): GeoProjection => {
  const height = mapHeight(width);
  const base = geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' }).scale();
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
 * Projects every country (50m: ~100,000 points). A tenth of a pixel is finer than any screen or 3×
 * export shows, and the paths are ~40% shorter. Centroids only when symbols need them.
 */
export const projectOutlines = (shapes: readonly CountryShape[], width: number, viewport: Viewport, withCentroids: boolean): Outline[] => {
  const path = geoPath(mapProjection(width, viewport)).digits(1);
  return shapes.map((s) => ({
    id: s.id,
    name: s.name,
    d: path(s.feature) ?? '',
    centroid: withCentroids ? path.centroid(s.feature) : [Number.NaN, Number.NaN],
  }));
};
