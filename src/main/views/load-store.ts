import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonRefusingPrototypeKeys } from '../../shared/view-file';
import type { SavedView, StoreNotice } from '../../shared/views/types';
import { removeLeftoverTempFiles, writeFileAtomic } from './atomic-file';
import {
  STORE_SCHEMA_VERSION,
  migrateStore,
  scanForEntries,
  storeDocument,
  validateStore,
  type StoreContent,
} from './store-format';

/** electron-store name of the saved-views file (it adds `.json`). */
export const STORE_NAME = 'saved-views';
export const STORE_FILE = `${STORE_NAME}.json`;
export const BACKUP_FILE = 'saved-views.backup.json';

export type LoadedStore = { content: StoreContent; readOnly: boolean; notices: StoreNotice[] };
type LoadOptions = {
  dir: string;
  appVersion: string;
  now: () => Date;
  log: (m: string) => void;
  /** Writes the store file through electron-store (conf in tests): see json-store.ts. */
  writeStore: (document: Record<string, unknown>) => void;
  /** Fills in what the file may lack (thumbnails) before the content is used or written back. */
  complete?: (content: StoreContent) => StoreContent;
};

const EMPTY: StoreContent = { views: [], defaultViewId: null };
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Copies `bytes` to a new, never-overwritten `saved-views.<tag>-<timestamp>.json`; returns its name. */
const keepCopy = (dir: string, bytes: Uint8Array, tag: string, now: Date): string => {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let n = 1; ; n++) {
    const name = `saved-views.${tag}-${stamp}${n > 1 ? `-${n}` : ''}.json`;
    if (existsSync(join(dir, name))) continue;
    writeFileAtomic(join(dir, name), bytes);
    return name;
  }
};

/** The last copy that loaded cleanly; views only, every entry validated again. */
const readBackup = (dir: string): StoreContent => {
  try {
    const json = parseJsonRefusingPrototypeKeys(readFileSync(join(dir, BACKUP_FILE), 'utf8'));
    if (!json.ok || !isObject(json.value)) return EMPTY;
    const version = json.value.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > STORE_SCHEMA_VERSION) return EMPTY;
    const { views, defaultViewId } = validateStore(migrateStore(json.value, version));
    return { views, defaultViewId };
  } catch {
    return EMPTY;
  }
};

/**
 * Opens the saved-views store. Never throws and never loses data: a damaged file is kept
 * byte-identical beside the store, every valid view is salvaged (from the file, else the backup of
 * the last clean load) and a notice tells the user; a newer or unreadable file is only read.
 */
export const loadStore = ({ dir, appVersion, now, log, writeStore, complete = (c) => c }: LoadOptions): LoadedStore => {
  const path = join(dir, STORE_FILE);
  for (const f of [path, join(dir, BACKUP_FILE)])
    for (const left of removeLeftoverTempFiles(f)) log(`removed unfinished write ${left}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { content: EMPTY, readOnly: false, notices: [] };
    log(`saved views unreadable: ${errorText(e)}`);
    return { content: EMPTY, readOnly: true, notices: [{ kind: 'unreadable', message: errorText(e) }] };
  }

  const recover = (found: StoreContent, problems: string[], fromBackup: number): LoadedStore => {
    const salvaged = complete(found);
    let keptAs: string;
    try {
      keptAs = keepCopy(dir, bytes, 'corrupt', now());
    } catch (e) {
      // Without a safe copy, overwriting would destroy the only original: stay read-only instead.
      log(`could not keep a copy of the damaged store: ${errorText(e)}`);
      return {
        content: salvaged,
        readOnly: true,
        notices: [{ kind: 'unreadable', message: `the views file is damaged and no copy could be kept (${errorText(e)})` }],
      };
    }
    try {
      writeStore(storeDocument(salvaged, appVersion));
    } catch (e) {
      log(`could not write the salvaged store: ${errorText(e)}`);
    }
    log(`saved views recovered: damaged file kept as ${keptAs}; ${problems.join('; ')}`);
    return {
      content: salvaged,
      readOnly: false,
      notices: [{ kind: 'recovered', keptAs, salvaged: salvaged.views.length, fromBackup, problems: problems.slice(0, 20) }],
    };
  };

  const text = bytes.toString('utf8');
  const json = parseJsonRefusingPrototypeKeys(text);
  const version = json.ok && isObject(json.value) ? json.value.schemaVersion : undefined;
  if (json.ok && isObject(json.value) && typeof version === 'number' && Number.isInteger(version) && version >= 1) {
    if (version > STORE_SCHEMA_VERSION) {
      const { views, defaultViewId } = validateStore(json.value);
      const writtenBy = typeof json.value.appVersion === 'string' ? json.value.appVersion.slice(0, 50) : null;
      return {
        // Shown, never written: its thumbnails are filled in for the list only.
        content: complete({ views, defaultViewId }),
        readOnly: true,
        notices: [{ kind: 'newer-version', schemaVersion: version, appVersion: writtenBy }],
      };
    }
    let migrated: Record<string, unknown> | null = null;
    try {
      migrated = migrateStore(json.value, version);
    } catch (e) {
      log(`migration failed: ${errorText(e)}`);
    }
    // Without a list of views the file is not a store: salvage below, which also adds the backup's
    // views (else they would survive only in a backup the next clean load overwrites).
    if (migrated !== null && Array.isArray(migrated.views)) {
      const { views, defaultViewId, problems } = validateStore(migrated);
      if (problems.length) return recover({ views, defaultViewId }, problems, 0);
      const content = complete({ views, defaultViewId });
      try {
        if (version < STORE_SCHEMA_VERSION) {
          keepCopy(dir, bytes, `v${version}`, now());
          writeStore(storeDocument(content, appVersion));
        } else writeFileAtomic(join(dir, BACKUP_FILE), bytes); // only a load that validated refreshes the backup
      } catch (e) {
        log(`could not write after loading saved views: ${errorText(e)}`);
      }
      return { content, readOnly: false, notices: [] };
    }
  }

  // Not JSON, or not a store: salvage entries from the text, then add what the backup still has.
  const scanned = scanForEntries(text);
  const backup = readBackup(dir);
  const seen = new Set(scanned.map((v) => v.id));
  const restored: SavedView[] = backup.views.filter((v) => !seen.has(v.id));
  const views = [...scanned, ...restored];
  const pinned = /"defaultViewId"\s*:\s*"([^"\\]{1,64})"/.exec(text)?.[1] ?? backup.defaultViewId;
  const problem = !json.ok ? `the file is damaged: ${json.message}` : 'the file is not a saved-views store';
  return recover(
    { views, defaultViewId: views.some((v) => v.id === pinned) ? (pinned ?? null) : null },
    [problem],
    restored.length,
  );
};
