import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dialogs } from '../dialogs';
import { contract } from '../../shared/ipc/contract';
import type { ViewsSnapshot } from '../../shared/views/types';
import { defaultViewState } from '../../shared/default-view-state';
import { createFuzzApp, GOOD_SENDER, type FuzzApp } from '../../../tests/support/main/fuzz/app';
import { isResult } from '../../../tests/support/main/fuzz/result-shape';
import { isPolluted, prototypeFingerprint, snapshotDir } from '../../../tests/support/main/fuzz/snapshot';
import { bundledCatalog, importInputArb, viewFileText, viewSetArb } from '../../../tests/support/main/fuzz/view-file-arb';
import { parseViewFile } from '../../shared/view-file';
import { clock, counter, essence, quietLog, scratchDir } from '../../../tests/support/main/fuzz/views-fixture';
import { STORE_FILE } from './load-store';
import { viewFileService } from './view-files';
import { openViewStore } from './view-store';

const RUNS = Number(process.env.IMPORT_FUZZ_RUNS ?? 10_000);
const ROUND_TRIPS = Number(process.env.ROUND_TRIP_RUNS ?? 2_000);
/** Round trips through the real service too (files on disk, two stores), not only the file format. */
const SERVICE_ROUND_TRIPS = ROUND_TRIPS;
const catalog = bundledCatalog();
const inputs = importInputArb(catalog);

const call = async (app: FuzzApp, method: 'listViews' | 'importViewFile' | 'saveView', payload?: unknown) =>
  app.dispatch(contract[method].name, GOOD_SENDER, payload);

const views = (r: unknown): ViewsSnapshot['views'] => (r as { ok: true; value: ViewsSnapshot }).value.views;

// 10,000 files took 262 s beside other test runs on two cores: the limit only guards against a
// hang, so it leaves room for a busy machine.
describe('view-file importer fuzzing (real handler, through the dispatcher)', () => {
  it(`${RUNS} files: no crash, existing views never change, no pollution, ≥ 10% accepted`, async () => {
    const stats: Record<string, number> = {};
    // The mix as fast-check generates it (a 2,000 sample is plenty for percentages); outcomes are counted below.
    fc.statistics(inputs, (i) => i.kind, {
      numRuns: Math.min(RUNS, 2_000),
      logger: (line) => console.log(`importer input mix: ${line}`),
    });
    const protoBefore = prototypeFingerprint();
    let app = createFuzzApp();
    let fileNo = 0;
    // Existing views the fuzzing must never touch: one for each of five datasets of the catalog.
    for (const id of [...catalog.keys()].slice(0, 5))
      await call(app, 'saveView', { name: `Mine ${id}`, state: defaultViewState(id) });
    const seeded = snapshotDir(app.userDataDir);
    /** Back to the seeded store (a copy of its files is far cheaper than seeding again). */
    const fresh = () => {
      app.dispose();
      app = createFuzzApp(seeded);
    };
    let before = views(await call(app, 'listViews'));
    let storeBefore = readFileSync(join(app.userDataDir, STORE_FILE));
    expect(before.length, 'existing views to protect').toBe(5);
    try {
      await fc.assert(
        fc.asyncProperty(inputs, async ({ kind, bytes }) => {
          const path = join(app.exportsDir, `in-${++fileNo}.iomview`);
          writeFileSync(path, bytes);
          app.openAnswers.push(path);
          const r = await call(app, 'importViewFile');
          rmSync(path);
          expect(isResult(r)).toBe(true);
          expect(r.ok || r.code !== 'INTERNAL', `importer crashed on a ${kind} input`).toBe(true);
          expect(isPolluted()).toBe(false);
          const after = views(await call(app, 'listViews'));
          const storeAfter = readFileSync(join(app.userDataDir, STORE_FILE));
          // JSON equality: same values in the same order, and much cheaper than a deep equal of every view.
          expect(
            JSON.stringify(essence(after.slice(0, before.length))) === JSON.stringify(essence(before)),
            'an existing view changed',
          ).toBe(true);
          if (!r.ok) expect(storeAfter.equals(storeBefore), 'a refused file changed the store').toBe(true);
          const outcome = `${kind}:${r.ok ? 'imported' : r.code}`;
          stats[outcome] = (stats[outcome] ?? 0) + 1;
          if (after.length > 150) {
            fresh();
            before = views(await call(app, 'listViews'));
            storeBefore = readFileSync(join(app.userDataDir, STORE_FILE));
          } else [before, storeBefore] = [after, storeAfter];
        }),
        { numRuns: RUNS },
      );
    } finally {
      app.dispose();
    }
    console.log(`importer outcomes over ${RUNS} files: ${JSON.stringify(stats)}`);
    const imported = Object.entries(stats)
      .filter(([k]) => k.endsWith(':imported'))
      .reduce((n, [, c]) => n + c, 0);
    expect(imported / RUNS).toBeGreaterThanOrEqual(0.1);
    expect(stats['valid:imported'] ?? 0, 'every valid file must import').toBe(
      Object.entries(stats)
        .filter(([k]) => k.startsWith('valid:'))
        .reduce((n, [, c]) => n + c, 0),
    );
    expect(prototypeFingerprint()).toBe(protoBefore);
  }, 360_000);
});

describe('export → import round trip', () => {
  const root = scratchDir('iom-roundtrip-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(`${ROUND_TRIPS} random view sets: export text → import gives identical views (file format)`, () => {
    fc.assert(
      fc.property(viewSetArb(catalog), (set) => {
        const parsed = parseViewFile(viewFileText(set), catalog);
        expect(parsed).toEqual({ ok: true, views: set, warnings: [] });
      }),
      { numRuns: ROUND_TRIPS },
    );
  });

  it(`${SERVICE_ROUND_TRIPS} random view sets: store → export file → import into a new store gives identical views`, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(viewSetArb(catalog), async (set) => {
        const dir = join(root, String(++n));
        mkdirSync(dir);
        const file = join(dir, 'out.iomview');
        const dialogs: Dialogs = { chooseSavePath: async () => file, chooseOpenPath: async () => file };
        const open = (sub: string) => {
          mkdirSync(join(dir, sub));
          const store = openViewStore({
            dir: join(dir, sub),
            appVersion: '1.0.0',
            log: quietLog,
            now: clock(),
            newId: counter(sub),
          });
          return { store, files: viewFileService({ store, dialogs, catalog, appVersion: '1.0.0', now: clock() }) };
        };
        const a = open('a');
        a.store.addMany(set);
        await a.files.exportFile(undefined);
        const b = open('b');
        const summary = await b.files.importFile();
        const got = summary.snapshot.views.map((v) => ({ name: v.name, state: v.state }));
        expect(got).toEqual(set.map((v) => ({ name: v.name, state: v.state })));
        expect(summary.warnings).toEqual([]);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: SERVICE_ROUND_TRIPS },
    );
  }, 360_000);
});
