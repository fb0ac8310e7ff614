import { useEffect } from 'react';
import type { Dataset } from '../../../../shared/dataset';
import { prepareSort } from '../../../../shared/view/sort';

/** Below this many rows a sort is quick enough on demand. */
export const PREPARE_SORTS_FROM = 5_000;

const idle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 5_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 50);
  return () => clearTimeout(id);
};

/**
 * While a big dataset is on screen, ranks its columns one per idle period, so a click on a column
 * header only has to order numbers: ranking a 100,000-row column on the click took up to 80 ms,
 * a long task the user waits for (bench/, metric 4).
 */
export const usePreparedSorts = (dataset: Dataset | null): void => {
  useEffect(() => {
    if (dataset === null || dataset.rows.length < PREPARE_SORTS_FROM) return;
    const fields = dataset.fields.map((f) => f.key);
    let cancel = () => {};
    const next = () => {
      const field = fields.shift();
      if (field === undefined) return;
      prepareSort(dataset.rows, field);
      cancel = idle(next);
    };
    cancel = idle(next);
    return () => cancel();
  }, [dataset]);
};
