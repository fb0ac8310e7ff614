import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { numericToAlpha3 } from '../../../src/shared/country-table';

/**
 * Writes the geography table the saved-view map thumbnails use, from world-atlas (Natural Earth,
 * public domain): where each country is. Its test regenerates it here and compares, so the committed
 * table cannot drift or be made up.
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
