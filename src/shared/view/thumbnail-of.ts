import type { Dataset, Row } from '../dataset';
import type { ViewState } from '../view-state';
import { buildSeries, resolveChart, type ChartSeries } from './chart';
import { downsampleMinMax } from './downsample';
import { measureFields, rowLabel } from './fields';
import { availableMapModes, classOf, quantileThresholds, resolveMapMode, valuesByCountry, valuesByRegion } from './map-data';
import { applyView } from './rows';
import {
  THUMBNAIL_FRAME,
  THUMBNAIL_MAX_BARS,
  THUMBNAIL_MAX_COUNTRIES,
  THUMBNAIL_MAX_LINES,
  THUMBNAIL_MAX_POINTS,
  THUMBNAIL_MAX_SLICES,
  THUMBNAIL_MAX_TABLE_ROWS,
  toUnit,
  type Thumbnail,
} from './thumbnail';

type Data = Pick<Dataset, 'fields' | 'rows'>;

export type ThumbnailContext = {
  /** The country → region table, for maps of report regions (null where it is not bundled). */
  countryRegions: Data | null;
  /** [longitude, latitude] of a country's centre; undefined when unknown (the country gets no dot). */
  centreOf: (iso3: string) => readonly [number, number] | undefined;
};

/** A plot this many pixels wide gets the marks a thumbnail can show (see maxPointsFor). */
const THUMBNAIL_PLOT_WIDTH = THUMBNAIL_MAX_BARS / 2;

const relative = (values: readonly number[]): number[] => {
  const max = Math.max(0, ...values);
  return values.map((v) => toUnit(max > 0 ? v / max : 0));
};

const shares = (values: readonly number[]): number[] => {
  const total = values.reduce((s, v) => s + Math.max(0, v), 0);
  return values.map((v) => toUnit(total > 0 ? Math.max(0, v) / total : 0));
};

/** The biggest `max - 1` values and the rest as one: a thumbnail's slices or tiles. */
const biggest = (values: readonly number[], max: number): number[] => {
  const sorted = [...values].sort((a, b) => b - a);
  if (sorted.length <= max) return sorted;
  return [...sorted.slice(0, max - 1), sorted.slice(max - 1).reduce((s, v) => s + v, 0)];
};

const tableThumbnail = (dataset: Data, rows: readonly Row[]): Thumbnail => {
  const measure = measureFields(dataset)[0];
  const first = rows.slice(0, THUMBNAIL_MAX_TABLE_ROWS);
  const numbers = measure ? first.map((r) => Math.abs(Number(r.values[measure.key] ?? 0)) || 0) : [];
  return { kind: 'table', values: relative(numbers), rows: rows.length };
};

const linesThumbnail = (series: Extract<ChartSeries, { kind: 'lines' }>): Thumbnail | null => {
  const lines = series.lines
    .slice(0, THUMBNAIL_MAX_LINES)
    .map((l) => downsampleMinMax(l.points, THUMBNAIL_MAX_POINTS).map((p) => p.y))
    .filter((ys) => ys.length >= 2);
  if (lines.length === 0) return null;
  const all = lines.flat();
  // From zero, as the chart's axis, unless the data go below it.
  const low = Math.min(0, ...all);
  const span = Math.max(...all) - low;
  return { kind: 'line', lines: lines.map((ys) => ys.map((y) => toUnit(span > 0 ? (y - low) / span : 0.5))) };
};

const chartThumbnail = (dataset: Data, rows: readonly Row[], state: ViewState): Thumbnail | null => {
  const spec = resolveChart(dataset, rows, state.chart, 'en');
  if (spec === null || rows.length === 0) return null;
  const series = buildSeries(dataset, rows, spec, { plotWidth: THUMBNAIL_PLOT_WIDTH, otherLabel: 'Other', lang: 'en' });
  switch (series.kind) {
    case 'lines':
      return linesThumbnail(series);
    case 'tree': {
      const values = series.nodes.map((n) => n.value).filter((v) => v > 0);
      return values.length ? { kind: 'treemap', values: shares(biggest(values, THUMBNAIL_MAX_SLICES)) } : null;
    }
    case 'stacked': {
      const totals = series.categories.map((c) => Object.values(c.values).reduce((s, v) => s + v, 0));
      return totals.length ? { kind: 'column', values: relative(totals.slice(0, THUMBNAIL_MAX_BARS)) } : null;
    }
    case 'categories': {
      const values = series.categories.map((c) => c.value);
      if (values.length === 0) return null;
      if (spec.type === 'pie' || spec.type === 'donut')
        return { kind: 'pie', values: shares(values.slice(0, THUMBNAIL_MAX_SLICES)), hole: spec.type === 'donut' };
      return { kind: spec.type === 'bar' ? 'bar' : 'column', values: relative(values.slice(0, THUMBNAIL_MAX_BARS)) };
    }
    default: {
      const exhaustive: never = series;
      return exhaustive;
    }
  }
};

/** [x, y] of a longitude/latitude in THUMBNAIL_FRAME, both 0..1. */
export const framePosition = (lon: number, lat: number): [number, number] => [
  toUnit((lon + 180) / 360),
  toUnit((THUMBNAIL_FRAME.north - lat) / (THUMBNAIL_FRAME.north - THUMBNAIL_FRAME.south)),
];

const mapThumbnail = (dataset: Data, rows: readonly Row[], state: ViewState, context: ThumbnailContext): Thumbnail | null => {
  const mode = resolveMapMode(availableMapModes(dataset, context.countryRegions !== null), state.map.mode);
  if (mode === null) return null;
  const measures = measureFields(dataset);
  const measure = measures.find((f) => f.key === state.chart.measure) ?? measures[0] ?? null;
  const label = (r: Row) => rowLabel(dataset, r, 'en');
  // A region map gets one dot per region (at the middle of its countries), as its countries share one value.
  type LonLat = readonly [number, number];
  const places: { value: number | null; lonLat: LonLat[] }[] = [];
  if (mode === 'regions' && context.countryRegions) {
    const byRegion = new Map<string, { value: number | null; lonLat: LonLat[] }>();
    for (const [iso3, v] of valuesByRegion(dataset, rows, measure, context.countryRegions, label)) {
      const centre = context.centreOf(iso3);
      const place = byRegion.get(v.region) ?? { value: v.value, lonLat: [] };
      if (centre) place.lonLat.push(centre);
      byRegion.set(v.region, place);
    }
    places.push(...byRegion.values());
  } else
    for (const [iso3, v] of valuesByCountry(dataset, rows, measure, label)) {
      const centre = context.centreOf(iso3);
      if (centre) places.push({ value: v.value, lonLat: [centre] });
    }
  const located = places.filter((p) => p.lonLat.length > 0);
  if (located.length === 0) return null;
  const numbers = located.map((p) => p.value).filter((v): v is number => v !== null);
  const thresholds = quantileThresholds(numbers, Math.min(5, Math.max(2, numbers.length)));
  const dots = located
    .map((p) => {
      const lon = p.lonLat.reduce((s, c) => s + c[0], 0) / p.lonLat.length;
      const lat = p.lonLat.reduce((s, c) => s + c[1], 0) / p.lonLat.length;
      const shade = p.value === null ? 0 : classOf(p.value, thresholds) + 1;
      return [...framePosition(lon, lat), shade] as [number, number, number];
    })
    // The darkest (largest) first, so that a cap keeps the countries that stand out.
    .sort((a, b) => b[2] - a[2])
    .slice(0, THUMBNAIL_MAX_COUNTRIES);
  return { kind: 'map', dots, regions: mode === 'regions' };
};

/**
 * The thumbnail of a view of `dataset`: what its table, chart or map shows, in a few numbers.
 * Pure (same view, same thumbnail); works on the rows the view shows (filters, search, sort).
 */
export const thumbnailOf = (dataset: Data, state: ViewState, context: ThumbnailContext): Thumbnail => {
  const rows = applyView(dataset, state);
  const drawn =
    state.tab === 'chart'
      ? chartThumbnail(dataset, rows, state)
      : state.tab === 'map'
        ? mapThumbnail(dataset, rows, state, context)
        : null;
  return drawn ?? tableThumbnail(dataset, rows);
};
