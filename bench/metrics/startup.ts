import { defaultViewState } from '../../src/shared/constants';
import { methodNames } from '../../src/shared/ipc/contract';
import { APP_URL, waitForMark, type BenchBrowser } from '../lib/browser';
import { createApp, readCatalog, seedStartupView, BENCH_DIR, type Workspace } from '../lib/app';
import { measured, notMeasurable, type MetricResult } from '../lib/results';
import { median } from '../lib/stats';

export const CHART_MARK = 'first-chart-interactive';
const BUDGET_OVER_FLOOR = 150;
const MARK_TIMEOUT = 15_000;
const check = { id: '1', metric: 'navigation → first interactive chart', unit: 'ms' as const, target: `≤ floor + ${BUDGET_OVER_FLOOR} ms` };

/** The floor: the static page's script marks as soon as its inline SVG chart is parsed. */
export const floorStartup = async (browser: BenchBrowser): Promise<number> => {
  const { page, close } = await browser.open(BENCH_DIR, null);
  try {
    await page.goto(`${APP_URL}/floor.html`);
    return await waitForMark(page, CHART_MARK, MARK_TIMEOUT);
  } finally {
    await close();
  }
};

/**
 * One app run: the user left the app on the chart of the first dataset, so the app reopens there
 * (its own last-session view, saved through the real handlers before the page loads). The time is
 * the chart's mark on the page's clock, from navigation start: no harness latency is included.
 */
export const appStartup = async (browser: BenchBrowser, ws: Workspace, datasetId: string): Promise<number> => {
  const app = createApp(ws, ws.reportResourcesDir);
  await seedStartupView(app, { ...defaultViewState(datasetId), tab: 'chart' });
  const { page, close } = await browser.open(ws.rendererDir, app.dispatch);
  try {
    await page.goto(`${APP_URL}/index.html`);
    return await waitForMark(page, CHART_MARK, MARK_TIMEOUT);
  } finally {
    await close();
  }
};

export const measureStartup = async (browser: BenchBrowser, ws: Workspace, runs: number): Promise<MetricResult> => {
  if (!(methodNames as string[]).includes('saveLastView')) return notMeasurable(check, 'the app has no last-session view to reopen a chart at startup');
  const first = (await readCatalog(createApp(ws, ws.reportResourcesDir).dispatch))[0];
  if (first === undefined) return notMeasurable(check, 'the catalog is empty');
  const app: number[] = [];
  const floor: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      floor.push(await floorStartup(browser));
      app.push(await appStartup(browser, ws, first.id));
    }
  } catch (e) {
    return notMeasurable(check, `no "${CHART_MARK}" mark after reopening on a chart (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
  const a = median(app);
  const f = median(floor);
  return measured({ ...check, runs, note: `"${first.title.en}", Chart tab; app min ${Math.min(...app).toFixed(0)} ms, max ${Math.max(...app).toFixed(0)} ms` }, a, f, a <= f + BUDGET_OVER_FLOOR);
};
