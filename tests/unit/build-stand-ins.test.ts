import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error recharts publishes this module's types under types/, not beside es6/
import { parseScale as parseScaleUntyped } from 'recharts/es6/util/ChartUtils';
import type { parseScale as ParseScale } from 'recharts/types/util/ChartUtils';

const parseScale = parseScaleUntyped as typeof ParseScale;
const chartFile = (name: string) => readFileSync(new URL(`../../src/renderer/src/features/chart/${name}`, import.meta.url), 'utf8');
const figure = chartFile('ChartFigure.tsx');
// What features/chart/scales.ts re-exports from d3-scale (its only statement).
const given = /export \{([^}]*)\} from 'd3-scale'/.exec(chartFile('scales.ts'))?.[1]?.split(',').map((n) => n.trim()) ?? [];
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// The build hands recharts only ./scales (electron.vite.config.ts): every scale recharts picks for
// the axes ChartFigure draws must be there, or the chart would silently get a point scale.
describe('the scales recharts is given', () => {
  const axes = [
    ['bar chart, category x axis', { scale: 'auto', type: 'category', layout: 'horizontal', axisType: 'xAxis' }, 'BarChart', true],
    ['bar chart, number y axis', { scale: 'auto', type: 'number', layout: 'horizontal', axisType: 'yAxis' }, 'BarChart', true],
    ['horizontal bars, number x axis', { scale: 'auto', type: 'number', layout: 'vertical', axisType: 'xAxis' }, 'BarChart', true],
    ['horizontal bars, category y axis', { scale: 'auto', type: 'category', layout: 'vertical', axisType: 'yAxis' }, 'BarChart', true],
    ['line chart, category x axis', { scale: 'auto', type: 'category', layout: 'horizontal', axisType: 'xAxis' }, 'LineChart', false],
    ['line chart, number y axis', { scale: 'auto', type: 'number', layout: 'horizontal', axisType: 'yAxis' }, 'LineChart', false],
    ['pie, angle axis', { scale: 'auto', type: 'number', layout: 'radial', axisType: 'angleAxis' }, 'PieChart', false],
    ['pie, radius axis', { scale: 'auto', type: 'category', layout: 'radial', axisType: 'radiusAxis' }, 'PieChart', false],
  ] as const;

  it.each(axes)('%s', (_name, axis, chartType, hasBar) => {
    const { realScaleType } = parseScale(axis, chartType, hasBar);
    expect(given).toContain(`scale${upperFirst(realScaleType ?? '')}`);
  });

  it('the chart sets no scale of its own (recharts would look it up by name)', () => {
    expect(figure).not.toMatch(/\bscale=/);
  });
});

// The build also hands recharts a stand-in for its animation library (features/chart/no-animation.ts),
// which draws only the end state: right while no series animates.
describe('the chart animates nothing', () => {
  it('every series element turns its animation off', () => {
    const series = [...figure.matchAll(/<(Bar|Line|Pie|Treemap|Area|Scatter|Radar|RadialBar|Funnel)\b[^>]*>/gs)].map((m) => m[0]);
    expect(series.length).toBeGreaterThanOrEqual(5);
    for (const element of series) expect(element).toMatch(/isAnimationActive=\{false\}/);
  });
});

// The build leaves out Radix's modal-layer helpers (components/ui/modal-only.ts): right while every
// Radix layer is non-modal. Only these primitives may be used; the Dialog one is modal by nature.
describe('Radix layers are not modal', () => {
  const listSource = (dir: URL): URL[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? listSource(new URL(`${e.name}/`, dir)) : /\.tsx?$/.test(e.name) && !/\.test\./.test(e.name) ? [new URL(e.name, dir)] : [],
    );
  const sources = listSource(new URL('../../src/renderer/src/', import.meta.url)).map((url) => ({ url, text: readFileSync(url, 'utf8') }));

  it('only the non-modal primitives are imported', () => {
    const used = new Set(sources.flatMap(({ text }) => [...text.matchAll(/from '(@radix-ui\/[^']+)'/g)].map((m) => m[1])));
    expect(used.size).toBeGreaterThan(0);
    for (const name of used) expect(['@radix-ui/react-dropdown-menu', '@radix-ui/react-tooltip', '@radix-ui/react-tabs']).toContain(name);
  });

  it('every dropdown menu root says modal={false}', () => {
    const roots = sources.flatMap(({ text }) => [...text.matchAll(/<\w+\.Root\b[^>]*>/g)].map((m) => m[0])).filter((r) => !/Tooltip|Tabs/.test(r));
    expect(roots.length).toBeGreaterThan(0);
    for (const root of roots) expect(root).toMatch(/modal=\{false\}/);
  });
});
