import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { numericToAlpha3 } from '../../../src/shared/country-table';
import { THUMBNAIL_FRAME } from '../../../src/shared/view/thumbnail';

/**
 * Writes the two small geography tables the saved-view thumbnails use, from world-atlas (Natural
 * Earth, public domain): where each country is (main) and which grid cells are land (renderer).
 * Their tests regenerate them here and compare, so the committed tables cannot drift or be made up.
 */
type Atlas<K extends string> = Topology<Record<K, GeometryCollection>>;

/** The biggest polygon of a shape: France's centre is in France, not pulled towards French Guiana. */
const mainland = (geometry: Geometry): Feature<Polygon> | null => {
  const polygons: Polygon['coordinates'][] =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? (geometry as MultiPolygon).coordinates
        : [];
  const shapes = polygons.map((coordinates): Feature<Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates },
  }));
  return shapes.sort((a, b) => geoArea(b) - geoArea(a))[0] ?? null;
};

/** ISO3 → [longitude, latitude] (whole degrees) of the centre of the country's biggest polygon (of world-atlas/countries-50m). */
export const computeCountryCentres = (topo: Atlas<'countries'>): Record<string, [number, number]> => {
  const out: Record<string, [number, number]> = {};
  for (const f of (feature(topo, topo.objects.countries as GeometryCollection) as FeatureCollection).features) {
    const iso3 = f.id === undefined ? undefined : numericToAlpha3(String(f.id));
    const main = f.geometry ? mainland(f.geometry) : null;
    if (!iso3 || !main || out[iso3]) continue;
    const [lon, lat] = geoCentroid(main);
    // `|| 0`: no minus zero (the table cannot write one).
    out[iso3] = [Math.round(lon) || 0, Math.round(lat) || 0];
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
};

/** Rows of '0'/'1', one per grid row north to south: a cell is land when any of 5 sample points in it is. */
export const computeLandRows = (topo: Atlas<'land'>): string[] => {
  const land = feature(topo, topo.objects.land as GeometryCollection) as FeatureCollection;
  const { columns, rows, north, south } = THUMBNAIL_FRAME;
  const w = 360 / columns;
  const h = (north - south) / rows;
  const isLand = (lon: number, lat: number) => land.features.some((f) => geoContains(f, [lon, lat]));
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < columns; c++) {
      const lon = -180 + (c + 0.5) * w;
      const lat = north - (r + 0.5) * h;
      const samples: [number, number][] = [
        [lon, lat],
        [lon - w / 4, lat - h / 4],
        [lon + w / 4, lat - h / 4],
        [lon - w / 4, lat + h / 4],
        [lon + w / 4, lat + h / 4],
      ];
      line += samples.some(([x, y]) => isLand(x, y)) ? '1' : '0';
    }
    out.push(line);
  }
  return out;
};
