import { describe, expect, it } from 'vitest';
import { catalog, datasets, getDataset } from '../../../tests/support/main/datasets';
import { countryCentre } from './country-centres';
import { defaultViewState } from '../../shared/default-view-state';
import { PRESETS, presetView } from '../../shared/presets';
import type { ViewState } from '../../shared/view-state';
import { THUMBNAIL_MAX_CHARS, thumbnailSchema, type Thumbnail } from '../../shared/view/thumbnail';
import { framePosition, thumbnailOf, type ThumbnailContext } from '../../shared/view/thumbnail-of';

const context: ThumbnailContext = { countryRegions: catalog.datasets.get('country-regions') ?? null, centreOf: countryCentre };
const view = (datasetId: string, patch: Partial<ViewState> = {}): ViewState => ({ ...defaultViewState(datasetId), ...patch });
const thumb = (datasetId: string, patch: Partial<ViewState> = {}) =>
  thumbnailOf(getDataset(datasetId), view(datasetId, patch), context);
const chart = (type: ViewState['chart']['type']) => ({ type, measure: null, dimension: null, stack: null });

describe('thumbnailOf', () => {
  it('gives every report figure and every tab of every bundled dataset a valid thumbnail within the cap', () => {
    const states = [
      ...PRESETS.map(presetView),
      ...datasets.flatMap((d) => (['table', 'chart', 'map'] as const).map((tab) => view(d.id, { tab }))),
    ];
    for (const state of states) {
      const t = thumbnailOf(getDataset(state.datasetId), state, context);
      expect(thumbnailSchema.safeParse(t).success, `${state.datasetId} ${state.tab}`).toBe(true);
      expect(JSON.stringify(t).length).toBeLessThanOrEqual(THUMBNAIL_MAX_CHARS);
    }
  });

  it('is pure: the same view gives the same thumbnail', () => {
    expect(thumb('contributions-by-agency', { tab: 'chart' })).toEqual(thumb('contributions-by-agency', { tab: 'chart' }));
  });

  it('draws the chart type the view shows, bars scaled to the longest', () => {
    const bars = thumb('contributions-by-agency', { tab: 'chart', chart: chart('bar') });
    expect(bars.kind).toBe('bar');
    if (bars.kind !== 'bar') return;
    expect(Math.max(...bars.values)).toBe(1);
    expect(bars.values.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(thumb('contributions-by-agency', { tab: 'chart', chart: chart('column') }).kind).toBe('column');
    const pie = thumb('contributions-by-agency', { tab: 'chart', chart: chart('donut') });
    expect(pie).toMatchObject({ kind: 'pie', hole: true });
    if (pie.kind === 'pie') expect(pie.values.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 1);
  });

  it('follows the view’s filters: fewer agencies, fewer bars', () => {
    const ds = getDataset('contributions-by-agency');
    const dim = ds.fields.find((f) => f.role === 'dimension' && f.type === 'text');
    if (!dim) throw new Error('no text dimension');
    const two = ds.rows.slice(0, 2).map((r) => String(r.values[dim.key]));
    const all = thumb(ds.id, { tab: 'chart', chart: chart('bar') });
    const some = thumb(ds.id, { tab: 'chart', chart: chart('bar'), filters: [{ kind: 'values', field: dim.key, values: two }] });
    expect(all.kind === 'bar' && all.values.length).toBeGreaterThan(2);
    expect(some.kind === 'bar' && some.values.length).toBe(2);
  });

  it('draws a line over time as its points from zero up', () => {
    const t = thumb('assisted-movements-by-year', { tab: 'chart', chart: chart('line') });
    expect(t.kind).toBe('line');
    if (t.kind === 'line') expect(Math.max(...t.lines.flat())).toBe(1);
  });

  it('puts a country map’s dots where the countries are, the biggest values darkest', () => {
    const t = thumb('health-assessments', { tab: 'map' });
    expect(t.kind).toBe('map');
    if (t.kind !== 'map') return;
    expect(t.regions).toBe(false);
    const ds = getDataset('health-assessments');
    const iso = ds.fields.find((f) => f.type === 'iso3');
    const countries = new Set(ds.rows.flatMap((r) => (iso ? [r.values[iso.key]].flat() : [])));
    expect(t.dots).toHaveLength(countries.size);
    const [lon, lat] = countryCentre('PAK') ?? [0, 0];
    const pakistan = framePosition(lon, lat);
    expect(t.dots.some(([x, y]) => x === pakistan[0] && y === pakistan[1])).toBe(true);
    expect(t.dots[0]?.[2]).toBe(Math.max(...t.dots.map((d) => d[2])));
  });

  it('gives a region map one dot per region', () => {
    const t = thumb('contributions-by-region', { tab: 'map' });
    expect(t).toMatchObject({ kind: 'map', regions: true });
    // Global is not a place (see valuesByRegion): five regions.
    if (t.kind === 'map') expect(t.dots.length).toBe(5);
  });

  it('falls back to the table where the tab cannot draw (a map of data without places)', () => {
    expect(thumb('contributions-by-agency', { tab: 'map' }).kind).toBe('table');
    const t = thumb('contributions-by-agency', { tab: 'table' });
    expect(t).toMatchObject({ kind: 'table', rows: getDataset('contributions-by-agency').rows.length });
  });
});

describe('thumbnail schema', () => {
  const valid: Thumbnail = { kind: 'bar', values: [1, 0.5] };
  it('accepts what thumbnailOf makes and refuses what it never would', () => {
    expect(thumbnailSchema.safeParse(valid).success).toBe(true);
    for (const bad of [
      { kind: 'bar', values: [1.5] },
      { kind: 'bar', values: [] },
      { kind: 'bar', values: Array.from({ length: 25 }, () => 1) },
      { kind: 'pie', values: [0.5, 0.5] },
      { kind: 'map', dots: [[0.5, 0.5, 6]], regions: false },
      { kind: 'line', lines: [[0.5]] },
      { kind: 'bar', values: [1], extra: 'x' },
      { kind: 'raster', src: 'data:image/png;base64,AAAA' },
      null,
      'bar',
    ])
      expect(thumbnailSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('caps the size of what it accepts', () => {
    const big = { kind: 'map', regions: false, dots: Array.from({ length: 60 }, () => [1 / 3, 1 / 3, 1]) };
    expect(JSON.stringify(big).length).toBeGreaterThan(THUMBNAIL_MAX_CHARS);
    expect(thumbnailSchema.safeParse(big).success).toBe(false);
  });
});
