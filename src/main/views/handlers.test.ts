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
  viewHandlers({ userDataDir: dir, dialogs, appVersion: '1', catalog, datasetOf: (id) => datasets.get(id), log: () => {}, now: fixedClock() });

describe('startup view', () => {
  it('is null on a first start', () => {
    expect(start().getStartupView(undefined)).toBeNull();
  });

  it("restores the last session's view after a restart", async () => {
    const last = stateFor('known', { tab: 'map', search: 'kenya' });
    await start().saveLastView({ state: last });
    expect(await start().getStartupView(undefined)).toEqual({ source: 'last-session', state: last, name: null, dataset: datasets.get('known') });
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
