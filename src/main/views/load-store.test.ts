import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FILE, STORE_FILE, STORE_NAME, loadStore } from './load-store';
import { lazyJsonStore, openConfStore } from './json-store';
import { serializeStore, STORE_SCHEMA_VERSION } from './store-format';
import { filesIn, fixedClock, removeDir, stateFor, tempDir } from '../../../tests/support/main/views';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

const open = () => loadStore({ dir, appVersion: '1.0.0', now: fixedClock(), log: () => {}, writeStore: lazyJsonStore(openConfStore, dir, STORE_NAME) });
const storePath = () => join(dir, STORE_FILE);
const views = [
  { id: 'a', name: 'Alpha', state: stateFor('ds', { tab: 'chart' }), createdAt: null },
  { id: 'b', name: 'Beta', state: stateFor('ds', { search: 'haiti' }), createdAt: null },
];
const goodText = serializeStore({ views, defaultViewId: 'b' }, '1.0.0');

describe('loadStore', () => {
  it('starts empty and writes nothing when there is no file', () => {
    expect(open()).toEqual({ content: { views: [], defaultViewId: null }, readOnly: false, notices: [] });
    expect(filesIn(dir)).toEqual([]);
  });

  it('loads a clean file and only then refreshes the backup', () => {
    writeFileSync(storePath(), goodText);
    const r = open();
    expect(r.notices).toEqual([]);
    expect(r.content.views.map((v) => v.name)).toEqual(['Alpha', 'Beta']);
    expect(r.content.defaultViewId).toBe('b');
    expect(readFileSync(join(dir, BACKUP_FILE), 'utf8')).toBe(goodText);
  });

  it('removes temp files left by a killed write, and only those', () => {
    writeFileSync(storePath(), goodText);
    writeFileSync(`${storePath()}.tmp-17325400000a1b2c`, '{"half');
    writeFileSync(`${join(dir, BACKUP_FILE)}.tmp-1732540001ffffff`, '{"half');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    open();
    expect(filesIn(dir)).toEqual(['notes.txt', BACKUP_FILE, STORE_FILE]);
  });

  const corruptCases: [string, string][] = [
    ['empty file', ''],
    ['truncated JSON', goodText.slice(0, goodText.indexOf('Beta') - 20)],
    ['binary garbage', '\u0000\u0001\u00ff\ufffd'],
    ['JSON array', '[1,2,3]'],
    ['no schemaVersion', '{"views":[]}'],
    ['prototype pollution', goodText.replace('"views"', '"__proto__": {"polluted": true}, "views"')],
  ];
  for (const [label, text] of corruptCases) {
    it(`recovers from ${label}: original kept byte-identical, store rewritten, user told`, () => {
      writeFileSync(storePath(), text, 'latin1');
      const original = readFileSync(storePath());
      const r = open();
      const notice = r.notices[0];
      expect(notice?.kind).toBe('recovered');
      if (notice?.kind !== 'recovered') return;
      expect(readFileSync(join(dir, notice.keptAs))).toEqual(original);
      expect(notice.keptAs).toMatch(/^saved-views\.corrupt-2026-11-25T10-00-0\d-000Z\.json$/);
      expect(r.readOnly).toBe(false);
      // The rewritten store loads cleanly next time, with the same views.
      const again = open();
      expect(again.notices).toEqual([]);
      expect(again.content.views).toEqual(r.content.views);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('salvages the complete views of a truncated file', () => {
    writeFileSync(storePath(), goodText.slice(0, goodText.indexOf('Beta') - 20));
    const r = open();
    expect(r.content.views.map((v) => v.name)).toEqual(['Alpha']);
  });

  it('adds views from the backup of the last clean load when the file is unreadable JSON', () => {
    writeFileSync(storePath(), goodText);
    open(); // clean load → backup
    writeFileSync(storePath(), '{ not json');
    const r = open();
    expect(r.content.views.map((v) => v.name)).toEqual(['Alpha', 'Beta']);
    expect(r.notices[0]).toMatchObject({ kind: 'recovered', salvaged: 2, fromBackup: 2 });
  });

  it('does not refresh the backup from a load that needed salvage', () => {
    writeFileSync(storePath(), goodText);
    open();
    const bad = goodText.replace('"tab": "chart"', '"tab": "hologram"');
    writeFileSync(storePath(), bad);
    const r = open();
    expect(r.content.views.map((v) => v.name)).toEqual(['Beta']);
    expect(r.notices[0]).toMatchObject({ kind: 'recovered', salvaged: 1, fromBackup: 0 });
    if (r.notices[0]?.kind === 'recovered') expect(r.notices[0].problems[0]).toMatch(/Alpha.*tab/);
    expect(readFileSync(join(dir, BACKUP_FILE), 'utf8')).toBe(goodText);
  });

  it('opens a store from a newer version read-only and never touches it', () => {
    const newer = goodText
      .replace(`"schemaVersion": ${STORE_SCHEMA_VERSION}`, `"schemaVersion": ${STORE_SCHEMA_VERSION + 1}`)
      .replace('"appVersion": "1.0.0"', '"appVersion": "9.0.0"');
    writeFileSync(storePath(), newer);
    const r = open();
    expect(r.readOnly).toBe(true);
    expect(r.notices).toEqual([{ kind: 'newer-version', schemaVersion: STORE_SCHEMA_VERSION + 1, appVersion: '9.0.0' }]);
    expect(r.content.views.map((v) => v.name)).toEqual(['Alpha', 'Beta']);
    expect(filesIn(dir)).toEqual([STORE_FILE]);
    expect(readFileSync(storePath(), 'utf8')).toBe(newer);
  });

  it('migrates a v1 file, keeping the original beside it', () => {
    const v1 = JSON.stringify({
      schemaVersion: 1,
      views: [{ name: 'Old', state: { version: 1, datasetId: 'ds' } }],
      pinned: 'Old',
    });
    writeFileSync(storePath(), v1);
    const r = open();
    expect(r.notices).toEqual([]);
    expect(r.content.views.map((v) => v.name)).toEqual(['Old']);
    expect(r.content.defaultViewId).toBe('v1-1');
    const kept = filesIn(dir).find((f) => f.startsWith('saved-views.v1-'));
    expect(kept && readFileSync(join(dir, kept), 'utf8')).toBe(v1);
    expect(JSON.parse(readFileSync(storePath(), 'utf8'))).toMatchObject({ schemaVersion: STORE_SCHEMA_VERSION });
  });

  it('stays read-only when the store cannot be read (here: a folder where the file should be)', () => {
    mkdirSync(storePath());
    writeFileSync(join(storePath(), 'inside'), 'x');
    const r = open();
    expect(r.readOnly).toBe(true);
    expect(r.notices[0]?.kind).toBe('unreadable');
    expect(filesIn(storePath())).toEqual(['inside']);
  });
});
