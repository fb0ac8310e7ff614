import { useEffect, useReducer, useState } from 'react';

/** Code loaded on first use; once loaded, `current()` hands it over synchronously. */
export type LazyModule<T> = { load: () => Promise<T>; current: () => T | undefined };

export const lazyModule = <T>(importer: () => Promise<T>): LazyModule<T> => {
  let pending: Promise<T> | undefined;
  let loaded: T | undefined;
  return {
    load: () =>
      (pending ??= importer().then(
        (m) => (loaded = m),
        (e: unknown) => {
          pending = undefined; // a chunk that failed to load may load on the next try
          throw e;
        },
      )),
    current: () => loaded,
  };
};

/**
 * The module, or undefined while it loads. Unlike React.lazy, code already loaded (e.g. preloaded
 * while the data was still on its way) renders in the same commit: React 19 holds a resolved
 * Suspense boundary back for up to 300 ms after its fallback showed, which delayed the startup
 * chart by that much (bench/, metric 1). A load failure is thrown from render, for an ErrorBoundary.
 */
export const useLazyModule = <T>(module: LazyModule<T>): T | undefined => {
  const [, loadedNow] = useReducer((n: number) => n + 1, 0);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const value = module.current();
  useEffect(() => {
    if (value !== undefined) return;
    let live = true;
    module.load().then(
      () => live && loadedNow(),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, [module, value]);
  if (failure !== null && value === undefined) throw failure.error;
  return value;
};
