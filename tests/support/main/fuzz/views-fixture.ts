import { viewNameProblem } from '../../../../src/shared/text-safety';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { defaultViewState } from '../../../../src/shared/default-view-state';
import { viewStateSchema, type ViewState } from '../../../../src/shared/view-state';
import type { SavedView } from '../../../../src/shared/views/types';
import { BACKUP_FILE, STORE_FILE } from '../../../../src/main/views/load-store';
import { openViewStore } from '../../../../src/main/views/view-store';
import { arbitraryFor } from './schema-arbitrary';

/** A scratch folder on tmpfs when available (thousands of fsyncs stay cheap), else the OS temp dir. */
export const scratchDir = (prefix: string): string => {
  try {
    return mkdtempSync(join('/dev/shm', prefix));
  } catch {
    return mkdtempSync(join(tmpdir(), prefix));
  }
};

export const quietLog = () => {};
export const clock = () => {
  let t = Date.parse('2026-11-25T10:00:00.000Z');
  return () => new Date((t += 1000));
};
export const counter = (prefix = 'id') => {
  let n = 0;
  return () => `${prefix}-${++n}`;
};

/**
 * Valid view states, as they come back from disk: a JSON round trip first, because JSON cannot carry
 * -0 (the store would rightly give back 0), and this keeps "identical" comparisons about the store.
 */
export const viewStateArb: fc.Arbitrary<ViewState> = arbitraryFor(viewStateSchema)
  .map((v) => JSON.parse(JSON.stringify(v)) as unknown)
  .filter((v) => viewStateSchema.safeParse(v).success)
  .map((v) => viewStateSchema.parse(v));

/**
 * Small but varied states (a few settings off their defaults): keeps a 50-view store around 10 KB,
 * so "truncate at every byte" is ~10,000 starts of the service rather than ~50,000.
 */
export const compactViewStateArb: fc.Arbitrary<ViewState> = fc
  .record({
    datasetId: fc.constantFrom('health-assessments', 'key-figures', 'timeline', 'border-management'),
    tab: fc.constantFrom('table', 'chart', 'map') satisfies fc.Arbitrary<ViewState['tab']>,
    search: fc.constantFrom('', 'haiti', 'réfugiés', '"quoted" {brace}'),
    sort: fc.option(
      fc.record({
        field: fc.constantFrom('year', 'total'),
        dir: fc.constantFrom('asc', 'desc') satisfies fc.Arbitrary<'asc' | 'desc'>,
      }),
      { nil: null },
    ),
    zoom: fc.integer({ min: 1, max: 32 }),
  })
  .map(({ datasetId, tab, search, sort, zoom }) => {
    const base = defaultViewState(datasetId);
    return { ...base, tab, search, sort, map: { ...base.map, zoom } };
  });

/** View names the app accepts (trimmed, no control, bidi or zero-width characters), some needing " (2)" suffixes. */
export const viewNameArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('Health 2014', 'Santé — 2015', 'Ünïcødé 🌍', 'Same name', 'a'),
  fc
    .string({ minLength: 1, maxLength: 100 })
    .map((s) => s.replace(/\p{Cc}/gu, '').trim())
    .filter((s) => s.length > 0 && viewNameProblem(s) === null),
);

export type StoreFixture = { views: SavedView[]; defaultViewId: string | null; storeBytes: Buffer; backupBytes: Buffer };

/** A real store file with `count` views, written by the store itself, plus the backup a clean load leaves. */
export const buildStore = (count: number, seed = 2015, states: fc.Arbitrary<ViewState> = compactViewStateArb): StoreFixture => {
  const dir = scratchDir('iom-store-');
  const store = openViewStore({ dir, appVersion: '1.0.0', log: quietLog, now: clock(), newId: counter('view') });
  const samples = fc.sample(
    fc.tuple(
      viewNameArb.map((n) => n.slice(0, 12).trim() || 'v'),
      states,
    ),
    { numRuns: count, seed },
  );
  for (const [name, state] of samples) store.save(name, state);
  store.setDefault(store.snapshot().views[Math.floor(count / 2)]?.id ?? null);
  openViewStore({ dir, appVersion: '1.0.0', log: quietLog, now: clock() }); // a clean load writes the backup
  const { views, defaultViewId } = store.snapshot();
  const fixture = {
    views,
    defaultViewId,
    storeBytes: readFileSync(join(dir, STORE_FILE)),
    backupBytes: readFileSync(join(dir, BACKUP_FILE)),
  };
  rmSync(dir, { recursive: true, force: true });
  return fixture;
};

/** Views as the user sees them (order, names, states, pin): what "nothing lost" compares. */
export const essence = (views: readonly SavedView[]) => views.map((v) => ({ id: v.id, name: v.name, state: v.state }));
