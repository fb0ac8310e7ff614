import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { alpha3ToNumeric } from '../../shared/country-table';
import { SKETCH_FRAME, type MapSketch } from '../../shared/home/sketch';
import { fitParts } from '../../shared/view/fit-parts';
import { classOf, quantileThresholds, symbolRadius } from '../../shared/view/map-data';

type Atlas = Topology<{ countries: GeometryCollection }>;

const { width: SKETCH_WIDTH, height: SKETCH_HEIGHT } = SKETCH_FRAME;
const MAX_DOT_RADIUS = 9;

let countries: Feature<Geometry>[] | null = null;
/** The 110m world atlas the map tab draws at zoom 1, read once, when the start screen first asks. */
const loadCountries = (): Feature<Geometry>[] => {
  if (countries !== null) return countries;
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  const atlas = JSON.parse(readFileSync(file, 'utf8')) as Atlas;
  countries = (feature(atlas, atlas.objects.countries) as FeatureCollection<Geometry>).features;
  return countries;
};

/**
 * A path string rounded to whole units with repeated points dropped: at 160 units wide most of the
 * atlas's points fall on the same unit, so the thumbnail's markup stays a few kilobytes.
 */
const compactPath = () => {
  let out = '';
  let last = '';
  let first = true;
  return {
    moveTo: (x: number, y: number) => {
      last = `${Math.round(x)},${Math.round(y)}`;
      out += `M${last}`;
      first = true;
    },
    lineTo: (x: number, y: number) => {
      const p = `${Math.round(x)},${Math.round(y)}`;
      if (p === last) return;
      out += `${first ? 'L' : ' '}${p}`;
      first = false;
      last = p;
    },
    closePath: () => {
      out += 'Z';
    },
    beginPath: () => {},
    arc: () => {},
    take: () => {
      const d = out;
      out = '';
      return d;
    },
  };
};

/**
 * A map preset's countries as small shapes, framed on the countries with data (as the map tab opens),
 * shaded by the same quantile classes or with the same area-proportional circles.
 */
export const mapSketch = (values: ReadonlyMap<string, number | null>, mode: 'choropleth' | 'symbols'): MapSketch => {
  const all = loadCountries();
  const byId = new Map([...values].flatMap(([iso3, v]) => {
    const id = alpha3ToNumeric(iso3);
    return id === undefined ? [] : [[id, v] as const];
  }));
  const withData = all.filter((f) => byId.has(String(f.id))).flatMap(fitParts);
  const margin = 6;
  // As the map tab opens: framed on the countries with data, unless they need the whole world anyway.
  const world = geoNaturalEarth1().fitExtent([[1, 1], [SKETCH_WIDTH - 1, SKETCH_HEIGHT - 1]], { type: 'Sphere' });
  const fitted = geoNaturalEarth1().fitExtent(
    [[margin, margin], [SKETCH_WIDTH - margin, SKETCH_HEIGHT - margin]],
    { type: 'FeatureCollection', features: withData } as GeoPermissibleObjects,
  );
  const projection = withData.length > 0 && fitted.scale() > world.scale() * 1.05 ? fitted : world;
  projection.clipExtent([[0, 0], [SKETCH_WIDTH, SKETCH_HEIGHT]]);
  const context = compactPath();
  const path = geoPath(projection, context);
  const numbers = [...byId.values()].filter((v): v is number => v !== null);
  const thresholds = quantileThresholds(numbers, Math.min(5, Math.max(2, numbers.length)));
  const max = Math.max(0, ...numbers);
  path({ type: 'Sphere' });
  const sphere = context.take();
  const shapes: MapSketch['shapes'] = [];
  const dots: MapSketch['dots'] = [];
  for (const f of all) {
    path(f);
    const d = context.take();
    if (d === '') continue;
    const v = byId.get(String(f.id));
    shapes.push({ d, shade: mode === 'choropleth' && typeof v === 'number' ? classOf(v, thresholds) : null });
    if (mode === 'symbols' && typeof v === 'number' && v > 0) {
      const [cx, cy] = path.centroid(f);
      if (Number.isFinite(cx) && Number.isFinite(cy))
        dots.push({ cx: Math.round(cx), cy: Math.round(cy), r: Math.round(symbolRadius(v, max, MAX_DOT_RADIUS) * 10) / 10 });
    }
  }
  // Small circles over big ones, as the map draws them.
  dots.sort((a, b) => b.r - a.r);
  return { kind: 'map', width: SKETCH_WIDTH, height: SKETCH_HEIGHT, sphere, shapes, dots };
};
