import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Detail = '110m' | '50m';
export type CountryShape = { id: string; name: string; feature: Feature<Geometry> };

/** Zoom from which the 50m outlines replace the 110m ones. */
export const DETAIL_ZOOM = 3;
export const detailFor = (zoom: number): Detail => (zoom >= DETAIL_ZOOM ? '50m' : '110m');

type Atlas = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

const toShapes = (atlas: Atlas): CountryShape[] => {
  const collection = feature(atlas, atlas.objects.countries);
  return collection.features.flatMap((f) =>
    f.id === undefined ? [] : [{ id: String(f.id), name: f.properties?.name ?? String(f.id), feature: f as Feature<Geometry> }],
  );
};

// Bundled with the app (world-atlas, public domain Natural Earth): never fetched from the network.
const loaders: Record<Detail, () => Promise<Atlas>> = {
  '110m': () => import('world-atlas/countries-110m.json').then((m) => m.default as unknown as Atlas),
  '50m': () => import('world-atlas/countries-50m.json').then((m) => m.default as unknown as Atlas),
};

const cache = new Map<Detail, Promise<CountryShape[]>>();

export const loadCountries = (detail: Detail): Promise<CountryShape[]> => {
  let p = cache.get(detail);
  if (!p) {
    p = loaders[detail]().then(toShapes);
    // A failed load may be retried later instead of being remembered.
    p.catch(() => cache.delete(detail));
    cache.set(detail, p);
  }
  return p;
};
