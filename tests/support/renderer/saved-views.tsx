import { useState, type ReactNode } from 'react';
import { vi } from 'vitest';
import type { Dataset } from '../../../src/shared/dataset';
import type { Result } from '../../../src/shared/ipc/result';
import { defaultViewState } from '../../../src/shared/default-view-state';
import { type ViewState } from '../../../src/shared/view-state';
import type { OpenedViewFile, StartupView, ViewsSnapshot } from '../../../src/shared/views/types';
import { ExplorerContext } from '../../../src/renderer/src/features/explorer/context';
import type { ViewsApi } from '../../../src/renderer/src/features/saved-views/store';

const ok = <T,>(value: T): Result<T> => ({ ok: true, value });

/** An in-memory stand-in for main's views handlers (tests only). */
/** `opened`: what main says the system opened the app with (handed out once, like main does). */
export const fakeViewsApi = (initial: Partial<ViewsSnapshot> = {}, startup: StartupView = null, openedFiles: OpenedViewFile[] = []) => {
  const opened = [...openedFiles];
  let snap: ViewsSnapshot = { views: [], defaultViewId: null, readOnly: false, notices: [], ...initial };
  let n = 0;
  const trash = new Map<string, { index: number; view: ViewsSnapshot['views'][number] }>();
  const set = (patch: Partial<ViewsSnapshot>) => ok((snap = { ...snap, ...patch }));
  const api = {
    listViews: vi.fn(async () => ok(snap)),
    saveView: vi.fn(async ({ name, state }: { name: string; state: ViewState }) =>
      set({ views: [...snap.views, { id: `id-${++n}`, name, state, createdAt: null }] }),
    ),
    replaceView: vi.fn(async ({ id, state }: { id: string; state: ViewState }) =>
      set({ views: snap.views.map((v) => (v.id === id ? { ...v, state } : v)) }),
    ),
    renameView: vi.fn(async ({ id, name }: { id: string; name: string }) =>
      set({ views: snap.views.map((v) => (v.id === id ? { ...v, name } : v)) }),
    ),
    deleteView: vi.fn(async ({ id }: { id: string }) => {
      const index = snap.views.findIndex((v) => v.id === id);
      const view = snap.views[index];
      if (view) trash.set(id, { index, view });
      return set({ views: snap.views.filter((v) => v.id !== id) });
    }),
    undoDeleteView: vi.fn(async ({ id }: { id: string }) => {
      const t = trash.get(id);
      const views = [...snap.views];
      if (t) views.splice(t.index, 0, t.view);
      return set({ views });
    }),
    reorderViews: vi.fn(async ({ ids }: { ids: string[] }) =>
      set({ views: ids.map((id) => snap.views.find((v) => v.id === id)).filter((v) => v !== undefined) }),
    ),
    setDefaultView: vi.fn(async ({ id }: { id: string | null }) => set({ defaultViewId: id })),
    dismissViewNotices: vi.fn(async () => set({ notices: [] })),
    exportViewFile: vi.fn(async () => ok({ fileName: 'saved-views.iomview', count: snap.views.length })),
    importViewFile: vi.fn(async () => ({
      ok: false as const,
      code: 'INVALID_FILE' as const,
      message: 'The file is not an IOM–Canada Explorer view file.',
    })),
    getStartupView: vi.fn(async () => ok(startup)),
    saveLastView: vi.fn(async () => ok(null)),
    takeOpenedViewFiles: vi.fn(async () => ok(opened.splice(0))),
    // View codes are main's (src/main/views/view-code.test.ts); here a code opens nothing.
    copyViewCode: vi.fn(async () => ok({ code: 'iom1.test' })),
    openViewCode: vi.fn(async () => ok({ ok: false as const, reason: 'damaged' as const })),
  };
  return api satisfies Record<keyof ViewsApi, unknown>;
};

/** Provides a live explorer context whose view tests can read back from `latest()`. */
export const explorerHarness = (initial: ViewState | null = defaultViewState('contributions-by-region'), dataset: Dataset | null = null) => {
  let current = initial;
  const setViewSpy = vi.fn<(v: ViewState) => void>();
  function Provider({ children }: { children: ReactNode }) {
    const [view, setView] = useState<ViewState | null>(initial);
    current = view;
    const set = (v: ViewState) => {
      setViewSpy(v);
      setView(v);
    };
    return (
      <ExplorerContext.Provider
        value={{ view, setView: set, dataset, rows: [], getFigure: () => null, describeFilters: () => '' }}
      >
        {children}
      </ExplorerContext.Provider>
    );
  }
  return { Provider, setViewSpy, latest: () => current };
};
