import { SERIES_TOKENS } from '../../design/tokens';
import { useTokens } from '../../design/useTokens';

/** Chart colours, from the design tokens (Okabe–Ito series, colour-blind safe, in both themes). */
export const CHART_TOKENS = [...SERIES_TOKENS, '--chart-axis', '--chart-grid', '--chart-mark-edge', '--chart-selected-edge', '--color-text'] as const;

export type ChartPalette = { series: (i: number) => string; axis: string; grid: string; edge: string; selected: string; text: string };

export const chartPalette = (tokens: Record<(typeof CHART_TOKENS)[number], string>): ChartPalette => {
  const series = SERIES_TOKENS.map((t) => tokens[t]);
  return {
    series: (i) => series[((i % series.length) + series.length) % series.length] ?? tokens['--series-1'],
    axis: tokens['--chart-axis'],
    grid: tokens['--chart-grid'],
    edge: tokens['--chart-mark-edge'],
    selected: tokens['--chart-selected-edge'],
    text: tokens['--color-text'],
  };
};

export const useChartPalette = (): ChartPalette => chartPalette(useTokens(CHART_TOKENS));

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of `rgb(r, g, b)` or `#rrggbb`; null for anything else (a system colour). */
export const luminance = (colour: string): number | null => {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
  const parts = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : rgb ? rgb.slice(1).map(Number) : null;
  if (!parts) return null;
  const [r = 0, g = 0, b = 0] = parts;
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

/** Black or white text on a fill, whichever contrasts more (WCAG); black when the fill is unknown. */
export const textOn = (fill: string): string => {
  const l = luminance(fill);
  if (l === null) return '#000';
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000' : '#fff';
};
