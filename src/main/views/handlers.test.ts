import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dialogs } from '../dialogs';
import { health } from '../../../tests/support/shared/sample-datasets';
import { viewHandlers } from './handlers';
import { SESSION_FILE } from './last-session';
import { fixedClock, removeDir, stateFor, tempDir } from '../../../tests/support/main/views';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

const dialogs: Dialogs = { chooseOpenPath: async () => null, chooseSavePath: async () => null };
const catalog = new Map([
  ['known', new Set(['amount'])],
  ['other', new Set(['amount'])],
]);
const datasets = new Map([...catalog.keys()].map((id) => [id, { ...health(), id }]));
const start = () =>
  viewHandlers({
    userDataDir: dir,
    dialogs,
    appVersion: '1',
    catalog,
    datasetOf: (id) => datasets.get(id),
    log: () => {},
    now: fixedClock(),
  });

describe('startup view', () => {
  it('is null on a first start', () => {
    expect(start().getStartupView(undefined)).toBeNull();
  });

  it("restores the last session's view after a restart", async () => {
    const last = stateFor('known', { tab: 'map', search: 'kenya' });
    await start().saveLastView({ state: last });
    expect(await start().getStartupView(undefined)).toEqual({
      source: 'last-session',
      state: last,
      name: null,
      dataset: datasets.get('known'),
    });
  });

  it('prefers the pinned default view', async () => {
    const h = start();
    const snap = await h.saveView({ name: 'Pinned', state: stateFor('other', { tab: 'chart' }) });
    await h.setDefaultView({ id: snap.views[0]!.id });
    await h.saveLastView({ state: stateFor('known') });
    expect(await start().getStartupView(undefined)).toMatchObject({
      source: 'default',
      name: 'Pinned',
      state: { datasetId: 'other', tab: 'chart' },
      dataset: { id: 'other' },
    });
  });

  it('skips views of datasets this build does not ship', async () => {
    const h = start();
    const snap = await h.saveView({ name: 'Gone', state: stateFor('retired-dataset') });
    await h.setDefaultView({ id: snap.views[0]!.id });
    await h.saveLastView({ state: stateFor('known', { search: 'x' }) });
    expect(await start().getStartupView(undefined)).toMatchObject({ source: 'last-session', state: { search: 'x' } });
  });

  it('ignores an unusable session file, and never overwrites a newer one', async () => {
    writeFileSync(join(dir, SESSION_FILE), '{"schemaVersion":1,"state":{"version":1,"datasetId":"known","tab":"nope"}}');
    expect(await start().getStartupView(undefined)).toBeNull();
    const newer = '{"schemaVersion":7,"state":{}}';
    writeFileSync(join(dir, SESSION_FILE), newer);
    await start().saveLastView({ state: stateFor('known') });
    expect(readFileSync(join(dir, SESSION_FILE), 'utf8')).toBe(newer);
  });
});

describe('views of datasets this build does not ship', () => {
  const seed = async () => {
    const h = start();
    await h.saveView({ name: 'Kept', state: stateFor('known') });
    await h.saveView({ name: 'From another version', state: stateFor('retired-dataset', { tab: 'chart' }) });
  };

  it('stay in the store and are listed, marked unavailable, after a restart and further saves', async () => {
    await seed();
    const h = start();
    await h.saveView({ name: 'New', state: stateFor('other') });
    const { views } = await h.listViews(undefined);
    expect(views.map((v) => [v.name, v.unavailable])).toEqual([
      ['Kept', undefined],
      ['From another version', 'dataset-not-bundled'],
      ['New', undefined],
    ]);
    // On disk the view is as it was saved: the mark is never written.
    const file = JSON.parse(readFileSync(join(dir, 'saved-views.json'), 'utf8')) as {
      views: { name: string; state: { tab: string } }[];
    };
    expect(file.views.map((v) => v.name)).toEqual(['Kept', 'From another version', 'New']);
    expect(file.views[1]).toMatchObject({ state: { datasetId: 'retired-dataset', tab: 'chart' } });
    expect(JSON.stringify(file)).not.toContain('unavailable');
  });

  it('go into an "export all" backup, unmarked, so the version that has the data restores them', async () => {
    await seed();
    const out = join(dir, 'backup.iomview');
    const h = viewHandlers({
      userDataDir: dir,
      dialogs: { ...dialogs, chooseSavePath: async () => out },
      appVersion: '1',
      catalog,
      datasetOf: (id) => datasets.get(id),
      log: () => {},
      now: fixedClock(),
    });
    expect(await h.exportViewFile(undefined)).toMatchObject({ count: 2 });
    const backup = JSON.parse(readFileSync(out, 'utf8')) as { views: { name: string; state: { datasetId: string } }[] };
    expect(backup.views.map((v) => [v.name, v.state.datasetId])).toEqual([
      ['Kept', 'known'],
      ['From another version', 'retired-dataset'],
    ]);
    expect(JSON.stringify(backup)).not.toContain('unavailable');
  });
});
