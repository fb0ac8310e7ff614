import { describe, expect, it } from 'vitest';
import { getDataset } from '../../../tests/support/main/datasets';
import { PRESETS } from '../../shared/presets';
import { chartSketch, mapValues } from '../../shared/home/sketch';

const preset = (id: string) => {
  const p = PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};
const amounts = (datasetId: string, key: string) => getDataset(datasetId).rows.map((r) => r.values[key]);

describe('chartSketch: the numbers a report figure draws', () => {
  it('the agency pie has one slice per agency, largest first as the preset sorts them', () => {
    const sketch = chartSketch(getDataset('contributions-by-agency'), preset('agency-breakdown'));
    const expected = (amounts('contributions-by-agency', 'amount') as number[]).sort((a, b) => b - a);
    expect(sketch).toEqual({ kind: 'pie', values: expected });
  });

  it('the theme treemap nests the sub-themes under their four themes', () => {
    const sketch = chartSketch(getDataset('contributions-by-theme'), preset('thematic-breakdown'));
    expect(sketch?.kind).toBe('treemap');
    if (sketch?.kind !== 'treemap') return;
    expect(sketch.nodes.map((n) => n.value)).toEqual([101.8, 95.8, 36.6, 9.9]);
    expect(sketch.nodes[0]?.children).toEqual([43.8, 41.2, 16.7]);
  });

  it('movements by year stack refugee and public-policy movements, year by year', () => {
    const sketch = chartSketch(getDataset('assisted-movements-by-year'), preset('assisted-movements-by-year'));
    expect(sketch).toEqual({ kind: 'stacked', stacks: [[11471, 17], [12693, 200], [9383, 537], [11626, 0], [11985, 45]] });
  });

  it('every chart preset gets the kind of chart it opens', () => {
    for (const p of PRESETS.filter((x) => x.view.tab !== 'map')) {
      const sketch = chartSketch(getDataset(p.datasetId), p);
      expect(sketch?.kind, p.id).toBe(p.view.chart?.type);
    }
  });
});

describe('mapValues', () => {
  it('health assessments: the nine countries with their counts', () => {
    const values = mapValues(getDataset('health-assessments'), preset('health-assessments-map'));
    expect(values.size).toBe(9);
    expect(values.get('PAK')).toBe(47294);
  });
});
