import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/ipc/result';
import { uniqueName } from '../../shared/view-file';
import type { ViewState } from '../../shared/view-state';
import type { SavedView, StoreNotice, ViewsSnapshot } from '../../shared/views/types';
import { lazyJsonStore, openConfStore, type OpenJsonStore } from './json-store';
import { STORE_NAME, loadStore } from './load-store';
import { storeDocument, type StoreContent } from './store-format';

export type ViewStoreOptions = {
  dir: string;
  appVersion: string;
  log: (message: string) => void;
  now?: () => Date;
  newId?: () => string;
  /** electron-store in the app; conf (its base class) by default, as in tests. */
  openJsonStore?: OpenJsonStore;
};

const READ_ONLY_MESSAGE =
  'Saved views cannot be changed: they were saved by a newer version of the app or could not be read safely, so the file is left untouched.';

/**
 * The saved views of this user, kept in one JSON file in the user-data folder. Every change is
 * written (atomically) before it is applied in memory, so memory and disk never disagree.
 */
export const openViewStore = ({ dir, appVersion, log, now = () => new Date(), newId = randomUUID, openJsonStore = openConfStore }: ViewStoreOptions) => {
  const writeStore = lazyJsonStore(openJsonStore, dir, STORE_NAME);
  const loaded = loadStore({ dir, appVersion, now, log, writeStore });
  let content: StoreContent = loaded.content;
  let notices: StoreNotice[] = loaded.notices;
  const readOnly = loaded.readOnly;
  /** Views deleted this session, for undo: the view, where it was, and whether it was the default. */
  const trash = new Map<string, { view: SavedView; index: number; wasDefault: boolean }>();

  const snapshot = (): ViewsSnapshot => ({ views: content.views, defaultViewId: content.defaultViewId, readOnly, notices });

  const commit = (next: StoreContent): ViewsSnapshot => {
    if (readOnly) throw new AppError('STORE_READ_ONLY', READ_ONLY_MESSAGE);
    try {
      writeStore(storeDocument(next, appVersion));
    } catch (e) {
      log(`saving views failed: ${e instanceof Error ? e.message : String(e)}`);
      throw new AppError(
        'IO_ERROR',
        `Your views could not be saved (${(e as NodeJS.ErrnoException).code ?? 'write error'}). Nothing was changed.`,
      );
    }
    content = next;
    return snapshot();
  };

  const find = (id: string) => {
    const view = content.views.find((v) => v.id === id);
    if (!view) throw new AppError('NOT_FOUND', 'That saved view no longer exists.');
    return view;
  };
  const otherNames = (exceptId: string | null) => content.views.filter((v) => v.id !== exceptId).map((v) => v.name);

  return {
    snapshot,
    save: (name: string, state: ViewState) =>
      commit({
        ...content,
        views: [
          ...content.views,
          { id: newId(), name: uniqueName(name, otherNames(null)), state, createdAt: now().toISOString() },
        ],
      }),
    rename: (id: string, name: string) => {
      find(id);
      const unique = uniqueName(name, otherNames(id));
      return commit({ ...content, views: content.views.map((v) => (v.id === id ? { ...v, name: unique } : v)) });
    },
    remove: (id: string) => {
      const view = find(id);
      const index = content.views.indexOf(view);
      const wasDefault = content.defaultViewId === id;
      const result = commit({
        views: content.views.filter((v) => v.id !== id),
        defaultViewId: wasDefault ? null : content.defaultViewId,
      });
      trash.set(id, { view, index, wasDefault });
      return result;
    },
    undoRemove: (id: string) => {
      const entry = trash.get(id);
      if (!entry) throw new AppError('NOT_FOUND', 'There is nothing to undo for that view.');
      const views = [...content.views];
      views.splice(Math.min(entry.index, views.length), 0, {
        ...entry.view,
        name: uniqueName(entry.view.name, otherNames(null)),
      });
      const result = commit({
        views,
        defaultViewId: entry.wasDefault && content.defaultViewId === null ? id : content.defaultViewId,
      });
      trash.delete(id);
      return result;
    },
    reorder: (ids: readonly string[]) => {
      const byId = new Map(content.views.map((v) => [v.id, v]));
      if (ids.length !== byId.size || new Set(ids).size !== ids.length || ids.some((id) => !byId.has(id)))
        throw new AppError('NOT_FOUND', 'The views changed meanwhile; reload the list and try again.');
      return commit({ ...content, views: ids.map((id) => byId.get(id)).filter((v): v is SavedView => v !== undefined) });
    },
    setDefault: (id: string | null) => {
      if (id !== null) find(id);
      return commit({ ...content, defaultViewId: id });
    },
    dismissNotices: () => {
      notices = [];
      return snapshot();
    },
    /** Adds imported views in one write: all of them or, if that write fails, none. */
    addMany: (views: readonly { name: string; state: ViewState }[]) => {
      const names = otherNames(null);
      const added: SavedView[] = views.map((v) => {
        const name = uniqueName(v.name, names);
        names.push(name);
        return { id: newId(), name, state: v.state, createdAt: now().toISOString() };
      });
      return { snapshot: commit({ ...content, views: [...content.views, ...added] }), names: added.map((v) => v.name) };
    },
  };
};

export type ViewStore = ReturnType<typeof openViewStore>;
