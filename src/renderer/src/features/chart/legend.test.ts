import { describe, expect, it } from 'vitest';
import type { ChartSeries } from '../../../../shared/view/chart';
import { legendOf } from './legend';
const colourAt = (i: number) => ['#111111', '#222222'][i] ?? '#333333';

const cat = (key: string) => ({ key, label: key.toUpperCase(), value: 1, rowIds: [key] });

describe('legendOf', () => {
  it('names every slice, segment, line and treemap group in its drawing colour', () => {
    const pie: ChartSeries = { kind: 'categories', categories: [cat('a'), cat('b')] };
    expect(legendOf(pie, { type: 'pie' }, colourAt)).toEqual([
      { key: 'a', label: 'A', colour: colourAt(0) },
      { key: 'b', label: 'B', colour: colourAt(1) },
    ]);
    expect(legendOf(pie, { type: 'donut' }, colourAt)).toHaveLength(2);
    const stacked: ChartSeries = { kind: 'stacked', categories: [], segments: [{ key: 's', label: 'S' }, { key: 't', label: 'T' }] };
    expect(legendOf(stacked, { type: 'stacked' }, colourAt).map((i) => i.colour)).toEqual([colourAt(0), colourAt(1)]);
    const lines: ChartSeries = { kind: 'lines', lines: [{ key: 'l', label: 'L', points: [] }] };
    expect(legendOf(lines, { type: 'line' }, colourAt)).toEqual([{ key: 'l', label: 'L', colour: colourAt(0) }]);
    const tree: ChartSeries = { kind: 'tree', nodes: [{ ...cat('g'), children: [{ ...cat('h'), children: [] }] }] };
    expect(legendOf(tree, { type: 'treemap' }, colourAt).map((i) => i.label)).toEqual(['G']);
  });

  it('has nothing to list for bars of one measure (the axis names the categories)', () => {
    const bars: ChartSeries = { kind: 'categories', categories: [cat('a'), cat('b')] };
    expect(legendOf(bars, { type: 'bar' }, colourAt)).toEqual([]);
    expect(legendOf(bars, { type: 'column' }, colourAt)).toEqual([]);
  });
});
