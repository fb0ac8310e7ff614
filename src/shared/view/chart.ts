import type { CellValue, Dataset, Field, Row } from '../dataset';
import type { ChartType, ViewState } from '../view-state';
import { cellText } from './rows';
import { shownCell } from './country-text';
import { dimensionFields, isHierarchy, measureFields, rowLabel, type Lang } from './fields';
import { isAdditive } from './totals';
import { downsampleMinMax, foldSmallCategories, maxPointsFor, type Category, type XYPoint } from './downsample';

export type ChartSpec = {
  type: ChartType;
  measure: Field;
  dimension: Field;
  stack: Field | null;
  /** The types offered for this data, best first. */
  types: ChartType[];
};

const isTime = (f: Field) => f.type === 'year' || f.type === 'date';
/** Pie slices stop being readable beyond this many. */
export const MAX_SLICES = 8;
/** Bars stop being readable beyond this many, whatever the width. */
export const MAX_BARS = 40;

/** Measures that are parts of one whole (same unit, additive, not themselves a total): they can stack. */
export const componentMeasures = (dataset: Pick<Dataset, 'fields'>, measure: Field): Field[] => {
  const parts = measureFields(dataset).filter(
    (f) => isAdditive(f) && f.unit === measure.unit && f.key !== 'total' && !/^total\b/i.test(f.label.en),
  );
  return parts.length >= 2 ? parts : [];
};

const distinctCount = (rows: readonly Row[], key: string) => new Set(rows.map((r) => cellText(r.values[key]))).size;

/** The chart types that suit a measure by a dimension over these rows, best first. */
export const suitableChartTypes = (
  dataset: Pick<Dataset, 'fields' | 'rows'>,
  rows: readonly Row[],
  measure: Field,
  dimension: Field,
  lang: Lang,
): ChartType[] => {
  const others = dimensionFields(dataset, lang).filter((f) => f.key !== dimension.key && !isTime(f) && f.type !== 'list');
  const canStack =
    others.some((f) => distinctCount(rows, f.key) > 1 && distinctCount(rows, f.key) <= 12) ||
    componentMeasures(dataset, measure).length > 0;
  if (isTime(dimension)) return ['line', 'column', 'bar', ...(canStack ? (['stacked'] as const) : [])];
  const types: ChartType[] = [];
  if (isHierarchy(dataset)) types.push('treemap');
  types.push('bar', 'column');
  if (canStack) types.push('stacked');
  const nonNegative = rows.every((r) => {
    const v = r.values[measure.key];
    return typeof v !== 'number' || v >= 0;
  });
  // A hierarchy's parents include their children: as pie slices they would count twice.
  if (nonNegative && isAdditive(measure) && !isHierarchy(dataset) && distinctCount(rows, dimension.key) <= 12)
    types.push('pie', 'donut');
  return types;
};

const pick = <T extends { key: string }>(items: readonly T[], key: string | null): T | undefined =>
  key === null ? undefined : items.find((i) => i.key === key);

/** The chart the view asks for, with every `null` (auto) and stale choice resolved; null when nothing can be charted. */
export const resolveChart = (
  dataset: Pick<Dataset, 'fields' | 'rows'>,
  rows: readonly Row[],
  chart: ViewState['chart'],
  lang: Lang,
): ChartSpec | null => {
  const measures = measureFields(dataset);
  const dims = dimensionFields(dataset, lang).filter((f) => f.type !== 'list');
  const measure = pick(measures, chart.measure) ?? measures[0];
  const dimension = pick(dims, chart.dimension) ?? dims.find(isTime) ?? dims.find((f) => f.type === 'text') ?? dims[0];
  if (measure === undefined || dimension === undefined) return null;
  const types = suitableChartTypes(dataset, rows, measure, dimension, lang);
  const type = chart.type !== null && types.includes(chart.type) ? chart.type : (types[0] ?? 'bar');
  const stackable = dims.filter((f) => f.key !== dimension.key && !isTime(f));
  const stack =
    type === 'stacked' || (type === 'line' && chart.stack !== null)
      ? (pick(stackable, chart.stack) ?? stackable.find((f) => distinctCount(rows, f.key) > 1) ?? null)
      : null;
  return { type, measure, dimension, stack, types };
};

export type StackedCategory = { key: string; label: string; values: Record<string, number>; rowIds: string[] };
export type TreeNode = { key: string; label: string; value: number; rowIds: string[]; children: TreeNode[] };

export type ChartSeries =
  | { kind: 'categories'; categories: Category[] }
  | { kind: 'stacked'; categories: StackedCategory[]; segments: { key: string; label: string }[] }
  | { kind: 'lines'; lines: { key: string; label: string; points: (XYPoint & { rowIds: string[] })[] }[] }
  | { kind: 'tree'; nodes: TreeNode[] };

const numberOf = (v: CellValue | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

const xOf = (field: Field, v: CellValue | undefined): number | null => {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return null;
  const n = field.type === 'date' ? Date.parse(v) : Number(v);
  return Number.isFinite(n) ? n : null;
};

/** Groups rows by a key in first-seen order, combining values (sum when additive, mean otherwise). */
const group = (rows: readonly Row[], keyOf: (r: Row) => string, labelOf: (r: Row) => string, measure: Field): Category[] => {
  const acc = new Map<string, { label: string; sum: number; n: number; rowIds: string[] }>();
  for (const r of rows) {
    const v = numberOf(r.values[measure.key]);
    if (v === null) continue;
    const k = keyOf(r);
    const g = acc.get(k) ?? { label: labelOf(r), sum: 0, n: 0, rowIds: [] };
    g.sum += v;
    g.n += 1;
    g.rowIds.push(r.id);
    acc.set(k, g);
  }
  const additive = isAdditive(measure);
  return [...acc].map(([key, g]) => ({ key, label: g.label, value: additive ? g.sum : g.sum / g.n, rowIds: g.rowIds }));
};

export type SeriesOptions = { plotWidth: number; otherLabel: string; lang: Lang };

/**
 * Turns the rows on screen into what the chart draws. Pure: the same view always gives the same
 * series. Caps the number of marks to what the plot width can show (see downsample.ts).
 */
export const buildSeries = (
  dataset: Pick<Dataset, 'fields' | 'rows'>,
  rows: readonly Row[],
  spec: ChartSpec,
  opts: SeriesOptions,
): ChartSeries => {
  const { measure, dimension, stack } = spec;
  const maxMarks = maxPointsFor(opts.plotWidth);
  const dimKey = (r: Row) => cellText(r.values[dimension.key]) || r.id;
  const dimLabel = (r: Row) => (dimension.type === 'text' ? rowLabelOr(dataset, r, dimension, opts.lang) : dimKey(r));
  switch (spec.type) {
    case 'line': {
      const byStack = stack === null ? [{ key: measure.key, label: measure.label[opts.lang], rows }] : splitBy(rows, stack);
      const perLine = Math.max(2, Math.floor(maxMarks / Math.max(1, byStack.length)));
      const lines = byStack.map((s) => {
        const points = group(s.rows, dimKey, dimKey, measure)
          .map((c) => ({ x: xOf(dimension, c.key), y: c.value, rowIds: c.rowIds }))
          .filter((p): p is XYPoint & { rowIds: string[] } => p.x !== null)
          .sort((a, b) => a.x - b.x);
        const kept = new Set(downsampleMinMax(points, perLine));
        return { key: s.key, label: s.label, points: points.filter((p) => kept.has(p)) };
      });
      return { kind: 'lines', lines };
    }
    case 'stacked': {
      if (stack === null) return stackMeasures(dataset, rows, spec, dimKey, dimLabel, opts.lang);
      const parts = splitBy(rows, stack);
      const cats = foldSmallCategories(group(rows, dimKey, dimLabel, measure), Math.min(MAX_BARS, maxMarks), opts.otherLabel);
      const keptKeys = new Set(cats.map((c) => c.key));
      const categories = cats.map((c) => {
        const values: Record<string, number> = {};
        for (const p of parts) {
          const inCat = p.rows.filter((r) => (c.key === '__other__' ? !keptKeys.has(dimKey(r)) : dimKey(r) === c.key));
          const g = group(
            inCat,
            () => 'all',
            () => '',
            measure,
          )[0];
          if (g) values[p.key] = g.value;
        }
        return { key: c.key, label: c.label, values, rowIds: c.rowIds };
      });
      return { kind: 'stacked', categories, segments: parts.map((p) => ({ key: p.key, label: p.label })) };
    }
    case 'treemap':
      return { kind: 'tree', nodes: buildTree(dataset, rows, measure, opts.lang) };
    case 'pie':
    case 'donut':
      return {
        kind: 'categories',
        categories: foldSmallCategories(group(rows, dimKey, dimLabel, measure), MAX_SLICES, opts.otherLabel),
      };
    case 'bar':
    case 'column': {
      const cats = group(rows, dimKey, dimLabel, measure);
      const ordered = isTime(dimension)
        ? [...cats].sort((a, b) => (xOf(dimension, a.key) ?? 0) - (xOf(dimension, b.key) ?? 0))
        : cats;
      return { kind: 'categories', categories: foldSmallCategories(ordered, Math.min(MAX_BARS, maxMarks), opts.otherLabel) };
    }
    default: {
      const exhaustive: never = spec.type;
      return exhaustive;
    }
  }
};

/** Stacked bars whose segments are the measures that make up a whole (e.g. refugee + public policy movements). */
const stackMeasures = (
  dataset: Pick<Dataset, 'fields'>,
  rows: readonly Row[],
  spec: ChartSpec,
  dimKey: (r: Row) => string,
  dimLabel: (r: Row) => string,
  lang: Lang,
): ChartSeries => {
  const parts = componentMeasures(dataset, spec.measure);
  const byCat = new Map<string, StackedCategory>();
  for (const r of rows) {
    const k = dimKey(r);
    const cat = byCat.get(k) ?? { key: k, label: dimLabel(r), values: {}, rowIds: [] };
    cat.rowIds.push(r.id);
    for (const p of parts) {
      const v = numberOf(r.values[p.key]);
      if (v !== null) cat.values[p.key] = (cat.values[p.key] ?? 0) + v;
    }
    byCat.set(k, cat);
  }
  let categories = [...byCat.values()];
  if (isTime(spec.dimension))
    categories = categories.sort((a, b) => (xOf(spec.dimension, a.key) ?? 0) - (xOf(spec.dimension, b.key) ?? 0));
  return { kind: 'stacked', categories, segments: parts.map((p) => ({ key: p.key, label: p.label[lang] })) };
};

const rowLabelOr = (dataset: Pick<Dataset, 'fields'>, r: Row, dimension: Field, lang: Lang): string => {
  const own = shownCell(dimension, r.values[dimension.key], lang);
  return own !== '' ? own : rowLabel(dataset, r, lang);
};

const splitBy = (rows: readonly Row[], field: Field) => {
  const parts = new Map<string, Row[]>();
  for (const r of rows) {
    const k = cellText(r.values[field.key]) || '—';
    const part = parts.get(k);
    if (part) part.push(r);
    else parts.set(k, [r]);
  }
  return [...parts].map(([key, rs]) => ({ key, label: key, rows: rs }));
};

/** Parent → children tree of the shown rows; a row whose parent is hidden becomes a root. */
export const buildTree = (dataset: Pick<Dataset, 'fields'>, rows: readonly Row[], measure: Field, lang: Lang): TreeNode[] => {
  const shown = new Map(rows.map((r) => [r.id, r]));
  const nodes = new Map<string, TreeNode>();
  for (const r of rows) {
    const v = numberOf(r.values[measure.key]);
    nodes.set(r.id, { key: r.id, label: rowLabel(dataset, r, lang), value: v ?? 0, rowIds: [r.id], children: [] });
  }
  const roots: TreeNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id);
    if (!node) continue;
    const parent = typeof r.values.parent === 'string' && shown.has(r.values.parent) ? nodes.get(r.values.parent) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
};

/** Number of marks (bars, points, slices, tiles) a series draws: what the downsampling bounds. */
export const markCount = (series: ChartSeries): number => {
  switch (series.kind) {
    case 'categories':
      return series.categories.length;
    case 'stacked':
      return series.categories.length * series.segments.length;
    case 'lines':
      return series.lines.reduce((s, l) => s + l.points.length, 0);
    case 'tree': {
      const count = (ns: TreeNode[]): number => ns.reduce((s, n) => s + 1 + count(n.children), 0);
      return count(series.nodes);
    }
    default: {
      const exhaustive: never = series;
      return exhaustive;
    }
  }
};
