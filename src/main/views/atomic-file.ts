import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileSync } from 'atomically';

/**
 * Crash-safe write with `atomically`, the writer electron-store and conf use: the bytes go to a
 * temp file beside the target, are fsynced, then renamed over it. A kill at any point leaves either
 * the old file or the new one, never a mix; a temp file a killed process leaves behind is removed by
 * `removeLeftoverTempFiles` at the next start. `mode` defaults to private (user data); files the
 * user exports pass 0o666 so they get the usual permissions (umask applies).
 */
export const writeFileAtomic = (path: string, data: string | Uint8Array, mode = 0o600): void => {
  let temp: string | undefined;
  try {
    writeFileSync(path, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
      mode,
      fsync: true,
      tmpCreated: (p) => {
        temp = p;
      },
    });
  } catch (e) {
    // `atomically` purges its temp file on failure only asynchronously; a caller that reports the
    // failure must be able to rely on no partial file being left beside the target.
    if (temp !== undefined) rmSync(temp, { force: true });
    throw e;
  }
};

/** `atomically` names its temp files `<file>.tmp-<10 timestamp digits><6 hex digits>`. */
const TEMP_NAME = /^\.tmp-\d{10}[0-9a-f]{6}$/;

/** Whether `name` looks like a temp file of an atomic write (of any target). */
export const isTempFileName = (name: string): boolean => /\.tmp-\d{10}[0-9a-f]{6}$/.test(name);

/** Whether `name` is a temp file an interrupted atomic write of `target` (a file name) left behind. */
export const isLeftoverTempFile = (name: string, target: string): boolean =>
  name.startsWith(target) && TEMP_NAME.test(name.slice(target.length));

/** Deletes temp files a killed process left beside `path` (they are never the only copy of anything). */
export const removeLeftoverTempFiles = (path: string): string[] => {
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return [];
  }
  const leftovers = names.filter((n) => isLeftoverTempFile(n, basename(path)));
  for (const n of leftovers) rmSync(join(dirname(path), n), { force: true });
  return leftovers;
};
