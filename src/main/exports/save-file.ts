import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { SavedFile } from '../../shared/ipc/exports';
import type { Dialogs, FileFilter } from '../dialogs';
import { writeFileAtomic } from '../views/atomic-file';

/** "health-assessments" + "png" → "health-assessments-2026-11-25.png" (local date: what the user sees). */
export const datedFileName = (base: string, extension: string, now: Date): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${base}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
};

/**
 * Asks main's save dialog for a path, then writes there atomically (a failed write leaves no
 * half-written file). Cancelling writes nothing and returns CANCELLED; the renderer stays quiet then.
 */
export const saveThroughDialog = async (
  dialogs: Dialogs,
  options: { title: string; defaultName: string; filters: FileFilter[] },
  produce: () => Uint8Array | string | Promise<Uint8Array | string>,
): Promise<SavedFile> => {
  const path = await dialogs.chooseSavePath(options);
  if (path === null) throw new AppError('CANCELLED', 'Export cancelled.');
  const data = await produce();
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
