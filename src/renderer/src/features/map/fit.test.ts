/** Maps fitted to their data and labelled without overlap, for every bundled map dataset and every export size. */
import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { bundledDatasets as datasets } from '../../../../../tests/support/renderer/bundled-datasets';
import { PRESETS, SLIDE_FIGURE } from '../../../../shared/export/composer-presets';
import { intersects } from '../../../../shared/view/labels';
import { layoutMapLabels, SMALL_COUNTRY } from '../../../../shared/view/map-labels';
import { isGeographic, valuesByCountry } from '../../../../shared/view/map-data';
import { measureFields } from '../../../../shared/view/fields';
import { countryName } from '../../../../shared/countries';
import type { Viewport } from './projection';
import { loadCountries, type CountryShape } from './geometry';
import { byAtlasId } from './codes';
import { DEFAULT_VIEWPORT, fitViewport, fitParts, MAX_FIT_ZOOM, mapHeight, mapProjection, projectOutlines } from './projection';

// Every bundled dataset the map can draw by country, with the ids of the countries that have a figure.
const mapped = datasets
  .filter((d) => isGeographic(d) && d.fields.some((f) => f.type === 'iso3'))
  // The lookup table of regions is not shown as a map of its own.
  .filter((d) => d.id !== 'country-regions')
  .map((d) => {
    const values = byAtlasId(valuesByCountry(d, d.rows, measureFields(d)[0] ?? null, (r) => r.id));
    // A country listed without a figure is on the map too (it can be selected): the fit takes it in.
    return { id: d.id, values, ids: new Set(values.keys()) };
  })
  // Datasets with a country column but no country in it (visa centres by city, orientation abroad…) draw no map.
  .filter((d) => d.ids.size > 0);
// On screen (the map's own shape at three widths) and in every composer size: the fit must hold in any frame.
const frames = [
  ...[794, 1024, 1366].map((w) => ({ name: `screen ${w}`, width: w, height: mapHeight(w) })),
  ...Object.entries(PRESETS).map(([name, s]) => ({ name, ...s })),
  { name: 'slide figure', ...SLIDE_FIGURE },
];

const boxIn = (shapes: readonly CountryShape[], id: string, width: number, height: number, vp: Viewport) => {
  const shape = shapes.find((s) => s.id === id);
  if (!shape) throw new Error(`no shape for ${id}`);
  return geoPath(mapProjection(width, vp, height)).bounds({ type: 'FeatureCollection', features: fitParts(shape.feature) });
};

describe('maps fitted to their data', async () => {
  const shapes = await loadCountries('110m');
  it('there are map datasets to test', () => expect(mapped.length).toBeGreaterThanOrEqual(2));

  for (const d of mapped)
    for (const f of frames)
      it(`${d.id}, ${f.name} (${f.width}×${f.height}): every country with data (its main land masses, Russia west of 180°) is inside the frame, and fills it`, () => {
        // null: the countries span the world, which is then shown whole.
        const fit = fitViewport(shapes, d.ids, f.width, f.height);
        const vp = fit ?? DEFAULT_VIEWPORT;
        const all = [Infinity, Infinity, -Infinity, -Infinity];
        for (const id of d.ids) {
          if (!shapes.some((s) => s.id === id)) continue; // a country too small for the 110m atlas
          const [[x0, y0], [x1, y1]] = boxIn(shapes, id, f.width, f.height, vp);
          expect(x0, id).toBeGreaterThanOrEqual(-0.5);
          expect(y0, id).toBeGreaterThanOrEqual(-0.5);
          expect(x1, id).toBeLessThanOrEqual(f.width + 0.5);
          expect(y1, id).toBeLessThanOrEqual(f.height + 0.5);
          all.splice(0, 4, Math.min(all[0]!, x0), Math.min(all[1]!, y0), Math.max(all[2]!, x1), Math.max(all[3]!, y1));
        }
        // The countries fill the frame (one side of their extent spans it, less the margins), unless
        // the zoom cap stopped the fit first.
        const share = Math.max((all[2]! - all[0]!) / f.width, (all[3]! - all[1]!) / f.height);
        if (fit && fit.zoom < MAX_FIT_ZOOM) expect(share).toBeGreaterThan(0.8);
        if (!fit) expect(share).toBeGreaterThan(0.5);
      });

  it('the health assessments (nine countries, Asia to Europe) are fitted, not the whole world', () => {
    const health = mapped.find((d) => d.id === 'health-assessments');
    expect(health?.ids.size).toBeGreaterThanOrEqual(5);
    expect(fitViewport(shapes, health?.ids ?? new Set(), 1024)?.zoom).toBeGreaterThan(1.5);
  });
  it('a single small country is fitted with a zoom cap, not blown up to fill the screen', () => {
    const vp = fitViewport(shapes, new Set(['332']), 800);
    expect(vp?.zoom).toBeLessThanOrEqual(12);
    expect(vp?.zoom).toBeGreaterThan(3);
  });
  it('no country, or countries all round the world: no fit (the whole world)', () => {
    expect(fitViewport(shapes, new Set(), 800)).toBeNull();
    expect(fitViewport(shapes, new Set(['010', '124']), 800)).toBeNull(); // Antarctica spans every longitude
  });
});

describe('map labels', async () => {
  const shapes = await loadCountries('110m');
  for (const d of mapped)
    for (const f of frames)
      for (const lang of ['en', 'fr'] as const)
        it(`${d.id}, ${f.name}, ${lang}: no two label boxes meet, none leaves the frame or covers a marker; small countries get a marker`, () => {
          const vp = fitViewport(shapes, d.ids, f.width, f.height) ?? { center: [0, 20] as [number, number], zoom: 1 };
          // projectOutlines draws at the map's own shape; a frame of another shape is drawn at its own height.
          const outlines = projectOutlines(shapes, f.width, vp, d.ids).map((o) => ({ ...o, ...project(o.id, f, vp) }));
          const items = outlines.flatMap((o) => {
            const v = d.values.get(o.id);
            return v && o.box ? [{ id: o.id, centroid: o.centroid, box: o.box, name: countryName(v.iso3, lang), value: v.value === null ? '' : String(v.value), n: v.value ?? -1 }] : [];
          });
          items.sort((a, b) => b.n - a.n);
          const { labels, markers } = layoutMapLabels(items, f.width, f.height);
          expect(labels.length).toBeGreaterThan(0);
          for (const [i, a] of labels.entries()) {
            expect(a.box.x).toBeGreaterThanOrEqual(0);
            expect(a.box.y).toBeGreaterThanOrEqual(0);
            expect(a.box.x + a.box.width).toBeLessThanOrEqual(f.width);
            expect(a.box.y + a.box.height).toBeLessThanOrEqual(f.height);
            for (const b of labels.slice(i + 1)) expect(intersects(a.box, b.box), `${a.lines[0]} / ${b.lines[0]}`).toBe(false);
            for (const m of markers)
              expect(intersects(a.box, { x: m.cx - m.r, y: m.cy - m.r, width: 2 * m.r, height: 2 * m.r }), `${a.lines[0]} on a marker`).toBe(false);
          }
          for (const it of items)
            if (it.box[1][0] - it.box[0][0] < SMALL_COUNTRY && it.box[1][1] - it.box[0][1] < SMALL_COUNTRY)
              expect(markers.some((m) => m.id === it.id), it.name).toBe(true);
        });

  const project = (id: string, f: { width: number; height: number }, vp: { center: [number, number]; zoom: number }) => {
    const shape = shapes.find((s) => s.id === id);
    const path = geoPath(mapProjection(f.width, vp, f.height));
    return shape ? { centroid: path.centroid(shape.feature), box: path.bounds(shape.feature) } : {};
  };

  it('puts a label beside a small country’s marker, and drops a label that has no room', () => {
    const tiny = { id: 'a', centroid: [100, 100] as [number, number], box: [[98, 98], [102, 102]] as [[number, number], [number, number]], name: 'Moldova', value: '1,234' };
    const near = { ...tiny, id: 'b', centroid: [104, 100] as [number, number], box: [[102, 98], [106, 102]] as [[number, number], [number, number]], name: 'Ukraine' };
    const { labels, markers } = layoutMapLabels([tiny, near], 300, 200, 12);
    expect(markers.map((m) => m.id)).toEqual(['a', 'b']);
    // Beside its marker, never over it.
    const a = labels.find((l) => l.id === 'a')?.box;
    expect(a && (a.x > 104.5 || a.x + a.width < 95.5 || a.y > 104.5 || a.y + a.height < 95.5)).toBe(true);
    // The frame is too small for a second label anywhere around: only one is kept.
    expect(layoutMapLabels([tiny, near], 160, 140, 12).labels.length).toBeLessThanOrEqual(2);
    expect(layoutMapLabels([{ ...tiny, centroid: [5, 5], box: [[3, 3], [7, 7]] }], 40, 20, 12).labels).toEqual([]);
  });
});
