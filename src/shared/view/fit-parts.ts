import { geoArea, geoBounds } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';

/** Parts smaller than this share of a country's largest one do not steer the fit. */
const MAIN_PART = 0.1;

/**
 * What the fit frames of a country: its main land masses (polygons of at least a tenth of its
 * largest), so a remote island does not stretch the map; and of a land mass that crosses 180° (Russia's
 * mainland runs on to Chukotka at 170° W), only its larger side, which this unrotated map draws in
 * one piece. Otherwise nine countries from Romania to the Philippines would be framed as the world.
 */
export const fitParts = (f: Feature<Geometry>): Feature<Geometry>[] => {
  const g = f.geometry;
  const polygons = g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : null;
  if (!polygons) return [f];
  const areas = polygons.map((coordinates) => geoArea({ type: 'Polygon', coordinates }));
  const largest = Math.max(...areas);
  return polygons
    .filter((_, i) => (areas[i] ?? 0) >= largest * MAIN_PART)
    .map((coordinates): Feature<Geometry> => {
      const polygon: Feature<Geometry> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
      const [[west], [east]] = geoBounds(polygon);
      if (west <= east) return polygon;
      // Crossing 180°: keep the points on the side with more longitude.
      const eastward = 180 - west >= east + 180;
      const points = (coordinates[0] ?? []).filter(([lon = 0]) => (eastward ? lon >= west : lon <= east));
      return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: points } };
    });
};
