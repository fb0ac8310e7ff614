import { chromium, type Browser, type BrowserContext, type CDPSession, type ConsoleMessage, type Page } from '@playwright/test';
import type { Dispatch } from '../../src/main/ipc/handle';
import { APP_URL, CHROMIUM_ARGS, bindApi, serveFolder } from '../../tests/e2e/wire-app';
import type { StartupFigureServer } from '../../src/main/snapshot/handlers';
import { startAppServer } from './http-serve';

export { APP_URL };
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What the page-side probes collected (see PROBES). Times are the page's performance.now() clock. */
export type PageProbe = {
  longTasks: { start: number; duration: number }[];
  events: { name: string; start: number; duration: number; interactionId: number }[];
  /** event.timeStamp of every click (capture phase), to time flows that end elsewhere (e.g. at the bridge). */
  clicks: number[];
  /** Paint times (page clock): first-contentful-paint, and the restored startup figure (Element Timing). */
  paints: Record<string, number>;
  /** Layout-shift score of the page so far (shifts without recent input), for CLS. */
  layoutShift: number;
};

/** The console message a page's probe prints when `REPORTED_MARK` is set: prefix + the mark's startTime. */
const MARK_REPORT = 'bench:mark ';
/** The mark whose time the probe reports without being asked (see `reportedMark`). */
export const REPORTED_MARK = 'first-chart-interactive';

/**
 * Installed before any page script, identically in the app and the floor page, so both pay the
 * same observer cost. Event Timing only reports events of ≥ 16 ms (the API's minimum threshold).
 * The reported mark goes out as a console message: waiting for it by polling (waitForFunction) makes
 * Playwright evaluate its own scripts in the page, which lands in the middle of the app's startup
 * but after the floor's mark, and so counted against the app only.
 */
const PROBES = ({ mark, prefix }: { mark: string; prefix: string }) => {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === mark) console.debug(prefix + String(e.startTime));
  }).observe({ type: 'mark', buffered: true });
  const probe: PageProbe = { longTasks: [], events: [], clicks: [], paints: {}, layoutShift: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.paints[e.name] ??= e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number; loadTime: number })[])
      probe.paints[e.identifier] ??= e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) probe.layoutShift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  addEventListener('click', (e) => probe.clicks.push(e.timeStamp), { capture: true });
  (window as unknown as { __bench: PageProbe }).__bench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[])
      probe.events.push({ name: e.name, start: e.startTime, duration: e.duration, interactionId: e.interactionId });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
};

export type Opened = { page: Page; context: BrowserContext; cdp: CDPSession; close: () => Promise<void> };

/** How pages get the app's files: Playwright's router (as the E2E tests) or a local HTTP server (http-serve.ts). */
export type Serving = 'route' | 'http';
type AppServer = Awaited<ReturnType<typeof startAppServer>>;

export class BenchBrowser {
  private constructor(
    private readonly browser: Browser,
    private readonly server: AppServer | null,
  ) {}

  static async launch(executablePath: string, serving: Serving = 'route'): Promise<BenchBrowser> {
    const server = serving === 'http' ? await startAppServer() : null;
    const args = server ? [...CHROMIUM_ARGS, server.resolverRules] : CHROMIUM_ARGS;
    return new BenchBrowser(await chromium.launch({ executablePath, args }), server);
  }

  /**
   * A fresh context per run (no shared cache or storage), serving `rootDir` at APP_URL with the app's
   * CSP; with `dispatch`, window.api is bound to the real main handlers exactly as in the E2E fixtures
   * (`prefill`: see bindApi).
   */
  async open(rootDir: string, dispatch: Dispatch | null, figure: StartupFigureServer | null = null, { prefill = false } = {}): Promise<Opened> {
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(PROBES, { mark: REPORTED_MARK, prefix: MARK_REPORT });
    const results = new Map<string, string>();
    if (this.server) this.server.mount({ rootDir, figure, results });
    else await serveFolder(page, rootDir, figure);
    if (dispatch) await bindApi(page, dispatch, { markCalls: true, jsonResults: true, prefill, ...(this.server ? { results } : {}) });
    const cdp = await context.newCDPSession(page);
    return { page, context, cdp, close: () => context.close() };
  }

  /** Runs `load` while Chromium traces `categories` (every process), and returns the trace's events. */
  async traced<T>(page: Page, categories: readonly string[], load: () => Promise<T>): Promise<{ value: T; trace: Buffer }> {
    await this.browser.startTracing(page, { categories: [...categories] });
    try {
      const value = await load();
      return { value, trace: await this.browser.stopTracing() };
    } catch (e) {
      await this.browser.stopTracing().catch(() => undefined);
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server?.close();
  }
}

export const probeOf = (page: Page): Promise<PageProbe> =>
  page.evaluate(() => (window as unknown as { __bench: PageProbe }).__bench);

/** Resets the probe buffers, so a measurement only sees what happens after this point. */
export const resetProbe = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const p = (window as unknown as { __bench: PageProbe }).__bench;
    p.longTasks.length = 0;
    p.events.length = 0;
    p.clicks.length = 0;
  });

/**
 * startTime of `REPORTED_MARK` in the next document the page loads (page clock, ms since navigation),
 * as its probe reports it: call before navigating, then navigate.
 */
export const reportedMark = (page: Page, timeoutMs: number): Promise<number> =>
  new Promise((resolve, reject) => {
    const onMessage = (message: ConsoleMessage) => {
      const text = message.text();
      if (!text.startsWith(MARK_REPORT)) return;
      stop();
      resolve(Number(text.slice(MARK_REPORT.length)));
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no "${REPORTED_MARK}" mark within ${timeoutMs} ms`));
    }, timeoutMs);
    const stop = () => {
      clearTimeout(timer);
      page.off('console', onMessage);
    };
    page.on('console', onMessage);
  });

/** startTime of the first mark `name`, polled until it appears (page clock, ms since navigation). */
export const waitForMark = async (page: Page, name: string, timeoutMs = 20_000): Promise<number> => {
  const handle = await page.waitForFunction(
    (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null,
    name,
    { timeout: timeoutMs, polling: 10 },
  );
  return (await handle.jsonValue()) as number;
};

/** startTime of the last mark `name`, or null. */
export const lastMark = (page: Page, name: string): Promise<number | null> =>
  page.evaluate((n) => performance.getEntriesByName(n, 'mark').at(-1)?.startTime ?? null, name);

/** JS heap in use after a full GC, in bytes (CDP: the same numbers DevTools shows). */
export const heapAfterGc = async (cdp: CDPSession): Promise<number> => {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
};

/** Lets the page finish what it scheduled: two animation frames (a paint) and then an idle turn. */
export const settle = (page: Page): Promise<void> =>
  page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))),
      ),
  );
