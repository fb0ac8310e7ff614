import { takePrefetched } from '../../app/startup';
import type { Api } from '../../../../shared/ipc/contract';
import type { viewChannels } from '../../../../shared/ipc/views';
import type { Err, Result } from '../../../../shared/ipc/result';
import type { ViewState } from '../../../../shared/view-state';
import type { ImportSummary, ImportWarning, SavedView, ViewsSnapshot } from '../../../../shared/views/types';

export type ViewsApi = Pick<Api, keyof typeof viewChannels>;

/** The latest outcome the panel reports (one at a time, newest wins). */
export type Feedback =
  | { kind: 'saved'; name: string }
  | { kind: 'deleted'; view: SavedView }
  | { kind: 'imported'; names: string[]; warnings: ImportWarning[] }
  | { kind: 'exported'; file: string; count: number }
  | { kind: 'error'; action: 'import' | 'export' | 'other'; message: string };

export type SavedViewsState = { snapshot: ViewsSnapshot | null; feedback: Feedback | null; loadError: string | null };

/**
 * Saved views as the renderer knows them: the last snapshot main returned, plus the latest feedback.
 * Shared by the toolbar buttons and the side panel (they sit in different parts of the layout).
 */
export const createSavedViewsStore = (api: ViewsApi) => {
  let state: SavedViewsState = { snapshot: null, feedback: null, loadError: null };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<SavedViewsState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };
  /** Applies a snapshot result; returns whether the call succeeded. A cancelled dialog says nothing. */
  const take = (r: Result<ViewsSnapshot>, ok: Feedback | null, action: 'import' | 'export' | 'other' = 'other'): boolean => {
    if (r.ok) set({ snapshot: r.value, feedback: ok });
    else fail(r, action);
    return r.ok;
  };
  const fail = (r: Err, action: 'import' | 'export' | 'other') => {
    if (r.code !== 'CANCELLED') set({ feedback: { kind: 'error', action, message: r.message } });
  };
  let loading: Promise<void> | null = null;
  let taking: Promise<void> | null = null;
  const imported = (summary: ImportSummary) =>
    set({ snapshot: summary.snapshot, feedback: { kind: 'imported', names: summary.imported, warnings: summary.warnings } });

  return {
    getState: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load: () =>
      (loading ??= api.listViews().then((r) => {
        if (r.ok) set({ snapshot: r.value, loadError: null });
        else set({ loadError: r.message });
      })),
    save: async (name: string, view: ViewState) => take(await api.saveView({ name, state: view }), { kind: 'saved', name }),
    /** Saves `view` over the saved view `id` (the user chose "Replace"); reported as saved under its name. */
    replace: async (id: string, name: string, view: ViewState) => take(await api.replaceView({ id, state: view }), { kind: 'saved', name }),
    rename: async (id: string, name: string) => take(await api.renameView({ id, name }), null),
    remove: async (view: SavedView) => take(await api.deleteView({ id: view.id }), { kind: 'deleted', view }),
    undoRemove: async (id: string) => take(await api.undoDeleteView({ id }), null),
    move: async (id: string, by: -1 | 1) => {
      const ids = state.snapshot?.views.map((v) => v.id) ?? [];
      const from = ids.indexOf(id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= ids.length) return false;
      [ids[from], ids[to]] = [ids[to] ?? id, id];
      return take(await api.reorderViews({ ids }), null);
    },
    setDefault: async (id: string | null) => take(await api.setDefaultView({ id }), null),
    dismissNotices: async () => take(await api.dismissViewNotices(), null),
    clearFeedback: () => set({ feedback: null }),
    exportFile: async (ids?: string[]) => {
      const r = await api.exportViewFile(ids ? { ids } : undefined);
      if (r.ok) set({ feedback: { kind: 'exported', file: r.value.fileName, count: r.value.count } });
      else fail(r, 'export');
    },
    importFile: async () => {
      const r = await api.importViewFile();
      if (r.ok) imported(r.value);
      else fail(r, 'import');
    },
    /** Shows the view files the system opened the app with (main imported them already), like an import. */
    takeOpenedFiles: () =>
      (taking ??= api.takeOpenedViewFiles().then((r) => {
        taking = null;
        if (!r.ok) return;
        for (const file of r.value)
          if (file.ok) imported(file.summary);
          else set({ feedback: { kind: 'error', action: 'import', message: file.message } });
      })),
  };
};

export type SavedViewsStore = ReturnType<typeof createSavedViewsStore>;

let appStore: SavedViewsStore | null = null;
/** The app's store, bound to window.api on first use (tests pass their own store to the components). */
export const defaultSavedViewsStore = (): SavedViewsStore =>
  // The first list comes with the startup batch (app/startup.ts).
  (appStore ??= createSavedViewsStore(
    Object.create(window.api, { listViews: { value: () => takePrefetched(window.api, 'views', () => window.api.listViews()) } }) as typeof window.api,
  ));
