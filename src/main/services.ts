import { join } from 'node:path';
import type { Handlers } from './ipc/handle';
import type { Dialogs } from './dialogs';
import { loadDatasets } from './datasets/loader';
import { loadSourceLines } from './datasets/source-text';
import { datasetHandlers } from './datasets/handlers';

export type MainDeps = {
  /** Folder holding `datasets/` and `source/` (the repo's `resources/`, or the packaged copy). */
  resourcesDir: string;
  /** Per-user writable folder (Electron's userData; a temp folder in tests). */
  userDataDir: string;
  dialogs: Dialogs;
  appVersion: string;
  log: (message: string) => void;
};

export const SOURCE_FILE = 'source/building-better-futures.txt';

/**
 * Builds every IPC handler from plain dependencies. Electron's main process and the E2E harness
 * both call this, so the browser tests exercise the same code the app runs.
 */
export const createHandlers = (deps: MainDeps): Handlers => {
  const catalog = loadDatasets(join(deps.resourcesDir, 'datasets'));
  for (const s of catalog.summaries) if (s.status === 'invalid') deps.log(`dataset ${s.file} skipped: ${s.problems.join('; ')}`);
  let sourceLines: string[] = [];
  try {
    sourceLines = loadSourceLines(join(deps.resourcesDir, SOURCE_FILE));
  } catch (e) {
    deps.log(`report text unavailable: ${e instanceof Error ? e.message : String(e)}`);
  }
  return {
    ...datasetHandlers(catalog, sourceLines),
  };
};
