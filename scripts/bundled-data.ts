import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadDatasets } from '../src/main/datasets/loader';
import { MANIFEST_FILE, sha256, type DatasetManifest } from '../src/main/datasets/manifest';

/** Validates every dataset in `dir` in full (zod); the manifest lists only the files that passed. */
export const validateBundledDatasets = (dir: string): { manifest: DatasetManifest; problems: string[] } => {
  const catalog = loadDatasets(dir, null);
  const invalid = catalog.summaries.flatMap((s) => (s.status === 'invalid' ? [s] : []));
  const problems = invalid.flatMap((s) => s.problems.map((p) => `${s.file}: ${p}`));
  const rejected = new Set(invalid.map((s) => s.file));
  const files: Record<string, string> = {};
  if (invalid.every((s) => s.id !== 'catalog'))
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && !rejected.has(f)).sort())
      files[file] = sha256(readFileSync(join(dir, file)));
  return { manifest: { files }, problems };
};

/**
 * The main build's step for the bundled data: validates it once and fails the build on any problem,
 * then writes out/main/datasets-manifest.json, whose hashes let startup skip validation.
 */
export const bundledDataPlugin = (datasetsDir: string): Plugin => {
  let manifest: DatasetManifest = { files: {} };
  return {
    name: 'iom-bundled-datasets',
    buildStart() {
      const result = validateBundledDatasets(datasetsDir);
      if (result.problems.length > 0)
        this.error(`bundled datasets are invalid, so the app is not built:\n  ${result.problems.join('\n  ')}`);
      manifest = result.manifest;
      for (const file of Object.keys(manifest.files)) this.addWatchFile(join(datasetsDir, file));
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MANIFEST_FILE, source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
};
