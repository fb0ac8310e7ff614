import { describe, expect, it, vi } from 'vitest';
import { defaultViewState } from '../../shared/default-view-state';
import type { HomeData } from '../../shared/ipc/home';
import type { StartupView } from '../../shared/views/types';
import { startupHandlers } from './handlers';

const home: HomeData = { sketches: {}, numbers: [] };
const base = (view: StartupView) => {
  const getHome = vi.fn(() => home);
  const h = {
    getStartupView: () => view,
    listDatasets: () => [],
    getPreferences: () => ({ language: null }),
    listViews: () => ({ views: [], defaultViewId: null, readOnly: false, notices: [] }),
    getHome,
  };
  return { getHome, handlers: startupHandlers(h as unknown as Parameters<typeof startupHandlers>[0], '/nowhere') };
};

describe('the startup batch', () => {
  it("carries the start screen's data when there is no view to open (the start screen is the first screen)", async () => {
    const { getHome, handlers } = base(null);
    expect((await handlers.getStartup(undefined)).home).toBe(home);
    expect(getHome).toHaveBeenCalledTimes(1);
  });

  it('leaves it out when a view opens (the start screen may never be shown)', async () => {
    const view = { source: 'last-session', state: defaultViewState('health'), name: null, dataset: null } as unknown as StartupView;
    const { getHome, handlers } = base(view);
    expect((await handlers.getStartup(undefined)).home).toBeNull();
    expect(getHome).not.toHaveBeenCalled();
  });
});
