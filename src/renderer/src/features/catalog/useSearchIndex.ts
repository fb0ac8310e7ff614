import { useEffect, useMemo, useState } from 'react';
import type { Dataset, DatasetSummary } from '../../../../shared/dataset';
import { buildSearchIndex, type SearchIndex } from '../../../../shared/view/search-index';
import type { Lang } from '../../../../shared/view/fields';
import type { Loadable } from '../../hooks/useResult';

/**
 * Beyond this many rows a dataset's values are not indexed (its title still is): fetching and indexing
 * 100,000 rows at startup froze the page for seconds (bench/, metric 4). The report's datasets are far smaller.
 */
export const INDEX_MAX_ROWS = 5_000;

/** requestIdleCallback (at most 2 s later) where it exists, a short timeout elsewhere (happy-dom in tests). */
const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 50);
  return () => clearTimeout(id);
};

/**
 * Every valid dataset, fetched once after the catalog is on screen (they are small), indexed for
 * the catalog search. Until they arrive the index is null and only titles are searched.
 */
export const useSearchIndex = (catalog: Loadable<DatasetSummary[]>, lang: Lang): SearchIndex | null => {
  const [datasets, setDatasets] = useState<Dataset[] | null>(null);
  const ids =
    catalog.state === 'ready' ? catalog.value.flatMap((s) => (s.status === 'ok' && s.rowCount <= INDEX_MAX_ROWS ? [s.id] : [])).join('\n') : null;
  useEffect(() => {
    if (ids === null) return;
    let live = true;
    // Let the first screen (and a startup chart) finish before fetching the rest: when the page is idle,
    // at most 2 s later (bench/, metric 1: these 20 fetches competed with the first chart).
    const cancel = whenIdle(() => {
      void Promise.all(
        ids
          .split('\n')
          .filter(Boolean)
          .map((id) => window.api.getDataset({ id })),
      ).then((results) => {
        if (live) setDatasets(results.flatMap((r) => (r.ok ? [r.value] : [])));
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [ids]);
  return useMemo(() => (datasets === null ? null : buildSearchIndex(datasets, lang)), [datasets, lang]);
};
