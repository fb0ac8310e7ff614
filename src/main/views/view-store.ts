import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { parseJsonRefusingPrototypeKeys, uniqueName } from '../../shared/view-file';
import type { ViewState } from '../../shared/view-state';
import type { SavedView, StoreNotice, ViewsSnapshot } from '../../shared/views/types';
import { lazyJsonStore, openConfStore, type OpenJsonStore } from './json-store';
import { STORE_FILE, STORE_NAME, loadStore } from './load-store';
import {
  migrateStore,
  serializeStore,
  STORE_SCHEMA_VERSION,
  storeDocument,
  validateStore,
  type StoreContent,
} from './store-format';
import { parseThumbnail, type Thumbnail } from '../../shared/view/thumbnail';

export type ViewStoreOptions = {
  dir: string;
  appVersion: string;
  log: (message: string) => void;
  now?: () => Date;
  newId?: () => string;
  /** electron-store in the app; conf (its base class) by default, as in tests. */
  openJsonStore?: OpenJsonStore;
  /** Whether this build ships the dataset; a view of one it does not is kept, listed as unavailable. */
  isBundled?: (datasetId: string) => boolean;
  /** The thumbnail of a view's figure (thumbnail-of.ts over the bundled data); null where it cannot be drawn. */
  thumbnailOf?: (state: ViewState) => Thumbnail | null;
};

const READ_ONLY_MESSAGE =
  'Saved views cannot be changed: they were saved by a newer version of the app or could not be read safely, so the file is left untouched.';

const readText = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

/**
 * The views in a store file another instance wrote (an older version's too, migrated), or null when
 * it is not one this version reads cleanly.
 */
const parseCurrent = (text: string): StoreContent | null => {
  const json = parseJsonRefusingPrototypeKeys(text);
  if (!json.ok || json.value === null || typeof json.value !== 'object') return null;
  const version = (json.value as Record<string, unknown>).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > STORE_SCHEMA_VERSION) return null;
  let data: Record<string, unknown>;
  try {
    data = migrateStore(json.value as Record<string, unknown>, version);
  } catch {
    return null;
  }
  if (!Array.isArray(data.views)) return null;
  const { views, defaultViewId } = validateStore(data);
  return { views, defaultViewId };
};

/** Main checks what it computes as it checks what it reads: a thumbnail that fails the schema is none. */
const checkedThumbnail = (thumbnailOf: (state: ViewState) => Thumbnail | null, state: ViewState, log: (m: string) => void) => {
  try {
    const made = thumbnailOf(state);
    return made === null ? null : parseThumbnail(made);
  } catch (e) {
    log(`thumbnail of a ${state.datasetId} view failed: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
};

/**
 * The saved views of this user, kept in one JSON file in the user-data folder. Every change is
 * written (atomically) before it is applied in memory, so memory and disk never disagree.
 *
 * Two instances of the app on one folder (a second launch before the single-instance lock, a
 * portable copy, a shared profile) never lose each other's views: optimistic concurrency, as in
 * CouchDB or git. Each write first re-reads the file; if it is not what this instance last read or
 * wrote, the change is applied by view id to what is on disk (the other side's saves, renames and
 * deletions are kept), not to this instance's stale copy.
 */
export const openViewStore = ({
  dir,
  appVersion,
  log,
  now = () => new Date(),
  newId = randomUUID,
  openJsonStore = openConfStore,
  isBundled = () => true,
  thumbnailOf = () => null,
}: ViewStoreOptions) => {
  const writeStore = lazyJsonStore(openJsonStore, dir, STORE_NAME);
  const thumbnailFor = (state: ViewState) => checkedThumbnail(thumbnailOf, state, log);
  /** A view with its thumbnail: kept if it has one, else drawn now (a view of an older store, or a bad one dropped). */
  const withThumbnail = (view: SavedView): SavedView => {
    if (view.thumbnail) return view;
    const thumbnail = thumbnailFor(view.state);
    return thumbnail ? { ...view, thumbnail } : view;
  };
  // Those drawn at load are written with the next change (or right away by a migration).
  const complete = (c: StoreContent): StoreContent => ({ ...c, views: c.views.map(withThumbnail) });
  const loaded = loadStore({ dir, appVersion, now, log, writeStore, complete });
  let content: StoreContent = loaded.content;
  let notices: StoreNotice[] = loaded.notices;
  const readOnly = loaded.readOnly;
  const path = join(dir, STORE_FILE);
  /** The file's text as this instance last read or wrote it: its revision. */
  let known = readText(path);

  /** What is on disk now, if another instance changed it since; else this instance's content. */
  /** Ids this instance has seen (one missing from disk now was deleted by another instance). */
  const seen = new Set(content.views.map((v) => v.id));
  const latest = (): StoreContent => {
    if (readOnly) return content;
    const text = readText(path);
    if (text === known || text === null) return content;
    const current = parseCurrent(text);
    if (current === null) return content; // damaged or newer: our copy is the better base
    log('saved views changed on disk (another window?): merged by view id');
    known = text;
    content = complete(current);
    for (const v of content.views) seen.add(v.id);
    return content;
  };
  /** Views deleted this session, for undo: the view, where it was, and whether it was the default. */
  const trash = new Map<string, { view: SavedView; index: number; wasDefault: boolean }>();

  // The mark is only in what is listed: the file keeps each view as it was saved.
  const listed = (views: readonly SavedView[]): ViewsSnapshot['views'] =>
    views.map((v) => (isBundled(v.state.datasetId) ? v : { ...v, unavailable: 'dataset-not-bundled' as const }));
  const current = (): ViewsSnapshot => ({
    views: listed(content.views),
    defaultViewId: content.defaultViewId,
    readOnly,
    notices,
  });
  const snapshot = (): ViewsSnapshot => {
    latest();
    return current();
  };

  /** Applies `change` to the latest content (see above), writes it, then keeps it in memory. */
  const commit = (change: (base: StoreContent) => StoreContent): ViewsSnapshot => {
    if (readOnly) throw new AppError('STORE_READ_ONLY', READ_ONLY_MESSAGE);
    const next = change(latest());
    try {
      writeStore(storeDocument(next, appVersion));
      known = serializeStore(next, appVersion);
    } catch (e) {
      log(`saving views failed: ${e instanceof Error ? e.message : String(e)}`);
      throw new AppError(
        'IO_ERROR',
        `Your views could not be saved (${(e as NodeJS.ErrnoException).code ?? 'write error'}). Nothing was changed.`,
      );
    }
    content = next;
    for (const v of content.views) seen.add(v.id);
    return current();
  };

  const find = (base: StoreContent, id: string) => {
    const view = base.views.find((v) => v.id === id);
    if (!view) throw new AppError('NOT_FOUND', 'That saved view no longer exists.');
    return view;
  };
  const otherNames = (base: StoreContent, exceptId: string | null) =>
    base.views.filter((v) => v.id !== exceptId).map((v) => v.name);

  return {
    snapshot,
    save: (name: string, state: ViewState) => {
      const id = newId();
      const createdAt = now().toISOString();
      return commit((base) => ({
        ...base,
        views: [...base.views, withThumbnail({ id, name: uniqueName(name, otherNames(base, null)), state, createdAt })],
      }));
    },
    /** Puts the view on screen in place of a saved one, keeping its name, id and place: "Replace" in the save dialog. */
    replace: (id: string, state: ViewState) => {
      const createdAt = now().toISOString();
      return commit((base) => {
        find(base, id);
        // A new state, a new thumbnail: the old one showed the view it replaces.
        const replaced = (v: SavedView) => withThumbnail({ id: v.id, name: v.name, state, createdAt });
        return { ...base, views: base.views.map((v) => (v.id === id ? replaced(v) : v)) };
      });
    },
    rename: (id: string, name: string) =>
      commit((base) => {
        find(base, id);
        const unique = uniqueName(name, otherNames(base, id));
        return { ...base, views: base.views.map((v) => (v.id === id ? { ...v, name: unique } : v)) };
      }),
    remove: (id: string) => {
      let removed: { view: SavedView; index: number; wasDefault: boolean } | null = null;
      const result = commit((base) => {
        const view = find(base, id);
        const wasDefault = base.defaultViewId === id;
        removed = { view, index: base.views.indexOf(view), wasDefault };
        return { views: base.views.filter((v) => v.id !== id), defaultViewId: wasDefault ? null : base.defaultViewId };
      });
      if (removed) trash.set(id, removed);
      return result;
    },
    undoRemove: (id: string) => {
      const entry = trash.get(id);
      if (!entry) throw new AppError('NOT_FOUND', 'There is nothing to undo for that view.');
      const result = commit((base) => {
        const views = base.views.filter((v) => v.id !== id);
        views.splice(Math.min(entry.index, views.length), 0, {
          ...entry.view,
          name: uniqueName(entry.view.name, otherNames(base, id)),
        });
        return { views, defaultViewId: entry.wasDefault && base.defaultViewId === null ? id : base.defaultViewId };
      });
      trash.delete(id);
      return result;
    },
    reorder: (ids: readonly string[]) => {
      const knownHere = new Set(seen);
      const stale = () => new AppError('NOT_FOUND', 'The views changed meanwhile; reload the list and try again.');
      return commit((base) => {
        const byId = new Map(base.views.map((v) => [v.id, v]));
        const listed = new Set(ids);
        // The list must order every view this window knows (ids another window deleted meanwhile are
        // skipped); views another window added keep their place after the ordered ones.
        if (listed.size !== ids.length || ids.some((id) => !knownHere.has(id))) throw stale();
        if (base.views.some((v) => knownHere.has(v.id) && !listed.has(v.id))) throw stale();
        const ordered = ids.map((id) => byId.get(id)).filter((v): v is SavedView => v !== undefined);
        return { ...base, views: [...ordered, ...base.views.filter((v) => !listed.has(v.id))] };
      });
    },
    setDefault: (id: string | null) =>
      commit((base) => {
        if (id !== null) find(base, id);
        return { ...base, defaultViewId: id };
      }),
    dismissNotices: () => {
      notices = [];
      return snapshot();
    },
    /** Adds imported views in one write: all of them or, if that write fails, none. */
    addMany: (views: readonly { name: string; state: ViewState }[]) => {
      const fresh = views.map((v) => ({ ...v, id: newId(), createdAt: now().toISOString() }));
      let names: string[] = [];
      const snap = commit((base) => {
        const taken = otherNames(base, null);
        const added: SavedView[] = fresh.map((v) => {
          const name = uniqueName(v.name, taken);
          taken.push(name);
          return withThumbnail({ id: v.id, name, state: v.state, createdAt: v.createdAt });
        });
        names = added.map((v) => v.name);
        return { ...base, views: [...base.views, ...added] };
      });
      return { snapshot: snap, names };
    },
  };
};

export type ViewStore = ReturnType<typeof openViewStore>;
