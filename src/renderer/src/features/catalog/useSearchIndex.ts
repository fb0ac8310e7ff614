import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Dataset, DatasetSummary } from '../../../../shared/dataset';
import type { SearchOutcome } from '../../../../shared/view/search-index';
import type { Lang } from '../../../../shared/view/fields';
import type { Loadable } from '../../hooks/useResult';
import { CACHE_MAX_ROWS, loadDataset } from '../explorer/dataset-cache';

/**
 * Beyond this many rows a dataset's values are not indexed (its title still is): fetching and indexing
 * 100,000 rows froze the page for seconds (bench/, metric 4). The report's datasets are far smaller.
 */
export const INDEX_MAX_ROWS = CACHE_MAX_ROWS;

/**
 * Every valid dataset, fetched once the search is first used (focused or typed in), then indexed for
 * the catalog search; until they arrive only titles are searched. Fetching them at startup, even when
 * idle, raced the startup view's own dataset and re-rendered the app twenty times (bench/, metric 1).
 */
export type Searcher = (query: string) => SearchOutcome;

/** The search library and index code load with the datasets, not with the first screen (bundle budget). */
const loadSearchModule = () => import('../../../../shared/view/search-index');

export const useSearchIndex = (
  catalog: Loadable<DatasetSummary[]>,
  lang: Lang,
): { search: Searcher | null; want: () => void } => {
  const [wanted, setWanted] = useState(false);
  const [loaded, setLoaded] = useState<{ datasets: Dataset[]; module: Awaited<ReturnType<typeof loadSearchModule>> } | null>(
    null,
  );
  const ids =
    catalog.state === 'ready'
      ? catalog.value.flatMap((s) => (s.status === 'ok' && s.rowCount <= INDEX_MAX_ROWS ? [s.id] : [])).join('\n')
      : null;
  useEffect(() => {
    if (ids === null || !wanted) return;
    let live = true;
    const fetched = Promise.all(
      ids
        .split('\n')
        .filter(Boolean)
        .map((id) => loadDataset(window.api, id)),
    );
    void Promise.all([fetched, loadSearchModule()]).then(([results, module]) => {
      if (live) setLoaded({ datasets: results.flatMap((r) => (r.ok ? [r.value] : [])), module });
    });
    return () => {
      live = false;
    };
  }, [ids, wanted]);
  const want = useCallback(() => setWanted(true), []);
  const search = useMemo<Searcher | null>(() => {
    if (loaded === null) return null;
    const index = loaded.module.buildSearchIndex(loaded.datasets, lang);
    return (query) => loaded.module.searchIndex(index, query);
  }, [loaded, lang]);
  return { search, want };
};
