import type { Dataset } from '../../../../shared/dataset';
import type { Api } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';

/**
 * Datasets bigger than this are not kept once fetched: the report's are a few hundred rows, and a
 * 100,000-row one (bench/, metric 4) would otherwise stay in memory after the user moved on.
 */
export const CACHE_MAX_ROWS = 5_000;

/** `once`: handed out to the next ask only (too big to keep). */
type Cache = Map<string, { result: Promise<Result<Dataset>>; once: boolean }>;
// One cache per bridge object: each test installs its own window.api and starts empty.
const caches = new WeakMap<object, Cache>();
const cacheOf = (api: object): Cache => {
  let cache = caches.get(api);
  if (cache === undefined) caches.set(api, (cache = new Map()));
  return cache;
};

/** A dataset main sent along with something else (the startup view): no need to ask for it again. */
export const rememberDataset = (api: Pick<Api, 'getDataset'>, dataset: Dataset): void => {
  cacheOf(api).set(dataset.id, { result: Promise.resolve({ ok: true, value: dataset }), once: dataset.rows.length > CACHE_MAX_ROWS });
};

/**
 * getDataset, remembered: the startup prefetch, the open view, the map's region lookup and the
 * search index all ask for the same few datasets, and each should cross the bridge once. Failures
 * are forgotten so the next ask tries again.
 */
export const loadDataset = (api: Pick<Api, 'getDataset'>, id: string): Promise<Result<Dataset>> => {
  const cache = cacheOf(api);
  const known = cache.get(id);
  if (known?.once) cache.delete(id);
  if (known !== undefined) return known.result;
  const request = api.getDataset({ id });
  cache.set(id, { result: request, once: false });
  void request.then(
    (r) => {
      if (!r.ok || r.value.rows.length > CACHE_MAX_ROWS) cache.delete(id);
    },
    () => cache.delete(id),
  );
  return request;
};
