import type { Page } from '@playwright/test';
import { APP_URL, probeOf, type BenchBrowser } from '../lib/browser';
import { BENCH_DIR, createApp, type Workspace } from '../lib/app';
import { measured, notMeasurable, type MetricResult } from '../lib/results';
import { median } from '../lib/stats';
import { loadUntilMark } from './startup';

const check = { id: '1d', metric: 'navigation → start screen painted, first run (no last session)', unit: 'ms' as const, overFloor: 150 };
/** The app's mark (src/renderer/src/features/home/start-screen-mark.ts; the bench builds without the renderer's sources). */
const START_SCREEN_MARK = 'start-screen-painted';
const MARK_TIMEOUT = 15_000;
const MARK_REPORT = 'bench:start-screen ';

/**
 * Reports the start screen's mark as a console message, as the shared probe does for the chart's
 * (waiting by polling would run Playwright's scripts in the middle of the app's startup). Installed
 * in the floor page too, so both pay for the same observer.
 */
const REPORT_START_SCREEN = ({ mark, prefix }: { mark: string; prefix: string }) => {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === mark) console.debug(prefix + String(e.startTime));
  }).observe({ type: 'mark', buffered: true });
};

const startScreenMark = (page: Page): Promise<number> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      page.off('console', onMessage);
      reject(new Error(`no "${START_SCREEN_MARK}" mark within ${MARK_TIMEOUT} ms`));
    }, MARK_TIMEOUT);
    const onMessage = (message: { text: () => string }) => {
      const text = message.text();
      if (!text.startsWith(MARK_REPORT)) return;
      clearTimeout(timer);
      page.off('console', onMessage);
      resolve(Number(text.slice(MARK_REPORT.length)));
    };
    page.on('console', onMessage);
  });

/** The floor page loaded cold in a fresh context: its first contentful paint (its inline SVG chart). */
const floorPaint = async (browser: BenchBrowser): Promise<number> => {
  const { page, close } = await browser.open(BENCH_DIR, null);
  try {
    await page.addInitScript(REPORT_START_SCREEN, { mark: START_SCREEN_MARK, prefix: MARK_REPORT });
    const marked = await loadUntilMark(page, `${APP_URL}/floor.html`);
    return Math.min((await probeOf(page)).paints['first-contentful-paint'] ?? Infinity, marked);
  } finally {
    await close();
  }
};

/**
 * A first run: a fresh user-data folder (no last session, no snapshot, no saved view), so the start
 * screen is the first screen; navigation → its cards painted with main's pictures (the app's own mark).
 */
const firstRun = async (browser: BenchBrowser, ws: Workspace): Promise<{ painted: number; fcp: number }> => {
  const app = createApp(ws, ws.reportResourcesDir);
  const { page, close } = await browser.open(ws.rendererDir, app.dispatch, app.figure);
  try {
    await page.addInitScript(REPORT_START_SCREEN, { mark: START_SCREEN_MARK, prefix: MARK_REPORT });
    const [painted] = await Promise.all([startScreenMark(page), page.goto(`${APP_URL}/index.html`)]);
    return { painted, fcp: (await probeOf(page)).paints['first-contentful-paint'] ?? Number.NaN };
  } finally {
    await close();
  }
};

/** Metric 1d: the start screen on a first run, beside the floor page's first paint, floor and app interleaved. */
export const measureFirstRun = async (browser: BenchBrowser, ws: Workspace, runs: number): Promise<MetricResult> => {
  const target = `≤ floor + ${check.overFloor} ms`;
  const app: { painted: number; fcp: number }[] = [];
  const floor: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      floor.push(await floorPaint(browser));
      app.push(await firstRun(browser, ws));
    }
  } catch (e) {
    return notMeasurable({ ...check, target }, `the first run showed no start screen (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
  const painted = app.map((a) => a.painted);
  const a = median(painted);
  const f = median(floor);
  const note = `app min ${Math.min(...painted).toFixed(0)} ms, max ${Math.max(...painted).toFixed(0)} ms; the app's own first-contentful-paint (median) ${median(app.map((r) => r.fcp)).toFixed(0)} ms; floor: first-contentful-paint`;
  return measured({ ...check, target, runs, note }, a, f, a <= f + check.overFloor);
};
