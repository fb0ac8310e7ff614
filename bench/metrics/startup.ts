import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultViewState } from '../../src/shared/default-view-state';
import { methodNames } from '../../src/shared/ipc/contract';
import { STARTUP_FIGURE_FILE, STARTUP_FIGURE_ID } from '../../src/main/snapshot/startup-figure';
import type { Page } from '@playwright/test';
import { APP_URL, REPORTED_MARK, probeOf, reportedMark, type BenchBrowser } from '../lib/browser';
import { createApp, readCatalog, seedStartupView, BENCH_DIR, type AppInstance, type Workspace } from '../lib/app';
import { measured, notMeasurable, type MetricResult } from '../lib/results';
import { median } from '../lib/stats';
import { busyShare, withCpu, type CpuSpent } from '../lib/cpu';

export const CHART_MARK = REPORTED_MARK;
const MARK_TIMEOUT = 15_000;
/**
 * Before the warm load: the first load keeps the machine busy for about a second after its mark (idle-time
 * column ranking, the debounced saves, V8's background compilation). Reloading at once measured 715 ms,
 * after 0.5 s 527 ms, after 1.5 s 460 ms (medians of 6).
 */
const QUIET_MS = 1500;
/** How long the first session may take to hand main its snapshot (written 1.2 s after the view settles). */
const SNAPSHOT_TIMEOUT = 10_000;

const checks = {
  figure: { id: '1a', metric: 'navigation → first figure on screen, cold (restored snapshot)', unit: 'ms' as const, overFloor: 150 },
  warm: { id: '1b', metric: 'navigation → first interactive chart, warm (code compiled before)', unit: 'ms' as const, overFloor: 150 },
  cold: { id: '1c', metric: 'navigation → first interactive chart, cold', unit: 'ms' as const, overFloor: 300 },
};

/** One cold load in a fresh context, then the same page again in that context (its code compiled once). */
export type StartupTimes = {
  /** The chart's `first-chart-interactive` mark (the floor: its own mark once its SVG is parsed). */
  cold: number;
  /** First figure painted: the restored snapshot's Element Timing (the floor: first-contentful-paint). */
  figure: number;
  layoutShift: number;
  reload: number;
  coldCpu: CpuSpent;
};

export const loadUntilMark = async (page: Page, url: string): Promise<number> => {
  const [marked] = await Promise.all([reportedMark(page, MARK_TIMEOUT), page.goto(url)]);
  return marked;
};

const loadTwice = async (page: Page, url: string, figurePaint: string): Promise<StartupTimes> => {
  const { value: cold, cpu: coldCpu } = await withCpu(() => loadUntilMark(page, url));
  await page.waitForTimeout(QUIET_MS);
  const probe = await probeOf(page);
  const figure = Math.min(probe.paints[figurePaint] ?? Infinity, cold);
  return { cold, figure, layoutShift: probe.layoutShift, coldCpu, reload: await loadUntilMark(page, url) };
};

const cpuNote = (times: readonly StartupTimes[]) => {
  const own = times.map((t) => t.coldCpu.own).filter((o) => o !== undefined);
  const ownNote = own.length > 0 ? `, of which the bench's Chromium ${median(own.map((o) => o.browserMs)).toFixed(0)} ms and harness ${median(own.map((o) => o.harnessMs)).toFixed(0)} ms` : '';
  return `${median(times.map((t) => t.coldCpu.busyMs)).toFixed(0)} ms at ${(median(times.map((t) => busyShare(t.coldCpu))) * 100).toFixed(0)}% busy${ownNote}`;
};

/** The floor: a static page whose inline SVG chart is in its first paint; its script marks once the SVG is parsed. */
export const floorStartup = async (browser: BenchBrowser): Promise<StartupTimes> => {
  const { page, close } = await browser.open(BENCH_DIR, null);
  try {
    return await loadTwice(page, `${APP_URL}/floor.html`, 'first-contentful-paint');
  } finally {
    await close();
  }
};

/**
 * The session before: the user leaves the app on the chart; main keeps its last view and, once the
 * view has settled, its snapshot. Resolves once the snapshot file is there.
 */
export const previousSession = async (browser: BenchBrowser, ws: Workspace, app: AppInstance): Promise<void> => {
  const { page, close } = await browser.open(ws.rendererDir, app.dispatch, app.figure);
  try {
    await loadUntilMark(page, `${APP_URL}/index.html`);
    const file = join(app.userDataDir, STARTUP_FIGURE_FILE);
    for (const started = Date.now(); !existsSync(file); await page.waitForTimeout(100))
      if (Date.now() - started > SNAPSHOT_TIMEOUT) throw new Error('the first session kept no startup figure');
  } finally {
    await close();
  }
};

/**
 * One app run: the app reopens on the chart of the first dataset (its own last-session view and
 * snapshot, saved through the real handlers by a previous session), in a fresh context. Times are on the
 * page's clock from navigation start; the harness's bridge and file serving are included (README).
 */
export const appStartup = async (browser: BenchBrowser, ws: Workspace, datasetId: string): Promise<StartupTimes> => {
  const app = createApp(ws, ws.reportResourcesDir);
  await seedStartupView(app, { ...defaultViewState(datasetId), tab: 'chart' });
  await previousSession(browser, ws, app);
  const { page, close } = await browser.open(ws.rendererDir, app.dispatch, app.figure);
  try {
    return await loadTwice(page, `${APP_URL}/index.html`, STARTUP_FIGURE_ID);
  } finally {
    await close();
  }
};

const result = (c: (typeof checks)[keyof typeof checks], runs: number, app: number[], floor: number[], note: string): MetricResult => {
  const a = median(app);
  const f = median(floor);
  const spread = `app min ${Math.min(...app).toFixed(0)} ms, max ${Math.max(...app).toFixed(0)} ms`;
  return measured({ id: c.id, metric: c.metric, unit: c.unit, target: `≤ floor + ${c.overFloor} ms`, runs, note: `${spread}; ${note}` }, a, f, a <= f + c.overFloor);
};

export const measureStartup = async (browser: BenchBrowser, ws: Workspace, runs: number): Promise<MetricResult[]> => {
  const all = Object.values(checks).map((c) => ({ ...c, target: `≤ floor + ${c.overFloor} ms` }));
  if (!(methodNames as string[]).includes('saveStartupFigure')) return all.map((c) => notMeasurable(c, 'the app keeps no startup figure'));
  const first = (await readCatalog(createApp(ws, ws.reportResourcesDir).dispatch))[0];
  if (first === undefined) return all.map((c) => notMeasurable(c, 'the catalog is empty'));
  const app: StartupTimes[] = [];
  const floor: StartupTimes[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      floor.push(await floorStartup(browser));
      app.push(await appStartup(browser, ws, first.id));
    }
  } catch (e) {
    return all.map((c) => notMeasurable(c, `no "${CHART_MARK}" mark after reopening on a chart (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`));
  }
  const restored = app.filter((t) => t.figure < t.cold).length;
  const cls = median(app.map((t) => t.layoutShift)).toFixed(4);
  return [
    result(checks.figure, runs, app.map((t) => t.figure), floor.map((t) => t.figure), `"${first.title.en}", Chart tab; the restored figure painted before the live chart in ${restored} of ${runs} runs; floor: first-contentful-paint; CLS of the app's load (median) ${cls}`),
    result(checks.warm, runs, app.map((t) => t.reload), floor.map((t) => t.reload), 'the same page loaded again in its context after 1.5 s quiet (its scripts compiled once in that renderer)'),
    result(checks.cold, runs, app.map((t) => t.cold), floor.map((t) => t.cold), `CPU of the cold load, whole machine: app ${cpuNote(app)}; floor ${cpuNote(floor)}`),
  ];
};
