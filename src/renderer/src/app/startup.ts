import type { DatasetSummary } from '../../../shared/dataset';
import type { Api } from '../../../shared/ipc/contract';
import type { StartupView } from '../../../shared/views/types';
import type { Result } from '../../../shared/ipc/result';
import { preloadFigure } from '../features/explorer/ExplorerView';
import { rememberDataset } from '../features/explorer/dataset-cache';

type Prefetched = { catalog?: Promise<Result<DatasetSummary[]>>; startupView?: Promise<Result<StartupView>> };
const prefetched = new WeakMap<object, Prefetched>();

/**
 * Starts what every launch needs before React's first render; the startup view comes with its dataset,
 * and its figure's code starts loading as soon as it is known, without waiting for a render: the
 * startup chart used to wait for the first render, the view, a render, its dataset, then recharts
 * (bench/, metric 1).
 */
export const prefetchStartup = (api: Api): void => {
  const startupView = api.getStartupView();
  prefetched.set(api, { catalog: api.listDatasets(), startupView });
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
