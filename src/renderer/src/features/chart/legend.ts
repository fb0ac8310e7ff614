import type { ChartSeries, ChartSpec } from '../../../../shared/view/chart';

export type LegendItem = { key: string; label: string; colour: string };

/**
 * What the figure's legend lists, in the colours the figure draws them with. A bar or column chart
 * of one measure has a single colour and needs no legend (its axis names the categories).
 */
export const legendOf = (series: ChartSeries, spec: Pick<ChartSpec, 'type'>, colourAt: (i: number) => string): LegendItem[] => {
  const item = ({ key, label }: { key: string; label: string }, i: number) => ({ key, label, colour: colourAt(i) });
  switch (series.kind) {
    case 'categories':
      return spec.type === 'pie' || spec.type === 'donut' ? series.categories.map(item) : [];
    case 'stacked':
      return series.segments.map(item);
    case 'lines':
      return series.lines.map(item);
    case 'tree':
      return series.nodes.map(item);
    default: {
      const exhaustive: never = series;
      return exhaustive;
    }
  }
};
