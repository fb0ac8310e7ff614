import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Dialogs } from '../../../../src/main/dialogs';
import { createHandlers, type MainDeps } from '../../../../src/main/services';
import { createDispatcher, type Dispatch } from '../../../../src/main/ipc/handle';
import type { SenderInfo } from '../../../../src/main/ipc/sender';

export const APP_ORIGIN_FOR_TESTS = 'app://explorer';
export const OWN_WINDOW = 7;
/** The app's own top frame: the only sender the dispatcher may serve. */
export const GOOD_SENDER: SenderInfo = {
  url: `${APP_ORIGIN_FOR_TESTS}/index.html`,
  isMainFrame: true,
  webContentsId: OWN_WINDOW,
};

export const resourcesDir = resolve(import.meta.dirname, '../../../../resources');

/** Dialogs where the user always cancels. */
export const CANCELLING_DIALOGS: Dialogs = { chooseSavePath: async () => null, chooseOpenPath: async () => null };

/** What createHandlers needs in a unit test: the bundled resources, a user-data folder, cancelling dialogs. */
export const testMainDeps = (userDataDir: string, more: Partial<MainDeps> = {}): MainDeps => ({
  resourcesDir,
  userDataDir,
  dialogs: CANCELLING_DIALOGS,
  appVersion: '1.0.0',
  log: () => {},
  ...more,
});

/** tmpfs when there is one: fsync there is free, so thousands of atomic writes stay fast. */
const scratchRoot = () => {
  try {
    return mkdtempSync(join('/dev/shm', 'iom-fuzz-'));
  } catch {
    return mkdtempSync(join(tmpdir(), 'iom-fuzz-'));
  }
};

export type FuzzApp = {
  dispatch: Dispatch;
  userDataDir: string;
  exportsDir: string;
  openAnswers: (string | null)[];
  dispose: () => void;
};

/**
 * The real main-process services (createHandlers) behind the real dispatcher, with a fresh
 * user-data folder. Save dialogs write into a separate folder; open dialogs answer from a queue
 * (empty: the user cancels). `initialFiles` pre-fills the user-data folder (a copy of a seeded one).
 */
export const createFuzzApp = (initialFiles: ReadonlyMap<string, Uint8Array> = new Map()): FuzzApp => {
  const root = scratchRoot();
  const userDataDir = join(root, 'user-data');
  const exportsDir = join(root, 'exports');
  mkdirSync(userDataDir);
  mkdirSync(exportsDir);
  for (const [name, bytes] of initialFiles) {
    mkdirSync(dirname(join(userDataDir, name)), { recursive: true });
    writeFileSync(join(userDataDir, name), bytes);
  }
  const openAnswers: (string | null)[] = [];
  let saves = 0;
  const dialogs: Dialogs = {
    chooseSavePath: async ({ defaultName }) => join(exportsDir, `${++saves}-${defaultName}`),
    chooseOpenPath: async () => openAnswers.shift() ?? null,
  };
  const handlers = createHandlers({ resourcesDir, userDataDir, dialogs, appVersion: '0.0.0-fuzz', log: () => {} });
  const dispatch = createDispatcher(handlers, { appOrigin: APP_ORIGIN_FOR_TESTS, isOwnWindow: (id) => id === OWN_WINDOW });
  return { dispatch, userDataDir, exportsDir, openAnswers, dispose: () => rmSync(root, { recursive: true, force: true }) };
};
