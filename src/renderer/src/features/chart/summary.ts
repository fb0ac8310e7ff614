import type { TFunction } from 'i18next';
import type { ChartSeries, ChartSpec } from '../../../../shared/view/chart';
import type { Lang } from '../../../../shared/view/fields';
import { isAdditive } from '../../../../shared/view/totals';
import { formatNumber } from '../../components/format';
import { unitLabel } from '../../../../shared/units';

const extremes = <T extends object>(items: readonly T[], value: (i: T) => number): { max: T; min: T } | null => {
  const first = items[0];
  if (first === undefined) return null;
  let max = first;
  let min = first;
  for (const i of items) {
    if (value(i) > value(max)) max = i;
    if (value(i) < value(min)) min = i;
  }
  return { max, min };
};

/** The chart in one or two sentences, for screen readers and for anyone who prefers reading. */
/** `canTotal`: whether the rows may be added up at all (see totalsMakeSense: no mixed units, no printed total row). */
export const summarizeChart = (series: ChartSeries, spec: ChartSpec, lang: Lang, t: TFunction, canTotal = true): string => {
  const unit = spec.measure.unit ? ` ${unitLabel(spec.measure.unit, lang)}` : '';
  const num = (v: number) => `${formatNumber(v, lang)}${unit}`;
  const base = {
    type: t(`chart.types.${spec.type}`),
    measure: spec.measure.label[lang],
    dimension: spec.dimension.label[lang],
  };
  switch (series.kind) {
    case 'categories': {
      const e = extremes(series.categories, (c) => c.value);
      if (!e) return t('chart.summary.empty');
      const text = t('chart.summary.categories', {
        ...base,
        count: series.categories.length,
        maxLabel: e.max.label,
        max: num(e.max.value),
        minLabel: e.min.label,
        min: num(e.min.value),
      });
      const total = series.categories.reduce((s, c) => s + c.value, 0);
      return canTotal && isAdditive(spec.measure) ? text + t('chart.summary.total', { total: num(total) }) : text;
    }
    case 'stacked':
      if (series.categories.length === 0) return t('chart.summary.empty');
      return t('chart.summary.stacked', {
        ...base,
        stack: spec.stack?.label[lang] ?? series.segments.map((g) => g.label).join(', '),
        count: series.categories.length,
        segments: series.segments.length,
      });
    case 'lines': {
      const all = series.lines.flatMap((l) => l.points.map((p) => ({ ...p, label: l.label })));
      const e = extremes(all, (p) => p.y);
      const xs = all.map((p) => p.x);
      if (!e) return t('chart.summary.empty');
      return t('chart.summary.lines', {
        ...base,
        count: series.lines.length,
        from: Math.min(...xs),
        to: Math.max(...xs),
        maxLabel: e.max.label,
        maxX: e.max.x,
        max: num(e.max.y),
      });
    }
    case 'tree': {
      const size = (n: { value: number; children: { value: number }[] }) =>
        n.children.length > 0 ? n.children.reduce((s, c) => s + c.value, 0) : n.value;
      const e = extremes(series.nodes, size);
      if (!e) return t('chart.summary.empty');
      return t('chart.summary.tree', { ...base, count: series.nodes.length, maxLabel: e.max.label, max: num(e.max.value) });
    }
    default: {
      const exhaustive: never = series;
      return exhaustive;
    }
  }
};
