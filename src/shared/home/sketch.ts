import type { Dataset } from '../dataset';
import type { Preset } from '../presets';
import { presetView } from '../presets';
import { buildSeries, resolveChart, type ChartSeries } from '../view/chart';
import { measureFields } from '../view/fields';
import { valuesByCountry } from '../view/map-data';
import { applyView } from '../view/rows';

/**
 * A report figure's small picture for the start screen, as plain numbers the renderer draws with a
 * few SVG shapes: the start screen must not wait for the chart library. The numbers are the ones the
 * chart itself would draw (the same resolveChart/buildSeries over the preset's view).
 */
export type ChartSketch =
  | { kind: 'bar' | 'column' | 'line' | 'pie' | 'donut'; values: number[] }
  | { kind: 'stacked'; stacks: number[][] }
  | { kind: 'treemap'; nodes: { value: number; children: number[] }[] };

/** The frame every sketch is drawn in, in SVG units (about the map's own 1.9:1 shape). */
export const SKETCH_FRAME = { width: 160, height: 84 } as const;

/** Country shapes already projected to a `width`×`height` box (main does this, with the world atlas). */
export type MapSketch = {
  kind: 'map';
  width: number;
  height: number;
  /** The globe's outline (the sea), clipped to the frame. */
  sphere: string;
  /** Every country's outline; `shade` is the choropleth class (0-based) of a country with data, else null. */
  shapes: { d: string; shade: number | null }[];
  /** Proportional circles (symbols mode). */
  dots: { cx: number; cy: number; r: number }[];
};

export type Sketch = ChartSketch | MapSketch;

/** Enough width for the few marks a card shows; what buildSeries downsamples to. */
const SKETCH_PLOT_WIDTH = 160;

/** The chart a preset's view draws, reduced to its values; null when it draws nothing. */
export const chartSketch = (dataset: Pick<Dataset, 'fields' | 'rows'>, preset: Preset): ChartSketch | null => {
  const view = presetView(preset);
  const rows = applyView(dataset, view);
  const spec = resolveChart(dataset, rows, view.chart, 'en');
  if (spec === null) return null;
  return fromSeries(spec.type, buildSeries(dataset, rows, spec, { plotWidth: SKETCH_PLOT_WIDTH, otherLabel: '', lang: 'en' }));
};

const fromSeries = (type: ChartSketch['kind'], series: ChartSeries): ChartSketch | null => {
  switch (series.kind) {
    case 'categories':
      return type === 'bar' || type === 'column' || type === 'pie' || type === 'donut' || type === 'line'
        ? { kind: type, values: series.categories.map((c) => c.value) }
        : null;
    case 'lines':
      return { kind: 'line', values: (series.lines[0]?.points ?? []).map((p) => p.y) };
    case 'stacked':
      return { kind: 'stacked', stacks: series.categories.map((c) => series.segments.map((s) => c.values[s.key] ?? 0)) };
    case 'tree':
      return { kind: 'treemap', nodes: series.nodes.map((n) => ({ value: n.value, children: n.children.map((c) => c.value) })) };
    default: {
      const exhaustive: never = series;
      return exhaustive;
    }
  }
};

/** ISO3 → value of the countries a map preset shows (null: listed without a number). */
export const mapValues = (dataset: Pick<Dataset, 'fields' | 'rows'>, preset: Preset): Map<string, number | null> => {
  const view = presetView(preset);
  const measures = measureFields(dataset);
  const measure = measures.find((f) => f.key === view.chart.measure) ?? measures[0] ?? null;
  const byCountry = valuesByCountry(dataset, applyView(dataset, view), measure, () => '');
  return new Map([...byCountry].map(([code, v]) => [code, v.value]));
};
