import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetSchema, summarizeDataset, type Dataset, type DatasetSummary } from '../../shared/dataset';
import { sha256, type DatasetManifest } from './manifest';

export type LoadedCatalog = {
  datasets: ReadonlyMap<string, Dataset>;
  summaries: DatasetSummary[];
  /** SHA-256 of every file read, by file name: what the build's start-screen figures are checked against. */
  hashes: Readonly<Record<string, string>>;
};

const idFromFile = (file: string) => file.replace(/\.json$/, '');

/**
 * Reads every bundled dataset. A file whose bytes match the build's manifest was validated when the
 * app was built and is only parsed; any other file is validated with zod. A file that cannot be read
 * or fails validation is listed as `invalid` with its problems (the app shows them) and skipped; the
 * others still load.
 */
export const loadDatasets = (dir: string, manifest: DatasetManifest | null = null): LoadedCatalog => {
  const datasets = new Map<string, Dataset>();
  const summaries: DatasetSummary[] = [];
  const hashes: Record<string, string> = {};
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { datasets, hashes, summaries: [{ status: 'invalid', id: 'catalog', file: dir, problems: [`datasets folder unreadable: ${reason}`] }] };
  }
  for (const file of files) {
    let raw: unknown;
    let validatedAtBuild: boolean;
    try {
      const bytes = readFileSync(join(dir, file));
      hashes[file] = sha256(bytes);
      validatedAtBuild = manifest !== null && manifest.files[file] === hashes[file];
      raw = JSON.parse(bytes.toString('utf8'));
    } catch (e) {
      summaries.push({ status: 'invalid', id: idFromFile(file), file, problems: [`not valid JSON: ${e instanceof Error ? e.message : String(e)}`] });
      continue;
    }
    // zod costs ~30 ms cold at launch: the build already ran it on exactly these bytes.
    const parsed = validatedAtBuild ? { success: true as const, data: raw as Dataset } : datasetSchema.safeParse(raw);
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
  return { datasets, summaries, hashes };
};
