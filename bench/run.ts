import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import { BENCH_DIR, ROOT, createWorkspace } from './lib/app';
import { traceStartup } from './trace';
import { BenchBrowser, chromiumPath, type Serving } from './lib/browser';
import { stepFilter } from './lib/only';
import { printTable, writeResults, type MetricResult } from './lib/results';
import { measureBundle } from './metrics/bundle';
import { measureMainProcess } from './metrics/main-process';
import { measureStartup } from './metrics/startup';
import { measureFirstRun } from './metrics/first-run';
import { measureInteraction } from './metrics/interaction';
import { measureScale } from './metrics/scale';
import { measureOpenLarge } from './metrics/open-large';
import { measureExport } from './metrics/export';
import { measureComposerExport } from './metrics/export-composer';
import { measureLongTasks } from './metrics/long-tasks';
import { measureSearch } from './metrics/search';

/**
 * `npm run bench`: every metric against this machine's own floor, measured by the same harness in the
 * same run (floor and app runs interleaved), so a busy machine slows both. Prints a table and writes
 * bench/results.json. Options: --runs N (default 10, the minimum for a reported median),
 * --session-seconds S (metric 7, default 30), --only 1,5c,... (a subset while developing: a metric's number
 * runs all its steps, e.g. `5` runs 5 and 5c; `5c` runs that step alone), --trace (metric 1c under a
 * Chromium trace, CPU by cause: bench/trace.ts; --runs defaults to 5 there), --serve http (files from a
 * local HTTP server instead of Playwright's router, a closer stand-in for app://: bench/lib/http-serve.ts).
 */
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    'session-seconds': { type: 'string', default: '30' },
    only: { type: 'string' },
    trace: { type: 'boolean', default: false },
    serve: { type: 'string', default: 'route' },
  },
});
const runs = Math.max(1, Number(values.runs));
const sessionSeconds = Math.max(1, Number(values['session-seconds']));
const wanted = stepFilter(values.only);
if (values.serve !== 'route' && values.serve !== 'http') throw new Error(`--serve is route or http, not ${values.serve}`);
const serving: Serving = values.serve;

const main = async () => {
  if (values.trace) return runTraced(values.runs === '10' ? 5 : runs);
  const ws = createWorkspace();
  const browser = await BenchBrowser.launch(chromiumPath, serving);
  const results: MetricResult[] = [];
  const step = async (id: string, label: string, run: () => Promise<MetricResult | MetricResult[]> | MetricResult | MetricResult[]) => {
    if (!wanted(id)) return;
    const started = Date.now();
    process.stdout.write(`metric ${id}: ${label}… `);
    const out = await run();
    results.push(...(Array.isArray(out) ? out : [out]));
    console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  try {
    await step('1', 'startup', () => measureStartup(browser, ws, runs));
    await step('1d', 'first run → start screen', () => measureFirstRun(browser, ws, runs));
    await step('2', 'bundle size', () => measureBundle(ws.rendererDir));
    await step('3', 'filter → repaint', () => measureInteraction(browser, ws, runs));
    await step('4', 'scale (100,000 rows)', () => measureScale(browser, ws, runs));
    await step('4g', 'opening the 100,000-row dataset', () => measureOpenLarge(browser, ws, runs));
    await step('5', 'export', () => measureExport(browser, ws, runs));
    await step('5c', 'export composer (16:9 slide)', () => measureComposerExport(browser, ws, runs));
    await step('6', 'main-process startup', () => measureMainProcess(ws.reportResourcesDir, runs));
    await step('7', `long tasks (${sessionSeconds} s session)`, () => measureLongTasks(browser, ws, runs, sessionSeconds));
    await step('8', 'search per keystroke', () => measureSearch(browser, ws, runs));
  } finally {
    await browser.close();
    ws.dispose();
  }
  console.log('');
  printTable(results);
  const file = join(BENCH_DIR, 'results.json');
  writeResults(file, results, {
    date: new Date().toISOString(),
    runs,
    sessionSeconds,
    machine: { cpus: cpus().length, loadavg: loadavg().map((n) => Math.round(n * 100) / 100), node: process.version },
    chromium: chromiumPath,
    serving,
  });
  console.log(`\nwrote ${file}`);
  const failed = results.filter((r) => r.status !== 'pass');
  if (failed.length > 0) console.log(`${failed.length} of ${results.length} checks not passing: ${failed.map((r) => `${r.id} (${r.status})`).join(', ')}`);
  // A measured miss fails the command; "not measurable yet" is reported but is not a regression.
  if (results.some((r) => r.status === 'fail')) process.exitCode = 1;
};

/** --trace: rebuilds the renderer with hidden source maps, traces, and removes the maps again. */
async function runTraced(tracedRuns: number) {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, IOM_SOURCEMAP: 'hidden' } });
  const ws = createWorkspace();
  const browser = await BenchBrowser.launch(chromiumPath, serving);
  try {
    console.log(await traceStartup(browser, ws, tracedRuns));
    console.log(`wrote ${join(BENCH_DIR, 'traces')}/summary.md and 1c-app.json`);
  } finally {
    await browser.close();
    ws.dispose();
    for (const f of readdirSync(join(ROOT, 'out/renderer/assets'))) if (f.endsWith('.map')) rmSync(join(ROOT, 'out/renderer/assets', f));
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
