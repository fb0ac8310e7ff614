import { join } from 'node:path';
import { AppError } from '../shared/ipc/result';
import type { Handlers } from './ipc/handle';
import type { Dialogs } from './dialogs';
import { loadDatasets } from './datasets/loader';
import { loadSourceLines } from './datasets/source-text';
import { datasetHandlers } from './datasets/handlers';
import { viewHandlers } from './views/handlers';
import type { OpenJsonStore } from './views/json-store';
import { exportHandlers, type ExportDeps } from './exports/handlers';
import { openPreferences } from './preferences/handlers';
import { localizeDialogs } from './dialog-text';
import type { ViewFileInbox } from './open-file';
import type { DatasetManifest } from './datasets/manifest';
import { startupHandlers } from './snapshot/handlers';
import { homeHandlers } from './home/handlers';

export type MainDeps = {
  /** Folder holding `datasets/` and `source/` (the repo's `resources/`, or the packaged copy). */
  resourcesDir: string;
  /** Per-user writable folder (Electron's userData; a temp folder in tests). */
  userDataDir: string;
  dialogs: Dialogs;
  appVersion: string;
  log: (message: string) => void;
  /** webContents.printToPDF of the app window; absent where nothing can print (PDF export then fails cleanly). */
  printToPdf?: ExportDeps['printToPdf'];
  /** Writes a PNG to the system clipboard; absent where there is none. */
  clipboard?: ExportDeps['clipboard'] & { writeText?: (text: string) => void | Promise<void> };
  /** Opens the JSON files saved views live in: electron-store in the app, conf (its base class) by default. */
  openJsonStore?: OpenJsonStore;
  /** The system's preferred languages: the app's language until the user picks one (English by default). */
  systemLanguages?: readonly string[];
  /** View files the system opened the app with (double-click, second launch); see open-file.ts. */
  openedViewFiles?: ViewFileInbox;
  /** Hashes of the datasets the build validated (out/main/datasets-manifest.json); without it every file is validated. */
  datasetManifest?: DatasetManifest | null;
  /** The start screen's figures the build computed (out/main/home-figures.json); without it main computes them. */
  homeFiguresFile?: string;
};

export const SOURCE_FILE = 'source/building-better-futures.txt';

/**
 * Builds every IPC handler from plain dependencies. Electron's main process and the E2E harness
 * both call this, so the browser tests exercise the same code the app runs.
 */
export const createHandlers = (deps: MainDeps): Handlers => {
  const catalog = loadDatasets(join(deps.resourcesDir, 'datasets'), deps.datasetManifest ?? null);
  for (const s of catalog.summaries) if (s.status === 'invalid') deps.log(`dataset ${s.file} skipped: ${s.problems.join('; ')}`);
  let sourceLines: string[] = [];
  try {
    sourceLines = loadSourceLines(join(deps.resourcesDir, SOURCE_FILE));
  } catch (e) {
    deps.log(`report text unavailable: ${e instanceof Error ? e.message : String(e)}`);
  }
  // Views and imports are checked against the bundled catalog: dataset id → its field keys.
  const catalogFields = new Map([...catalog.datasets].map(([id, ds]) => [id, new Set(ds.fields.map((f) => f.key))]));
  const unavailable = (what: string) => () => {
    throw new AppError('IO_ERROR', `${what} is not available in this window.`);
  };
  const preferences = openPreferences(deps);
  const dialogs = localizeDialogs(deps.dialogs, preferences.language);
  const base = {
    ...datasetHandlers(catalog, sourceLines),
    ...viewHandlers({
      userDataDir: deps.userDataDir,
      dialogs,
      appVersion: deps.appVersion,
      catalog: catalogFields,
      datasetOf: (id) => catalog.datasets.get(id),
      log: deps.log,
      openJsonStore: deps.openJsonStore,
      openedFiles: deps.openedViewFiles,
      writeClipboardText: deps.clipboard?.writeText,
    }),
    ...exportHandlers({
      datasets: catalog.datasets,
      dialogs,
      printToPdf: deps.printToPdf ?? unavailable('Printing'),
      clipboard: deps.clipboard ?? { writePng: unavailable('The clipboard') },
    }),
    ...preferences.handlers,
    ...homeHandlers(
      catalog.datasets,
      deps.homeFiguresFile === undefined ? null : { file: deps.homeFiguresFile, datasetHashes: catalog.hashes, log: deps.log },
    ),
  };
  return { ...base, ...startupHandlers(base, deps.userDataDir) };
};
