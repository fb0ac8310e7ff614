import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../default-view-state';
import { buildSeries, markCount, resolveChart } from './chart';
import { health, large, movements, themes } from '../../../tests/support/shared/sample-datasets';

const auto = defaultViewState('x').chart;
const opts = { plotWidth: 400, otherLabel: 'Other', lang: 'en' as const };

describe('resolveChart', () => {
  it('offers a line first for a time dimension, with stacking when a category splits the data', () => {
    const ds = movements();
    const spec = resolveChart(ds, ds.rows, auto, 'en');
    expect(spec?.dimension.key).toBe('year');
    expect(spec?.measure.key).toBe('people');
    expect(spec?.types).toEqual(['line', 'column', 'bar', 'stacked']);
  });

  it('offers a treemap for a hierarchy and never a pie (parents would count twice)', () => {
    const ds = themes();
    const spec = resolveChart(ds, ds.rows, auto, 'en');
    expect(spec?.type).toBe('treemap');
    expect(spec?.types).not.toContain('pie');
    expect(spec?.dimension.key).toBe('name');
  });

  it('offers pie and donut for a few non-negative categories', () => {
    const ds = health();
    expect(resolveChart(ds, ds.rows, { ...auto, type: 'donut' }, 'en')?.type).toBe('donut');
  });

  it('falls back to the first suitable type when the asked one does not suit', () => {
    const ds = movements();
    expect(resolveChart(ds, ds.rows, { ...auto, type: 'treemap' }, 'en')?.type).toBe('line');
  });

  it('uses the French twin of a text dimension in French', () => {
    const ds = themes();
    expect(resolveChart(ds, ds.rows, auto, 'fr')?.dimension.key).toBe('nameFr');
  });
});

describe('buildSeries', () => {
  it('sums a measure per category in row order', () => {
    const ds = movements();
    const spec = resolveChart(ds, ds.rows, { ...auto, type: 'bar', dimension: 'category' }, 'en')!;
    const s = buildSeries(ds, ds.rows, spec, opts);
    expect(s).toEqual({
      kind: 'categories',
      categories: [
        { key: 'Government-assisted', label: 'Government-assisted', value: 3300, rowIds: ['2010-gar', '2011-gar', '2012-gar'] },
        { key: 'Privately sponsored', label: 'Privately sponsored', value: 1530, rowIds: ['2010-pr', '2011-pr', '2012-pr'] },
      ],
    });
  });

  it('names countries in French in French', () => {
    const ds = health();
    const rows = ds.rows.map((r, i) => (i === 0 ? { ...r, values: { ...r.values, country: 'Ethiopia' } } : r));
    const spec = resolveChart(ds, rows, { ...auto, type: 'bar', dimension: 'country' }, 'fr')!;
    const s = buildSeries(ds, rows, spec, { ...opts, lang: 'fr' });
    expect(s.kind === 'categories' && s.categories.map((c) => [c.key, c.label])).toEqual([
      ['Ethiopia', 'Éthiopie'],
      ['Ukraine', 'Ukraine'],
      ['Philippines', 'Philippines'],
      ['Kenya', 'Kenya'],
    ]);
  });

  it('averages a percentage instead of adding it', () => {
    const ds = movements();
    const spec = resolveChart(ds, ds.rows, { ...auto, type: 'bar', dimension: 'category', measure: 'share' }, 'en')!;
    const s = buildSeries(ds, ds.rows, spec, opts);
    expect(s.kind === 'categories' && s.categories.map((c) => c.value)).toEqual([60, 40]);
  });

  it('stacks categories by a second dimension', () => {
    const ds = movements();
    const spec = resolveChart(ds, ds.rows, { ...auto, type: 'stacked' }, 'en')!;
    const s = buildSeries(ds, ds.rows, spec, opts);
    expect(s.kind).toBe('stacked');
    if (s.kind !== 'stacked') return;
    expect(s.segments.map((g) => g.key)).toEqual(['Government-assisted', 'Privately sponsored']);
    expect(s.categories[0]).toMatchObject({ key: '2010', values: { 'Government-assisted': 1000, 'Privately sponsored': 500 } });
  });

  it('stacks the measures that make up a whole when no category splits the data', () => {
    const ds = {
      ...movements(),
      fields: [
        ...movements().fields.filter((f) => f.key !== 'category' && f.key !== 'share'),
        { key: 'other', label: { en: 'Other', fr: 'Autre' }, type: 'number' as const, role: 'measure' as const, unit: 'people' },
        { key: 'total', label: { en: 'Total', fr: 'Total' }, type: 'number' as const, role: 'measure' as const, unit: 'people' },
      ],
    };
    const rows = [2010, 2011].map((year) => ({
      id: String(year),
      values: { year, people: 10, other: 5, total: 15 },
      source: { line: 1, quote: 'x' },
    }));
    const data = { ...ds, rows };
    const spec = resolveChart(data, rows, { ...auto, type: 'stacked' }, 'en')!;
    expect(spec.type).toBe('stacked');
    const s = buildSeries(data, rows, spec, opts);
    expect(s).toEqual({
      kind: 'stacked',
      segments: [
        { key: 'people', label: 'People' },
        { key: 'other', label: 'Other' },
      ],
      categories: [
        { key: '2010', label: '2010', values: { people: 10, other: 5 }, rowIds: ['2010'] },
        { key: '2011', label: '2011', values: { people: 10, other: 5 }, rowIds: ['2011'] },
      ],
    });
  });

  it('builds a theme → sub-theme tree; a sub-theme whose theme is filtered out becomes a root', () => {
    const ds = themes();
    const spec = resolveChart(ds, ds.rows, auto, 'en')!;
    const all = buildSeries(ds, ds.rows, spec, opts);
    expect(all.kind === 'tree' && all.nodes.map((n) => [n.key, n.children.map((c) => c.key)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
    ]);
    const some = buildSeries(
      ds,
      ds.rows.filter((r) => r.id !== 'a'),
      spec,
      opts,
    );
    expect(some.kind === 'tree' && some.nodes.map((n) => n.key)).toEqual(['b', 'a1', 'a2']);
  });

  it('never draws more than two points per pixel of plot width', () => {
    const ds = large(100_000);
    const spec = resolveChart(ds, ds.rows, { ...auto, type: 'line' }, 'en')!;
    const s = buildSeries(ds, ds.rows, spec, { ...opts, plotWidth: 300 });
    expect(markCount(s)).toBeLessThanOrEqual(600);
    expect(markCount(s)).toBeGreaterThan(100);
    const bars = buildSeries(ds, ds.rows, resolveChart(ds, ds.rows, { ...auto, type: 'bar', dimension: 'label' }, 'en')!, {
      ...opts,
      plotWidth: 10,
    });
    expect(markCount(bars)).toBeLessThanOrEqual(20);
  });
});
