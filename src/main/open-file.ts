import { basename } from 'node:path';
import { AppError } from '../shared/ipc/result';
import { VIEW_FILE_EXTENSION } from '../shared/view-file';
import type { ImportSummary, OpenedViewFile } from '../shared/views/types';

/**
 * View files the system hands the app: a double-clicked `.iomview` arrives in `argv` (Windows, Linux),
 * through `open-file` (macOS, possibly before the app is ready) or, when the app already runs, through
 * `second-instance` with the second launch's `argv`. Plain TypeScript: index.ts wires Electron to it.
 */

const isViewFile = (arg: string) => !arg.startsWith('-') && arg.toLowerCase().endsWith(`.${VIEW_FILE_EXTENSION}`);

/**
 * The view-file paths in a command line. argv[0] is the executable (and in development argv[1] is the
 * app folder); flags such as `--allow-file-access` or Chromium's own switches are never paths.
 */
export const viewFilesInArgv = (argv: readonly string[]): string[] => argv.slice(1).filter(isViewFile);

/**
 * Where opened files wait until the views service can import them, and where their outcomes wait
 * until the renderer asks (`takeOpenedViewFiles`). Every path goes through `importPath`, the same
 * validated import the Open dialog uses; a failure becomes the message that import would show.
 */
export const createViewFileInbox = (onImported: () => void = () => {}) => {
  let importPath: ((path: string) => ImportSummary) | null = null;
  const waiting: string[] = [];
  const outcomes: OpenedViewFile[] = [];

  const importOne = (path: string, run: (path: string) => ImportSummary) => {
    const fileName = basename(path);
    try {
      outcomes.push({ fileName, ok: true, summary: run(path) });
    } catch (e) {
      // An unexpected failure must not reach the user as a raw message either.
      const message = e instanceof AppError ? e.message : 'The file could not be opened as a view file.';
      outcomes.push({ fileName, ok: false, message });
    }
  };

  return {
    /** A path the system opened the app with; imported now, or as soon as the views service exists. */
    open: (path: string) => {
      if (importPath === null) {
        waiting.push(path);
        return;
      }
      importOne(path, importPath);
      onImported();
    },
    /** Called once by the views service with its importer; files that arrived earlier are imported now. */
    attach: (importer: (path: string) => ImportSummary) => {
      importPath = importer;
      const early = waiting.splice(0);
      for (const path of early) importOne(path, importer);
      if (early.length > 0) onImported();
    },
    /** Outcomes since the last call, oldest first (each is handed out once). */
    take: (): OpenedViewFile[] => outcomes.splice(0),
  };
};

export type ViewFileInbox = ReturnType<typeof createViewFileInbox>;
