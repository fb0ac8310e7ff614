import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonRefusingPrototypeKeys } from '../../shared/view-file';
import { removeLeftoverTempFiles } from './atomic-file';
import { lazyJsonStore, openConfStore, type OpenJsonStore } from './json-store';

export type Saved = { saved: true } | { saved: false; readOnly: true } | { saved: false; readOnly: false; message: string };

export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string };

export type VersionedFileOptions<T> = {
  dir: string;
  /** File name without `.json`. */
  name: string;
  schemaVersion: number;
  /** What the file holds, for the log: "the last session's view". */
  what: string;
  /** Gets the whole file object (its `schemaVersion` already checked). */
  decode: (data: Record<string, unknown>) => Decoded<T>;
  /** The file's fields besides `schemaVersion`. */
  encode: (value: T) => Record<string, unknown>;
  log: (message: string) => void;
  openJsonStore?: OpenJsonStore;
};

/**
 * A small settings file that is a convenience, not user data: an unusable one is logged and ignored
 * (the app starts with defaults), but a file written by a newer version is never overwritten.
 */
export const openVersionedFile = <T>(o: VersionedFileOptions<T>) => {
  const path = join(o.dir, `${o.name}.json`);
  const write = lazyJsonStore(o.openJsonStore ?? openConfStore, o.dir, o.name);
  removeLeftoverTempFiles(path);
  let current: T | null = null;
  let writable = true;
  try {
    const json = parseJsonRefusingPrototypeKeys(readFileSync(path, 'utf8'));
    const value = json.ok ? json.value : null;
    const data = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    if (data && typeof data.schemaVersion === 'number' && data.schemaVersion > o.schemaVersion) {
      writable = false;
      o.log(`${o.what} comes from a newer version of the app: ignored, and never overwritten`);
    } else if (data && data.schemaVersion === o.schemaVersion) {
      const r = o.decode(data);
      if (r.ok) current = r.value;
      else o.log(`${o.what} ignored: ${r.message}`);
    } else o.log(`${o.what} ignored: unusable file`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') o.log(`${o.what} unreadable: ${e instanceof Error ? e.message : String(e)}`);
  }
  return {
    get: (): T | null => current,
    /** Kept in memory for this run even when it cannot be written. */
    set: (value: T): Saved => {
      current = value;
      if (!writable) return { saved: false, readOnly: true };
      try {
        write({ schemaVersion: o.schemaVersion, ...o.encode(value) });
        return { saved: true };
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        o.log(`saving ${o.what} failed: ${message}`);
        return { saved: false, readOnly: false, message };
      }
    },
  };
};
