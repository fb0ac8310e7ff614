import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { SavedView } from '../../../../src/shared/views/types';
import { BACKUP_FILE, STORE_FILE } from '../../../../src/main/views/load-store';
import { openViewStore } from '../../../../src/main/views/view-store';
import { buildStore, clock, compactViewStateArb, counter, essence, quietLog, scratchDir } from './views-fixture';

/** The 50-view store every matrix case damages (written by the store itself, seed fixed). */
export const fixture = buildStore(50);
export const fixtureText = fixture.storeBytes.toString('utf8');

export const byId = (views: readonly SavedView[]) => essence([...views].sort((a, b) => a.id.localeCompare(b.id)));

export type Outcome = { views: SavedView[]; files: Map<string, Buffer>; readOnly: boolean; canSave: boolean };

/** Folder for the cases of one test file; removed after it. */
export const matrixRoot = () => {
  const root = scratchDir('iom-matrix-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let caseNo = 0;
  /** Starts the real service on a folder holding `store` (and the backup when given), then tries a save. */
  return (store: Buffer, backup: Buffer | null, trySave = true): Outcome => {
    const dir = join(root, String(++caseNo));
    mkdirSync(dir);
    writeFileSync(join(dir, STORE_FILE), store);
    if (backup) writeFileSync(join(dir, BACKUP_FILE), backup);
    const service = openViewStore({ dir, appVersion: '1.0.0', log: quietLog, now: clock(), newId: counter('new') });
    const snap = service.snapshot();
    const files = new Map(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n))]));
    let canSave = !trySave;
    if (trySave && !snap.readOnly) {
      const [state] = fc.sample(compactViewStateArb, { numRuns: 1, seed: caseNo });
      canSave = state !== undefined && service.save('after recovery', state).views.length === snap.views.length + 1;
    }
    rmSync(dir, { recursive: true, force: true });
    return { views: snap.views, files, readOnly: snap.readOnly, canSave };
  };
};

/** The damaged bytes must still be on disk, unchanged (as the store itself or as a kept copy). */
export const keptByteIdentical = (o: Outcome, bad: Buffer) => [...o.files.values()].some((b) => b.equals(bad));

/** Byte offset just after each view's entry in the pretty-printed file (views are array items at 4 spaces). */
const entryEnds = fixture.views.map((v) => {
  const start = fixtureText.indexOf(`{\n      "id": ${JSON.stringify(v.id)}`);
  if (start < 0) throw new Error(`entry of ${v.id} not found: did the store format change?`);
  return Buffer.byteLength(fixtureText.slice(0, fixtureText.indexOf('\n    }', start) + 6));
});

/**
 * "Truncated at every byte", split over `shards` test files so vitest's workers share the ~17,000
 * starts of the service. Cut n belongs to shard n % shards.
 */
export const truncationSuite = (shard: number, shards: number) => {
  const startOn = matrixRoot();
  const cuts = Array.from({ length: fixture.storeBytes.length }, (_, n) => n).filter((n) => n % shards === shard);

  describe(`store truncated at every byte, shard ${shard + 1}/${shards} (${cuts.length} cuts of ${fixture.storeBytes.length})`, () => {
    it('with the backup of the last clean load: the service starts, keeps the bytes, all 50 views come back', () => {
      const all = byId(fixture.views);
      for (const cut of cuts) {
        const bad = fixture.storeBytes.subarray(0, cut);
        // Saving after each start doubles the cost: try it on every 10th cut.
        const o = startOn(bad, fixture.backupBytes, cut % 10 === shard);
        expect(keptByteIdentical(o, bad), `cut ${cut}: damaged file not kept`).toBe(true);
        expect(o.canSave, `cut ${cut}: the service cannot save`).toBe(true);
        expect(byId(o.views), `cut ${cut}`).toEqual(all);
      }
    }, 180_000);

    it('first load ever (no backup), every 7th cut: each view whose entry is complete comes back', () => {
      for (const cut of cuts.filter((c) => c % 7 === 0)) {
        const bad = fixture.storeBytes.subarray(0, cut);
        const o = startOn(bad, null, false);
        const complete = fixture.views.filter((_, i) => (entryEnds[i] ?? Infinity) <= cut);
        expect(keptByteIdentical(o, bad), `cut ${cut}`).toBe(true);
        expect(byId(o.views), `cut ${cut}`).toEqual(byId(complete));
      }
    }, 180_000);
  });
};
