import { useCallback, useEffect, useState } from 'react';
import type { DatasetSummary } from '../../../../shared/dataset';
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
  const [search, setSearch] = useState<Searcher | null>(null);
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
    // Built in slices, not in one go during render: that was a long task as the user began to type
    // (bench metric 7). The datasets come from the cache when only the language changed.
    void Promise.all([fetched, loadSearchModule()]).then(async ([results, module]) => {
      const index = await module.buildSearchIndexInSlices(results.flatMap((r) => (r.ok ? [r.value] : [])), lang);
      if (live) setSearch(() => (query: string) => module.searchIndex(index, query));
    });
    return () => {
      live = false;
    };
  }, [ids, wanted, lang]);
  const want = useCallback(() => setWanted(true), []);
  return { search, want };
};
