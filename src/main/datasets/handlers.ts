import { AppError } from '../../shared/ipc/result';
import type { Handlers } from '../ipc/handle';
import type { datasetChannels } from '../../shared/ipc/datasets';
import type { LoadedCatalog } from './loader';

type DatasetHandlers = Pick<Handlers, keyof typeof datasetChannels>;

export const datasetHandlers = (catalog: LoadedCatalog, sourceLines: readonly string[]): DatasetHandlers => ({
  listDatasets: () => catalog.summaries,
  getDataset: ({ id }) => {
    const ds = catalog.datasets.get(id);
    if (ds) return ds;
    const invalid = catalog.summaries.find((s) => s.status === 'invalid' && s.id === id);
    if (invalid?.status === 'invalid') throw new AppError('DATASET_INVALID', `Dataset “${id}” failed validation: ${invalid.problems.join('; ')}`);
    throw new AppError('NOT_FOUND', `No dataset “${id}”.`);
  },
  getSourceLines: ({ from, to }) => {
    if (from > sourceLines.length) throw new AppError('NOT_FOUND', `The report has ${sourceLines.length} lines.`);
    return { from, lines: sourceLines.slice(from - 1, Math.min(to, sourceLines.length)), total: sourceLines.length };
  },
});
