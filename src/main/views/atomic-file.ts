import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

const TEMP_SUFFIX = '.tmp';

const tempPathFor = (path: string) => `${path}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;

const fsyncDir = (dir: string) => {
  // Makes the rename itself durable. Not supported on every platform (Windows): best effort.
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* directory fsync unsupported: the rename is still atomic, just maybe not yet durable */
  }
};

/**
 * Crash-safe write: the bytes go to a temp file beside the target, are fsynced, then renamed over it.
 * A kill at any point leaves either the old file or the new one, never a mix; a leftover temp file
 * is removed by `removeLeftoverTempFiles` at the next start. `mode` defaults to private (user data);
 * files the user exports pass 0o666 so they get the usual permissions (umask applies).
 */
export const writeFileAtomic = (path: string, data: string | Uint8Array, mode = 0o600): void => {
  const temp = tempPathFor(path);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let fd: number | null = openSync(temp, 'wx', mode);
  try {
    let written = 0;
    while (written < bytes.byteLength) written += writeSync(fd, bytes, written, bytes.byteLength - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
  fsyncDir(dirname(path));
};

/** Deletes temp files a killed process left beside `path` (they are never the only copy of anything). */
export const removeLeftoverTempFiles = (path: string): string[] => {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const leftovers = names.filter(
    (n) =>
      n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX) && /^\d+-[0-9a-f]{8}$/.test(n.slice(prefix.length, -TEMP_SUFFIX.length)),
  );
  for (const n of leftovers) rmSync(join(dir, n), { force: true });
  return leftovers;
};
