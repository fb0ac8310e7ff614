import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { defaultViewState } from '../src/shared/default-view-state';
import { APP_URL, REPORTED_MARK, type BenchBrowser } from './lib/browser';
import { BENCH_DIR, createApp, readCatalog, seedStartupView, type Workspace } from './lib/app';
import { sourceMapAttribution } from './lib/attribution';
import { summarizeTrace, type Cause, type TraceEvent, type TraceSummary } from './lib/trace-summary';
import { median } from './lib/stats';
import { loadUntilMark, previousSession } from './metrics/startup';

/**
 * `npm run bench -- --trace`: metric 1c (cold load → first interactive chart) and its floor, each
 * loaded under a Chromium trace, with the CPU split by cause (trace-summary.ts). Writes the last app
 * trace to bench/traces/ (open it in chrome://tracing or DevTools' Performance panel) and a summary
 * table (medians over the runs) to bench/traces/summary.md. The build needs hidden source maps
 * (`IOM_SOURCEMAP=hidden`, see package.json's bench:trace) so sampled JS is attributed to packages.
 */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'toplevel',
  'loading',
  '__metadata',
];
const OUT_DIR = join(BENCH_DIR, 'traces');

type Traced = { summary: TraceSummary; bridge: Bridge; served: Served; events: TraceEvent[] };
/** The bridge calls answered before the mark: how many, their summed and overall span (page clock). */
type Bridge = { calls: number; summedMs: number; spanMs: number };
/** Files the page loaded through the harness's routes before the mark: request → response. */
type Served = { files: number; medianMs: number; maxMs: number };

const eventsOf = (trace: Buffer): TraceEvent[] => {
  const json = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(json) ? json : (json.traceEvents ?? []);
};

const bridgeOf = (page: Page): Promise<Bridge> =>
  page.evaluate((mark) => {
    const end = performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? Infinity;
    const open = new Map<string, number[]>();
    const spans: [number, number][] = [];
    for (const m of performance.getEntriesByType('mark')) {
      if (m.startTime > end) break;
      const [kind, channel] = m.name.split(/:(.*)/s) as [string, string];
      if (kind === 'ipc-start') open.set(channel, [...(open.get(channel) ?? []), m.startTime]);
      const started = kind === 'ipc-end' ? open.get(channel)?.shift() : undefined;
      if (started !== undefined) spans.push([started, m.startTime]);
    }
    const summed = spans.reduce((a, [s, e]) => a + e - s, 0);
    const span = spans.length ? Math.max(...spans.map((s) => s[1])) - Math.min(...spans.map((s) => s[0])) : 0;
    return { calls: spans.length, summedMs: summed, spanMs: span };
  }, REPORTED_MARK);

const servedOf = (events: readonly TraceEvent[], pid: number, end: number): Served => {
  const sent = new Map<string, number>();
  const took: number[] = [];
  for (const e of events) {
    if (e.pid !== pid || e.ts > end) continue;
    const data = (e.args?.data ?? {}) as { requestId?: string; url?: string };
    if (e.name === 'ResourceSendRequest' && data.url?.startsWith(APP_URL) && data.requestId) sent.set(data.requestId, e.ts);
    const start = e.name === 'ResourceReceiveResponse' && data.requestId ? sent.get(data.requestId) : undefined;
    if (start !== undefined) took.push((e.ts - start) / 1000);
  }
  return { files: took.length, medianMs: took.length ? median(took) : 0, maxMs: took.length ? Math.max(...took) : 0 };
};

const traceOne = async (browser: BenchBrowser, page: Page, url: string, rendererDir: string): Promise<Traced> => {
  const { trace } = await browser.traced(page, CATEGORIES, () => loadUntilMark(page, url));
  const events = eventsOf(trace);
  const summary = summarizeTrace(events, { pageUrl: url, mark: REPORTED_MARK, attribute: sourceMapAttribution(rendererDir, APP_URL) });
  const pid = events.find((e) => e.name === 'ResourceSendRequest' && (e.args?.data as { url?: string })?.url === url)?.pid ?? -1;
  const endTs = events.find((e) => e.pid === pid && e.name === REPORTED_MARK)?.ts ?? Infinity;
  return { summary, bridge: await bridgeOf(page), served: servedOf(events, pid, endTs), events };
};

/** Median of each cause over the runs (a cause missing from a run counts 0 there). */
const medianCauses = (lists: readonly Cause[][], top = 12): Cause[] => {
  const names = new Set(lists.flatMap((l) => l.map((c) => c.cause)));
  return [...names]
    .map((cause) => ({ cause, ms: median(lists.map((l) => l.find((c) => c.cause === cause)?.ms ?? 0)) }))
    .filter((c) => c.ms >= 0.5)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
};

const table = (title: string, app: Cause[], floor: Cause[]) => {
  const rows = [...new Set([...app, ...floor].map((c) => c.cause))];
  const of = (l: Cause[], k: string) => l.find((c) => c.cause === k)?.ms.toFixed(1) ?? '–';
  return [`### ${title}`, '', '| cause | app ms | floor ms |', '|---|---:|---:|', ...rows.map((k) => `| ${k} | ${of(app, k)} | ${of(floor, k)} |`), ''].join('\n');
};

export const traceStartup = async (browser: BenchBrowser, ws: Workspace, runs: number): Promise<string> => {
  const first = (await readCatalog(createApp(ws, ws.reportResourcesDir).dispatch))[0];
  if (first === undefined) throw new Error('the catalog is empty');
  const app: Traced[] = [];
  const floor: Traced[] = [];
  for (let i = 0; i < runs; i++) {
    const f = await browser.open(BENCH_DIR, null);
    try {
      floor.push(await traceOne(browser, f.page, `${APP_URL}/floor.html`, BENCH_DIR));
    } finally {
      await f.close();
    }
    const instance = createApp(ws, ws.reportResourcesDir);
    await seedStartupView(instance, { ...defaultViewState(first.id), tab: 'chart' });
    await previousSession(browser, ws, instance);
    const a = await browser.open(ws.rendererDir, instance.dispatch, instance.figure);
    try {
      app.push(await traceOne(browser, a.page, `${APP_URL}/index.html`, ws.rendererDir));
    } finally {
      await a.close();
    }
  }
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, '1c-app.json'), JSON.stringify({ traceEvents: app.at(-1)?.events ?? [] }));
  const m = (pick: (t: Traced) => number, of: Traced[]) => median(of.map(pick)).toFixed(1);
  const report = [
    `## Metric 1c under a trace: "${first.title.en}", Chart tab, cold (${runs} traced runs each, medians)`,
    '',
    `Navigation → "${REPORTED_MARK}": app ${m((t) => t.summary.windowMs, app)} ms, floor ${m((t) => t.summary.windowMs, floor)} ms (tracing slows both).`,
    '',
    table("The page's main thread, by cause", medianCauses(app.map((t) => t.summary.main)), medianCauses(floor.map((t) => t.summary.main))),
    table('Script execution on the main thread, by package (sampling profiler, scaled to the script time)', medianCauses(app.map((t) => t.summary.scripts), 16), medianCauses(floor.map((t) => t.summary.scripts))),
    table('Parse and compile on the main thread, by chunk', medianCauses(app.map((t) => t.summary.compile)), medianCauses(floor.map((t) => t.summary.compile))),
    table('Other threads and processes in the same window (top-level tasks)', medianCauses(app.map((t) => t.summary.elsewhere)), medianCauses(floor.map((t) => t.summary.elsewhere))),
    '### The harness',
    '',
    `- Bridge calls before the mark: ${m((t) => t.bridge.calls, app)}, summed ${m((t) => t.bridge.summedMs, app)} ms, spanning ${m((t) => t.bridge.spanMs, app)} ms (Playwright's binding stands in for Electron's IPC).`,
    `- Files served through Playwright routes before the mark: app ${m((t) => t.served.files, app)} (request → response median ${m((t) => t.served.medianMs, app)} ms, slowest ${m((t) => t.served.maxMs, app)} ms); floor ${m((t) => t.served.files, floor)} (median ${m((t) => t.served.medianMs, floor)} ms). Electron serves app:// from the asar in-process.`,
    '',
  ].join('\n');
  writeFileSync(join(OUT_DIR, 'summary.md'), report);
  return report;
};
