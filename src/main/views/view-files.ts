import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { AppError } from '../../shared/ipc/result';
import {
  VIEW_FILE_EXTENSION,
  VIEW_FILE_MAX_BYTES,
  buildViewFile,
  parseViewFile,
  type CatalogFields,
} from '../../shared/view-file';
import type { ImportSummary } from '../../shared/views/types';
import type { Dialogs } from '../dialogs';
import { datedFileName } from '../exports/file-name';
import { saveThroughDialog } from '../exports/save-file';
import type { ViewStore } from './view-store';

const FILTERS = [{ name: 'IOM–Canada Explorer views', extensions: [VIEW_FILE_EXTENSION] }];

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'view';

/** Reads at most `max` bytes; a bigger file is refused from its size, before reading it all. */
const readCapped = (path: string, max: number): string => {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new AppError('IO_ERROR', `The file could not be opened (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  try {
    const size = fstatSync(fd).size;
    if (size > max)
      throw new AppError('FILE_TOO_LARGE', `The file is ${(size / 1024 / 1024).toFixed(1)} MB; view files are at most 1 MB.`);
    // Read to max + 1 whatever fstat said: the file may grow while we read.
    const buffer = Buffer.alloc(max + 1);
    let total = 0;
    for (let n = 1; n > 0 && total <= max; total += n) n = readSync(fd, buffer, total, buffer.length - total, null);
    if (total > max) throw new AppError('FILE_TOO_LARGE', 'View files are at most 1 MB.');
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, total));
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (e instanceof TypeError) throw new AppError('INVALID_FILE', 'The file is not UTF-8 text, so it is not a view file.');
    throw new AppError('IO_ERROR', `The file could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
  } finally {
    closeSync(fd);
  }
};

export const viewFileService = (deps: {
  store: ViewStore;
  dialogs: Dialogs;
  catalog: CatalogFields;
  appVersion: string;
  now: () => Date;
}) => {
  /**
   * Reads, validates and adds the view file at `path` (size cap, schema, catalog check, one atomic add);
   * any problem rejects the whole file and changes nothing. The Open dialog and a file the system opens
   * the app with (double-click, "Open with") both come through here.
   */
  const importPath = (path: string): ImportSummary => {
    if (deps.store.snapshot().readOnly)
      throw new AppError('STORE_READ_ONLY', 'Views cannot be imported while saved views are read-only.');
    const parsed = parseViewFile(readCapped(path, VIEW_FILE_MAX_BYTES), deps.catalog);
    if (!parsed.ok) throw new AppError('INVALID_FILE', parsed.message);
    const { snapshot, names } = deps.store.addMany(parsed.views);
    return { snapshot, imported: names, warnings: parsed.warnings };
  };
  return {
    exportFile: async (ids: readonly string[] | undefined) => {
      const all = deps.store.snapshot().views;
      const views = ids ? ids.map((id) => all.find((v) => v.id === id)) : all;
      if (views.length === 0) throw new AppError('NOT_FOUND', 'There are no saved views to export.');
      if (views.some((v) => v === undefined)) throw new AppError('NOT_FOUND', 'That saved view no longer exists.');
      const chosen = views.filter((v) => v !== undefined);
      const first = chosen[0];
      const base = chosen.length === 1 && first ? slug(first.name) : 'saved-views';
      const now = deps.now();
      const saved = await saveThroughDialog(
        deps.dialogs,
        {
          title: chosen.length === 1 ? 'Share view' : 'Share views',
          defaultName: datedFileName(base, VIEW_FILE_EXTENSION, now, '-'),
          filters: FILTERS,
        },
        () => `${JSON.stringify(buildViewFile(chosen, deps.appVersion, now.toISOString()), null, 2)}\n`,
      );
      return { fileName: saved.fileName, count: chosen.length };
    },
    importPath,
    importFile: async (): Promise<ImportSummary> => {
      if (deps.store.snapshot().readOnly)
        throw new AppError('STORE_READ_ONLY', 'Views cannot be imported while saved views are read-only.');
      const path = await deps.dialogs.chooseOpenPath({ title: 'Open views', filters: FILTERS });
      if (path === null) throw new AppError('CANCELLED', 'Import cancelled.');
      return importPath(path);
    },
  };
};
