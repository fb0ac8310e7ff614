import { z } from 'zod';
import type { Dataset, DatasetSummary } from '../dataset';
import { channel } from './channel';

export const datasetChannels = {
  listDatasets: channel('datasets:list', z.undefined(), {} as DatasetSummary[]),
  getDataset: channel('datasets:get', z.object({ id: z.string().min(1).max(100) }).strict(), {} as Dataset),
  getSourceLines: channel(
    'source:lines',
    z
      .object({ from: z.number().int().min(1).max(100_000), to: z.number().int().min(1).max(100_000) })
      .strict()
      .refine((r) => r.to >= r.from && r.to - r.from <= 200, 'at most 200 lines, from ≤ to'),
    {} as { from: number; lines: string[]; total: number },
  ),
};
