import type { DatasetSummary } from '../../../shared/dataset';
import type { Api } from '../../../shared/ipc/contract';
import type { HomeData } from '../../../shared/ipc/home';
import type { Preferences } from '../../../shared/ipc/preferences';
import type { StartupData } from '../../../shared/ipc/startup';
import type { StartupView, ViewsSnapshot } from '../../../shared/views/types';
import type { Result } from '../../../shared/ipc/result';
import { preloadFigure } from '../features/explorer/ExplorerView';
import { rememberDataset } from '../features/explorer/dataset-cache';

type Prefetched = {
  catalog?: Promise<Result<DatasetSummary[]>>;
  startupView?: Promise<Result<StartupView>>;
  preferences?: Promise<Result<Preferences>>;
  views?: Promise<Result<ViewsSnapshot>>;
  home?: Promise<Result<HomeData | null>>;
};
const prefetched = new WeakMap<object, Prefetched>();

/**
 * Starts what every launch needs before React's first render, in ONE bridge call (session:startup):
 * four calls in a row each waited for the busy page to take its answer (bench/, metric 1c). The chart's
 * code is requested by main.tsx at the same time, not after this answer; the startup view comes with
 * its dataset.
 */
export const prefetchStartup = (api: Api): void => {
  const all = api.getStartup();
  const part = <T>(pick: (data: StartupData) => T): Promise<Result<T>> => all.then((r) => (r.ok ? { ok: true, value: pick(r.value) } : r));
  const startupView = part((d) => d.view);
  prefetched.set(api, {
    catalog: part((d) => d.catalog),
    startupView,
    preferences: part((d) => d.preferences),
    views: part((d) => d.views),
    home: part((d) => d.home),
  });
  void startupView.then((r) => {
    if (!r.ok || r.value === null) return;
    preloadFigure(r.value.state.tab);
    rememberDataset(api, r.value.dataset);
  });
};

/** The prefetched answer to `key` the first time it is asked for, a fresh call after that. */
export const takePrefetched = <K extends keyof Prefetched>(api: Api, key: K, call: () => NonNullable<Prefetched[K]>): NonNullable<Prefetched[K]> => {
  const entry = prefetched.get(api);
  const ready = entry?.[key];
  if (entry === undefined || ready === undefined) return call();
  delete entry[key];
  return ready;
};
