import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadDatasets } from '../../src/main/datasets/loader';
import { MANIFEST_FILE, readManifest } from '../../src/main/datasets/manifest';
import { loadSourceLines } from '../../src/main/datasets/source-text';
import { SOURCE_FILE } from '../../src/main/services';

/**
 * One cold run in a fresh process (the app does this once per launch, so a warmed-up loop would
 * flatter it). `app`: what createHandlers does at startup (hash check against the build's manifest). `floor`: just reading and parsing the same
 * files, no validation. Prints the elapsed milliseconds as JSON on stdout.
 */
const [mode, resourcesDir] = process.argv.slice(2);
if ((mode !== 'app' && mode !== 'floor') || resourcesDir === undefined) throw new Error('usage: main-process-child.ts app|floor <resourcesDir>');
const dir = join(resourcesDir, 'datasets');
// What the app reads at startup: the hashes the build wrote after validating the datasets (npm run bench builds first).
const manifestFile = join(import.meta.dirname, '../../out/main', MANIFEST_FILE);

const started = performance.now();
const cpuStart = process.cpuUsage();
const run = (): { datasets: number; lines: number } => {
  if (mode === 'app') {
    const manifest = readManifest(manifestFile);
    if (manifest === null) throw new Error(`${manifestFile} is missing: run npm run build first`);
    return { datasets: loadDatasets(dir, manifest).datasets.size, lines: loadSourceLines(join(resourcesDir, SOURCE_FILE)).length };
  }
  let datasets = 0;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) if (JSON.parse(readFileSync(join(dir, f), 'utf8'))) datasets++;
  return { datasets, lines: readFileSync(join(resourcesDir, SOURCE_FILE), 'utf8').split(/\r?\n/).length };
};
const { datasets, lines } = run();
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuStart);
// The counts keep the work observable (and show both modes read the same files).
process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, datasets, lines }));
