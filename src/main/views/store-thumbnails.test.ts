import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromSaved } from '../../shared/saved-view-state';
import { thumbnailOf } from '../../shared/view/thumbnail-of';
import { thumbnailSchema } from '../../shared/view/thumbnail';
import type { ViewState } from '../../shared/view-state';
import { catalog } from '../../../tests/support/main/datasets';
import { counterIds, fixedClock, removeDir, stateFor, tempDir } from '../../../tests/support/main/views';
import { countryCentre } from './country-centres';
import { STORE_FILE } from './load-store';
import { STORE_SCHEMA_VERSION } from './store-format';
import { openViewStore } from './view-store';

/** Written by the v2 app (store schema 2, before thumbnails): seven views of bundled data, one of a later edition, a pin. */
const FIXTURE = new URL('../../../tests/support/fixtures/saved-views-store-v2.json', import.meta.url);
const fixtureText = readFileSync(FIXTURE, 'utf8');
type FixtureView = { id: string; name: string; state: Record<string, unknown>; createdAt: string };
const fixture = JSON.parse(fixtureText) as { schemaVersion: number; views: FixtureView[]; defaultViewId: string };

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

const thumbnailOfBundled = (state: ViewState) => {
  const ds = catalog.datasets.get(state.datasetId);
  return ds
    ? thumbnailOf(ds, state, { countryRegions: catalog.datasets.get('country-regions') ?? null, centreOf: countryCentre })
    : null;
};
const open = (thumbs = thumbnailOfBundled) =>
  openViewStore({
    dir,
    appVersion: '9.9.9',
    log: () => {},
    now: fixedClock(),
    newId: counterIds(),
    thumbnailOf: thumbs,
    isBundled: (id) => catalog.datasets.has(id),
  });
const onDisk = () =>
  JSON.parse(readFileSync(join(dir, STORE_FILE), 'utf8')) as { schemaVersion: number; views: Record<string, unknown>[] };

describe('a store written by the v2 app (fixture)', () => {
  it('is the version before thumbnails', () => {
    expect(fixture.schemaVersion).toBe(2);
    expect(STORE_SCHEMA_VERSION).toBe(3);
  });

  it('opens after the migration with every view intact: ids, names, states, dates and the pin', () => {
    writeFileSync(join(dir, STORE_FILE), fixtureText);
    const snap = open().snapshot();
    expect(snap.notices).toEqual([]);
    expect(snap.readOnly).toBe(false);
    expect(snap.defaultViewId).toBe(fixture.defaultViewId);
    expect(snap.views.map((v) => ({ id: v.id, name: v.name, state: v.state, createdAt: v.createdAt }))).toEqual(
      fixture.views.map((v) => {
        const state = fromSaved(v.state);
        if (!state.ok) throw new Error(state.message);
        return { id: v.id, name: v.name, state: state.state, createdAt: v.createdAt };
      }),
    );
  });

  it('gives every view of bundled data its thumbnail, written with the migration; keeps the rest as they were', () => {
    writeFileSync(join(dir, STORE_FILE), fixtureText);
    const snap = open().snapshot();
    const later = snap.views.find((v) => v.id === 'fixture-8');
    expect(later?.unavailable).toBe('dataset-not-bundled');
    expect(later?.thumbnail).toBeUndefined();
    for (const v of snap.views.filter((x) => x.id !== 'fixture-8')) {
      expect(v.thumbnail, v.name).toEqual(thumbnailOfBundled(v.state));
      expect(thumbnailSchema.safeParse(v.thumbnail).success).toBe(true);
    }
    expect(snap.views.find((v) => v.id === 'fixture-1')?.thumbnail?.kind).toBe('map');
    expect(snap.views.find((v) => v.id === 'fixture-4')?.thumbnail?.kind).toBe('treemap');
    const file = onDisk();
    expect(file.schemaVersion).toBe(3);
    expect(file.views.filter((v) => v.thumbnail !== undefined)).toHaveLength(7);
    // The v2 file itself is kept, byte for byte, beside the store.
    const copy = readdirSync(dir).find((f) => /^saved-views\.v2-.*\.json$/.test(f));
    expect(copy && readFileSync(join(dir, copy), 'utf8')).toBe(fixtureText);
  });

  it('reopens the same after the migration (nothing drawn again, nothing lost)', () => {
    writeFileSync(join(dir, STORE_FILE), fixtureText);
    const first = open().snapshot();
    let drawn = 0;
    const again = open((s) => {
      drawn++;
      return thumbnailOfBundled(s);
    }).snapshot();
    expect(again.views).toEqual(first.views);
    // Only the view of the unbundled dataset is tried again (it has none).
    expect(drawn).toBe(1);
  });
});

describe('thumbnails in the store', () => {
  it('are drawn by main when a view is saved or imported, and kept with it', () => {
    const s = open();
    s.save('Agencies', stateFor('contributions-by-agency', { tab: 'chart' }));
    s.addMany([{ name: 'Health', state: stateFor('health-assessments', { tab: 'map' }) }]);
    expect(
      open()
        .snapshot()
        .views.map((v) => v.thumbnail?.kind),
    ).toEqual(['bar', 'map']);
    // On disk, each as one line of JSON.
    expect(onDisk().views.map((v) => (JSON.parse(v.thumbnail as string) as { kind: string }).kind)).toEqual(['bar', 'map']);
  });

  it('is drawn again when a view is replaced by the one on screen', () => {
    const s = open();
    const id = s.save('Agencies', stateFor('contributions-by-agency', { tab: 'chart' })).views[0]?.id ?? '';
    expect(s.replace(id, stateFor('health-assessments', { tab: 'map' })).views[0]?.thumbnail?.kind).toBe('map');
    expect(open().snapshot().views[0]?.thumbnail).toEqual(thumbnailOfBundled(stateFor('health-assessments', { tab: 'map' })));
  });

  it('a bad one on disk is dropped and drawn again, never costing the view or raising a notice', () => {
    open().save('Agencies', stateFor('contributions-by-agency', { tab: 'chart' }));
    const file = onDisk();
    const good = file.views[0]?.thumbnail;
    for (const bad of [
      { kind: 'bar', values: [7] },
      { kind: 'raster', src: 'data:,x' },
      'x',
      null,
      { kind: 'bar', values: [1], more: 1 },
    ]) {
      writeFileSync(join(dir, STORE_FILE), JSON.stringify({ ...file, views: [{ ...file.views[0], thumbnail: bad }] }));
      const snap = open().snapshot();
      expect(snap.notices, JSON.stringify(bad)).toEqual([]);
      expect(snap.views.map((v) => v.name)).toEqual(['Agencies']);
      expect(JSON.stringify(snap.views[0]?.thumbnail)).toEqual(good);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('one that main cannot draw (a throwing or invalid result) leaves the view without one', () => {
    const s = open(() => {
      throw new Error('boom');
    });
    expect(s.save('A', stateFor('contributions-by-agency')).views[0]?.thumbnail).toBeUndefined();
    const t = open(() => ({ kind: 'bar', values: [2] }) as never);
    expect(t.save('B', stateFor('contributions-by-agency')).views[1]?.thumbnail).toBeUndefined();
  });
});
