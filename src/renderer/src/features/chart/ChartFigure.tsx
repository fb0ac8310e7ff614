import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Line,
  LineChart,
  Pie,
  PieChart,
  Tooltip,
  Treemap,
  XAxis,
  YAxis,
} from 'recharts';
import { useLayoutEffect, useRef } from 'react';
import { declutterLabels } from './declutter';
import type { ChartSeries, ChartSpec, TreeNode } from '../../../../shared/view/chart';
import type { Lang } from '../../../../shared/view/fields';
import { formatNumber } from '../../components/format';
import { unitLabel } from '../../../../shared/units';
import { ChartLegend } from './ChartLegend';
import { legendOf } from './legend';
import { textOn, useChartPalette, type ChartPalette } from './palette';
import { niceAxis } from '../../../../shared/view/axis';
import { LineValueLabel } from './LineValueLabel';

type Props = {
  series: ChartSeries;
  spec: ChartSpec;
  width: number;
  lang: Lang;
  selectedRowId: string | null;
  onSelectRows: (rowIds: readonly string[]) => void;
  /** Text alternative, linked to the chart's <svg> (role="img"). */
  title: string;
  /** The most the plot may take so the figure stays above the fold; the chart's own height if unset. */
  height?: number;
};

/** Draws a series with recharts and its legend; no data logic here (see shared/view/chart.ts). */
export function ChartFigure(props: Props) {
  const box = useRef<HTMLDivElement>(null);
  const { series, spec, width, lang } = props;
  const palette = useChartPalette();
  // After recharts has drawn: value labels that would cover another label, an axis or a mark go.
  useLayoutEffect(() => {
    const svg = box.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (svg) declutterLabels(svg);
  }, [series, spec, width, lang, palette]);
  return (
    <>
      <div ref={box} className="chart-plot">
        <Plot {...props} palette={palette} />
      </div>
      <ChartLegend items={legendOf(props.series, props.spec, palette.series)} />
    </>
  );
}

/** The row ids recharts hands back with a clicked bar, slice or tile (its data is untyped). */
const rowIdsOf = (rowIds: unknown): string[] =>
  Array.isArray(rowIds) ? rowIds.filter((x): x is string => typeof x === 'string') : [];

function Plot({ series, spec, width, height: fit, lang, selectedRowId, onSelectRows, title, palette }: Props & { palette: ChartPalette }) {
  const colourAt = palette.series;
  const SELECTED_STROKE = palette.selected;
  const tick = { fill: palette.axis };
  const axisLine = { stroke: palette.axis };
  const grid = <CartesianGrid strokeDasharray="3 3" stroke={palette.grid} />;
  // The plot's height fits the window (the whole figure above the fold), within readable bounds.
  const h = (natural: number) => Math.round(Math.max(240, Math.min(natural, fit ?? natural)));
  const num = (v: unknown) => (typeof v === 'number' ? formatNumber(v, lang) : String(v));
  const unit = spec.measure.unit ? unitLabel(spec.measure.unit, lang) : '';
  const tooltip = <Tooltip formatter={(v) => `${num(v)} ${unit}`.trim()} />;
  // accessibilityLayer: the chart takes focus and the arrow keys step its tooltip through the values.
  const common = { width, role: 'img', title, style: { overflow: 'visible' }, accessibilityLayer: true } as const;
  const isSelected = (rowIds: readonly string[]) => selectedRowId !== null && rowIds.includes(selectedRowId);

  switch (series.kind) {
    case 'categories': {
      const data = series.categories.map((c) => ({ ...c, name: c.label }));
      const pick = (entry: unknown) => onSelectRows(rowIdsOf((entry as { rowIds?: unknown } | null)?.rowIds));
      if (spec.type === 'pie' || spec.type === 'donut') {
        return (
          <PieChart {...common} height={h(380)}>
            <Pie
              data={data}
              dataKey="value"
              nameKey="name"
              innerRadius={spec.type === 'donut' ? '50%' : 0}
              outerRadius="75%"
              isAnimationActive={false}
              label={({ value }) => num(value)}
              onClick={pick}
            >
              {data.map((c, i) => (
                <Cell
                  key={c.key}
                  fill={colourAt(i)}
                  stroke={isSelected(c.rowIds) ? SELECTED_STROKE : palette.edge}
                  strokeWidth={isSelected(c.rowIds) ? 3 : 1}
                />
              ))}
            </Pie>
            {tooltip}
          </PieChart>
        );
      }
      const horizontal = spec.type === 'bar';
      const axis = niceAxis(Math.min(...data.map((c) => c.value)), Math.max(...data.map((c) => c.value)));
      const labelWidth = Math.min(260, Math.max(80, Math.max(...data.map((c) => c.label.length)) * 7));
      const height = horizontal ? Math.max(220, data.length * 32 + 60) : h(380);
      return (
        <BarChart
          {...common}
          height={height}
          data={data}
          layout={horizontal ? 'vertical' : 'horizontal'}
          margin={{ top: 20, right: 60, left: 10, bottom: 10 }}
        >
          {grid}
          {horizontal ? (
            <>
              <XAxis tick={tick} axisLine={axisLine} tickLine={axisLine} type="number" tickFormatter={num} domain={axis.domain} ticks={axis.ticks} />
              <YAxis tick={tick} axisLine={axisLine} tickLine={axisLine} type="category" dataKey="name" width={labelWidth} interval={0} />
            </>
          ) : (
            <>
              <XAxis tick={tick} axisLine={axisLine} tickLine={axisLine} type="category" dataKey="name" interval="preserveStartEnd" />
              <YAxis tick={tick} axisLine={axisLine} tickLine={axisLine} type="number" tickFormatter={num} domain={axis.domain} ticks={axis.ticks} />
            </>
          )}
          {tooltip}
          <Bar dataKey="value" name={spec.measure.label[lang]} isAnimationActive={false} onClick={pick} cursor="pointer">
            {data.map((c) => (
              <Cell
                key={c.key}
                fill={colourAt(0)}
                stroke={isSelected(c.rowIds) ? SELECTED_STROKE : undefined}
                strokeWidth={isSelected(c.rowIds) ? 3 : 0}
              />
            ))}
            <LabelList dataKey="value" position={horizontal ? 'right' : 'top'} formatter={num} fill={palette.text} />
          </Bar>
        </BarChart>
      );
    }
    case 'stacked': {
      const data = series.categories.map((c) => ({
        name: c.label,
        rowIds: c.rowIds,
        ...Object.fromEntries(series.segments.map((s, i) => [`s${i}`, c.values[s.key] ?? 0])),
      }));
      const sums = series.categories.map((c) => Object.values(c.values).reduce((a, b) => a + Math.max(0, b), 0));
      const lows = series.categories.map((c) => Object.values(c.values).reduce((a, b) => a + Math.min(0, b), 0));
      const axis = niceAxis(Math.min(0, ...lows), Math.max(0, ...sums));
      return (
        <BarChart {...common} height={h(400)} data={data} margin={{ top: 20, right: 30, left: 10, bottom: 10 }}>
          {grid}
          <XAxis tick={tick} axisLine={axisLine} tickLine={axisLine} dataKey="name" />
          <YAxis tick={tick} axisLine={axisLine} tickLine={axisLine} tickFormatter={num} domain={axis.domain} ticks={axis.ticks} />
          {tooltip}
          {series.segments.map((s, i) => (
            <Bar key={s.key} dataKey={`s${i}`} name={s.label} stackId="stack" fill={colourAt(i)} isAnimationActive={false} />
          ))}
        </BarChart>
      );
    }
    case 'lines': {
      const byX = new Map<number, Record<string, number>>();
      series.lines.forEach((l, i) => l.points.forEach((p) => byX.set(p.x, { ...(byX.get(p.x) ?? { x: p.x }), [`l${i}`]: p.y })));
      const data = [...byX.values()].sort((a, b) => (a.x ?? 0) - (b.x ?? 0));
      const ys = series.lines.flatMap((l) => l.points.map((p) => p.y));
      const axis = niceAxis(Math.min(0, ...ys), Math.max(0, ...ys));
      const labelled = series.lines.length === 1 && data.length <= 20;
      return (
        <LineChart {...common} height={h(380)} data={data} margin={{ top: 20, right: 40, left: 10, bottom: 10 }}>
          {grid}
          <XAxis
            tick={tick}
            axisLine={axisLine}
            tickLine={axisLine}
            dataKey="x"
            type="number"
            domain={['dataMin', 'dataMax']}
            allowDecimals={false}
            tickFormatter={(v: number) => String(v)}
            // Room at both ends: the first and last values' labels would otherwise sit on the axes.
            padding={labelled ? { left: 28, right: 28 } : undefined}
          />
          <YAxis tick={tick} axisLine={axisLine} tickLine={axisLine} tickFormatter={num} domain={axis.domain} ticks={axis.ticks} />
          {tooltip}
          {series.lines.map((l, i) => (
            <Line
              key={l.key}
              dataKey={`l${i}`}
              name={l.label}
              stroke={colourAt(i)}
              strokeWidth={2}
              isAnimationActive={false}
              dot={data.length <= 60}
            >
              {labelled && (
                <LabelList
                  dataKey={`l${i}`}
                  content={<LineValueLabel values={data.map((d) => d[`l${i}`])} format={num} fill={palette.text} />}
                />
              )}
            </Line>
          ))}
        </LineChart>
      );
    }
    case 'tree': {
      const colour = (nodes: TreeNode[]): unknown[] =>
        nodes.map((n, i) => ({
          ...n,
          name: n.label,
          colour: colourAt(i),
          children: n.children.map((c) => ({ ...c, name: c.label, colour: colourAt(i), children: undefined })),
        }));
      return (
        <Treemap
          width={width}
          height={h(420)}
          data={colour(series.nodes) as never}
          dataKey="value"
          nameKey="name"
          isAnimationActive={false}
          onClick={(node) => onSelectRows(rowIdsOf(node.rowIds))}
          // An element, not a function: recharts 2 clones it with each tile's geometry and data.
          content={<TreeTile isSelected={isSelected} num={num} edge={palette.edge} selectedEdge={palette.selected} />}
        >
          {tooltip}
        </Treemap>
      );
    }
    default: {
      const exhaustive: never = series;
      return exhaustive;
    }
  }
}

/** What recharts hands each treemap tile (its geometry), plus the fields our tree nodes carry. */
type TileProps = {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  depth?: number;
  name?: string;
  value?: number;
  colour?: unknown;
  rowIds?: unknown;
  children?: readonly unknown[];
  isSelected: (rowIds: readonly string[]) => boolean;
  num: (v: unknown) => string;
  edge: string;
  selectedEdge: string;
};

function TreeTile({ x = 0, y = 0, width = 0, height = 0, depth = 0, name = '', value, isSelected, num, edge, selectedEdge, ...node }: TileProps) {
  const selected = isSelected(rowIdsOf(node.rowIds));
  const fill = typeof node.colour === 'string' ? node.colour : edge;
  const leaf = !node.children || node.children.length === 0;
  if (depth === 0) return <g />;
  // Two lines of 12 px (name, value) need about 38 px: a shorter tile shows none rather than spill into the next.
  // Characters of 12 px text that fit inside the tile's 6 px padding on both sides (7.5 px each: wide enough for capitals).
  const fits = Math.floor((width - 12) / 7.5);
  const showLabel = width > 50 && height > 38 && num(value).length <= fits;
  return (
    <g className={leaf ? 'treemap-leaf' : 'treemap-group'}>
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        fill={fill}
        fillOpacity={leaf ? 0.85 : 1}
        stroke={selected ? selectedEdge : edge}
        strokeWidth={selected ? 3 : leaf ? 1 : 3}
      />
      {leaf && showLabel && (
        <text x={x + 6} y={y + 16} fill={textOn(fill)} fontSize={12} className="treemap-label">
          <tspan>{name.length > fits ? `${name.slice(0, Math.max(1, fits - 1))}…` : name}</tspan>
          <tspan x={x + 6} dy={15} fontWeight="bold">
            {num(value)}
          </tspan>
        </text>
      )}
    </g>
  );
}
