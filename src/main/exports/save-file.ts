import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { SavedFile } from '../../shared/ipc/exports';
import type { Dialogs, FileFilter } from '../dialogs';
import { writeFileAtomic } from '../views/atomic-file';
import { freeFileName } from './file-name';

/**
 * Asks main's save dialog for a path, then writes there atomically (a failed write leaves no
 * half-written file). The name offered is free in the folder the dialog opens in (a counter is
 * added), so accepting it never replaces an earlier export. Cancelling writes nothing and returns
 * CANCELLED; the renderer stays quiet then.
 */
export const saveThroughDialog = async (
  dialogs: Dialogs,
  options: { title: string; defaultName: string; filters: FileFilter[] },
  /** The bytes to write, given the chosen path. */
  produce: (path: string) => Uint8Array | string | Promise<Uint8Array | string>,
): Promise<SavedFile> => {
  const defaultName = freeFileName(dialogs.saveFolder?.() ?? null, options.defaultName);
  const path = await dialogs.chooseSavePath({ ...options, defaultName });
  if (path === null) throw new AppError('CANCELLED', 'Export cancelled.');
  const data = await produce(path);
  try {
    // The atomic writer would recreate a missing folder; a folder that vanished since the dialog
    // (a USB stick pulled out) is an error the user must see, not a new folder somewhere.
    if (!statSync(dirname(path)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    writeFileAtomic(path, data, 0o666);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new AppError(
      'IO_ERROR',
      `Could not write “${basename(path)}”${code ? ` (${code})` : ''}. Check that the folder exists and is writable.`,
    );
  }
  return { fileName: basename(path), bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength };
};
