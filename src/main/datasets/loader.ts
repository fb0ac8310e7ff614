import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetSchema, summarizeDataset, type Dataset, type DatasetSummary } from '../../shared/dataset';
import { isCertainlyValidDataset } from './fast-validate';

export type LoadedCatalog = {
  datasets: ReadonlyMap<string, Dataset>;
  summaries: DatasetSummary[];
};

const idFromFile = (file: string) => file.replace(/\.json$/, '');

/**
 * Reads and validates every bundled dataset. A file that cannot be read or fails validation is
 * listed as `invalid` with its problems (the app shows them) and skipped; the others still load.
 */
export const loadDatasets = (dir: string): LoadedCatalog => {
  const datasets = new Map<string, Dataset>();
  const summaries: DatasetSummary[] = [];
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { datasets, summaries: [{ status: 'invalid', id: 'catalog', file: dir, problems: [`datasets folder unreadable: ${reason}`] }] };
  }
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      summaries.push({ status: 'invalid', id: idFromFile(file), file, problems: [`not valid JSON: ${e instanceof Error ? e.message : String(e)}`] });
      continue;
    }
    // Plain checks first (zod costs ~30 ms cold at launch); they only say yes when zod would, else zod decides and explains.
    const parsed = isCertainlyValidDataset(raw) ? { success: true as const, data: raw } : datasetSchema.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 10).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
      summaries.push({ status: 'invalid', id: idFromFile(file), file, problems });
      continue;
    }
    if (datasets.has(parsed.data.id)) {
      summaries.push({ status: 'invalid', id: parsed.data.id, file, problems: [`duplicate dataset id ${parsed.data.id}`] });
      continue;
    }
    datasets.set(parsed.data.id, parsed.data);
    summaries.push(summarizeDataset(parsed.data));
  }
  return { datasets, summaries };
};
