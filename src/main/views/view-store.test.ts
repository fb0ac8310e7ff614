import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/result';
import { STORE_FILE } from './load-store';
import { openViewStore } from './view-store';
import { counterIds, fixedClock, removeDir, stateFor, tempDir } from '../../../tests/support/main/views';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

const open = () => openViewStore({ dir, appVersion: '1.0.0', log: () => {}, now: fixedClock(), newId: counterIds() });
const names = (s: { views: { name: string }[] }) => s.views.map((v) => v.name);
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? e.code : 'other';
  }
  return 'none';
};

describe('view store', () => {
  it('saves views that survive a restart with the same state', () => {
    const state = stateFor('ds', { tab: 'map', search: 'Kenya', sort: { field: 'amount', dir: 'desc' } });
    open().save('Map of Kenya', state);
    const again = open().snapshot();
    expect(names(again)).toEqual(['Map of Kenya']);
    expect(again.views[0]?.state).toEqual(state);
  });

  it('gives clashing names " (2)", " (3)"', () => {
    const s = open();
    s.save('A', stateFor('ds'));
    s.save('A', stateFor('ds'));
    expect(names(s.save('a', stateFor('ds')))).toEqual(['A', 'A (2)', 'a (3)']);
  });

  it('replaces a view\'s state in place, keeping its id, name and place, dated now', () => {
    let t = Date.UTC(2026, 0, 1);
    const s = openViewStore({ dir, appVersion: '1.0.0', log: () => {}, now: () => new Date((t += 60_000)), newId: counterIds() });
    s.save('One', stateFor('ds'));
    s.save('Two', stateFor('ds'));
    const before = s.snapshot().views[0]?.createdAt;
    s.replace('id-1', stateFor('ds', { tab: 'chart' }));
    const again = open().snapshot();
    expect(again.views.map((v) => [v.id, v.name, v.state.tab])).toEqual([
      ['id-1', 'One', 'chart'],
      ['id-2', 'Two', 'table'],
    ]);
    expect(again.views[0]?.createdAt).not.toBe(before);
    expect(codeOf(() => s.replace('nope', stateFor('ds')))).toBe('NOT_FOUND');
  });

  it('renames, reorders and pins, all persisted', () => {
    const s = open();
    s.save('One', stateFor('ds'));
    s.save('Two', stateFor('ds'));
    s.rename('id-1', 'First');
    s.reorder(['id-2', 'id-1']);
    s.setDefault('id-1');
    const again = open().snapshot();
    expect(names(again)).toEqual(['Two', 'First']);
    expect(again.defaultViewId).toBe('id-1');
  });

  it('refuses a reorder that is not a permutation of the views', () => {
    const s = open();
    s.save('One', stateFor('ds'));
    s.save('Two', stateFor('ds'));
    expect(codeOf(() => s.reorder(['id-1']))).toBe('NOT_FOUND');
    expect(codeOf(() => s.reorder(['id-1', 'id-1']))).toBe('NOT_FOUND');
    expect(names(s.snapshot())).toEqual(['One', 'Two']);
  });

  it('undoes a delete at the same place, pin included', () => {
    const s = open();
    for (const n of ['A', 'B', 'C']) s.save(n, stateFor('ds'));
    s.setDefault('id-2');
    const after = s.remove('id-2');
    expect(names(after)).toEqual(['A', 'C']);
    expect(after.defaultViewId).toBeNull();
    const restored = s.undoRemove('id-2');
    expect(names(restored)).toEqual(['A', 'B', 'C']);
    expect(restored.defaultViewId).toBe('id-2');
    expect(codeOf(() => s.undoRemove('id-2'))).toBe('NOT_FOUND');
  });

  it('changes nothing in memory when the write fails', () => {
    const s = open();
    s.save('Kept', stateFor('ds'));
    // A folder where the file should be: the rename fails, even for root.
    rmSync(join(dir, STORE_FILE));
    mkdirSync(join(dir, STORE_FILE));
    expect(codeOf(() => s.save('Lost', stateFor('ds')))).toBe('IO_ERROR');
    expect(names(s.snapshot())).toEqual(['Kept']);
  });

  it('is read-only for a newer store: every write fails with STORE_READ_ONLY and the file stays as it was', () => {
    const newer = JSON.stringify({ schemaVersion: 99, appVersion: '9', views: [], defaultViewId: null });
    writeFileSync(join(dir, STORE_FILE), newer);
    const s = open();
    expect(s.snapshot().readOnly).toBe(true);
    expect(codeOf(() => s.save('X', stateFor('ds')))).toBe('STORE_READ_ONLY');
    expect(codeOf(() => s.addMany([{ name: 'X', state: stateFor('ds') }]))).toBe('STORE_READ_ONLY');
    expect(readFileSync(join(dir, STORE_FILE), 'utf8')).toBe(newer);
  });

  it('dismisses notices for the session only', () => {
    writeFileSync(join(dir, STORE_FILE), '{broken');
    const s = open();
    expect(s.snapshot().notices).toHaveLength(1);
    expect(s.dismissNotices().notices).toEqual([]);
  });
});
