import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_FILE } from '../../src/main/services';
import { APP_URL, heapAfterGc, settle, type BenchBrowser } from '../lib/browser';
import { BENCH_DIR, createApp, type Workspace } from '../lib/app';
import { measured, notMeasurable, type MetricResult } from '../lib/results';
import { max, median, p75 } from '../lib/stats';
import { catalogButton, clickCheckboxes, domCounts, FIGURE_SVG, MARK_SELECTOR, openDataset, openFilters, openTab, sortButton, timedInteraction, type Timed } from '../lib/ui';
import { LARGE_ID, LARGE_TITLE, writeLargeDataset } from '../generate-large-dataset';

export const LARGE_ROWS = 100_000;
const LATENCY_TARGET = 100;
const LONG_TASK_TARGET = 100;
const HEAP_TARGET_MB = 40;
const MAX_TABLE_ROWS = 300;
const MAX_CHART_MARKS = 500;
const FILTER_CLICKS = 6;
const SORTS = ['Amount', 'Country code', 'Theme', 'Amount'];
const MB = 1024 * 1024;

type Run = { filter: Timed[]; sort: Timed[]; heapMb: number; tableRows: number; chartShapes: number | null; loadMs: number };

/** Lets the first screen finish (fonts, idle work) before the empty-app heap is taken as the baseline. */
const SETTLE_MS = 2500;

const appRun = async (browser: BenchBrowser, ws: Workspace): Promise<Run> => {
  // A fresh user-data folder each run: otherwise the app reopens the last session's 100,000 rows at startup.
  const app = createApp(ws, ws.scaleResourcesDir);
  const { page, cdp, close } = await browser.open(ws.rendererDir, app.dispatch);
  try {
    await page.goto(`${APP_URL}/index.html`);
    await catalogButton(page, LARGE_TITLE).waitFor();
    await page.waitForTimeout(SETTLE_MS);
    await settle(page);
    const emptyHeap = await heapAfterGc(cdp);
    const started = Date.now();
    await openDataset(page, LARGE_TITLE);
    await page.getByRole('table').waitFor();
    await settle(page);
    const loadMs = Date.now() - started;
    await openFilters(page);
    const filter = await clickCheckboxes(page, 'Region', FILTER_CLICKS);
    const sort: Timed[] = [];
    for (const heading of SORTS) sort.push(await timedInteraction(page, () => sortButton(page, heading).click()));
    const { tableRows } = await domCounts(page);
    let chartShapes: number | null = null;
    // Until the explorer has a Chart tab, the heap is measured with the table alone.
    if ((await page.getByRole('tab', { name: 'Chart', exact: true }).count()) > 0) {
      await openTab(page, 'Chart');
      await page.locator(FIGURE_SVG).first().waitFor({ timeout: 30_000 });
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length > 0, MARK_SELECTOR, { timeout: 30_000 });
      await settle(page);
      chartShapes = (await domCounts(page)).chartMarks;
    }
    const heapMb = ((await heapAfterGc(cdp)) - emptyHeap) / MB;
    return { filter, sort, heapMb, tableRows, chartShapes, loadMs };
  } finally {
    await close();
  }
};

/** The floor: the same number of filter clicks on the static page, and its heap. */
const floorRun = async (browser: BenchBrowser): Promise<{ filter: Timed[]; heapMb: number }> => {
  const { page, cdp, close } = await browser.open(BENCH_DIR, null);
  try {
    await page.goto(`${APP_URL}/floor.html`);
    const filter = await clickCheckboxes(page, 'Filter', FILTER_CLICKS);
    return { filter, heapMb: (await heapAfterGc(cdp)) / MB };
  } finally {
    await close();
  }
};

/** Writes the generated dataset into the workspace's scale copy of resources/, once per bench run. */
export const ensureLargeDataset = (ws: Workspace): void => {
  if (existsSync(join(ws.scaleResourcesDir, 'datasets', `${LARGE_ID}.json`))) return;
  const lines = readFileSync(join(ws.scaleResourcesDir, SOURCE_FILE), 'utf8').split('\n').length;
  writeLargeDataset(ws.scaleResourcesDir, LARGE_ROWS, lines);
};

const latencies = (ts: readonly Timed[]) => ts.map((t) => t.latency);
const longest = (ts: readonly Timed[]) => max(ts.map((t) => t.longestTask));

/**
 * Metric 4: a generated dataset of LARGE_ROWS rows, loaded through the real handlers and bridge from a
 * temp copy of resources/ (bench only). Filter clicks on the Region checkboxes and sorts on four columns,
 * timed by Event Timing; the longest task during them; the JS heap after GC above the empty app with
 * the table and chart shown; rendered table rows and chart shapes.
 */
export const measureScale = async (browser: BenchBrowser, ws: Workspace, runs: number): Promise<MetricResult[]> => {
  ensureLargeDataset(ws);
  const base = { unit: 'ms' as const };
  const appRuns: Run[] = [];
  const floorRuns: { filter: Timed[]; heapMb: number }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      floorRuns.push(await floorRun(browser));
      appRuns.push(await appRun(browser, ws));
    }
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n').slice(0, 3).join(' ').replace(/\s+/g, ' ') : String(e);
    return [notMeasurable({ ...base, id: '4', metric: `scale: ${LARGE_ROWS.toLocaleString('en-CA')} rows`, target: '' }, `the app could not be driven: ${why}`)];
  }
  const per = <T>(f: (r: Run) => T) => appRuns.map(f);
  const floorFilterP75 = median(floorRuns.map((r) => p75(latencies(r.filter))));
  const floorLongest = median(floorRuns.map((r) => longest(r.filter)));
  const filterP75 = median(per((r) => p75(latencies(r.filter))));
  const sortP75 = median(per((r) => p75(latencies(r.sort))));
  const longestTask = median(per((r) => longest([...r.filter, ...r.sort])));
  const heap = median(per((r) => r.heapMb));
  const rows = max(per((r) => r.tableRows));
  const shapes = per((r) => r.chartShapes).filter((n): n is number => n !== null);
  const label = `${LARGE_ROWS / 1000}k rows`;
  const load = `opening it (bridge + first table render) took ${median(per((r) => r.loadMs))} ms median`;
  const worst = `worst single filter ${max(per((r) => max(latencies(r.filter))))} ms, sort ${max(per((r) => max(latencies(r.sort))))} ms, task ${max(per((r) => longest([...r.filter, ...r.sort])))} ms`;
  return [
    measured({ ...base, id: '4a', metric: `${label}: filter (p75)`, target: `≤ ${LATENCY_TARGET} ms`, runs, note: `${load}; ${worst}` }, filterP75, floorFilterP75, filterP75 <= LATENCY_TARGET),
    measured({ ...base, id: '4b', metric: `${label}: sort (p75)`, target: `≤ ${LATENCY_TARGET} ms`, runs }, sortP75, floorFilterP75, sortP75 <= LATENCY_TARGET),
    measured({ ...base, id: '4c', metric: `${label}: longest task, filter + sort`, target: `≤ ${LONG_TASK_TARGET} ms`, runs }, longestTask, floorLongest, longestTask <= LONG_TASK_TARGET),
    measured(
      { unit: 'MB', id: '4d', metric: `${label}: JS heap above empty app (after GC)`, target: `≤ ${HEAP_TARGET_MB} MB`, runs, note: 'floor column: the whole floor page heap' },
      heap,
      median(floorRuns.map((r) => r.heapMb)),
      heap <= HEAP_TARGET_MB,
    ),
    measured({ unit: 'count', id: '4e', metric: `${label}: table <tr> in the DOM (max)`, target: `≤ ${MAX_TABLE_ROWS}`, runs }, rows, null, rows <= MAX_TABLE_ROWS),
    shapes.length === runs
      ? measured({ unit: 'count', id: '4f', metric: `${label}: chart marks drawn (max)`, target: `≤ ${MAX_CHART_MARKS}`, runs }, max(shapes), null, max(shapes) <= MAX_CHART_MARKS)
      : notMeasurable({ unit: 'count', id: '4f', metric: `${label}: chart marks drawn`, target: `≤ ${MAX_CHART_MARKS}` }, 'no chart SVG on the Chart tab'),
  ];
};
