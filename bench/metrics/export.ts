import type { Page } from '@playwright/test';
import { defaultViewState } from '../../src/shared/default-view-state';
import type { ViewState } from '../../src/shared/view-state';
import { lastMark, probeOf, resetProbe, waitForMark, type BenchBrowser } from '../lib/browser';
import { createApp, readCatalog, type Workspace } from '../lib/app';
import { onAppReopenedAt, onFloor } from '../lib/runs';
import { measured, notMeasurable, type MetricResult } from '../lib/results';
import { median } from '../lib/stats';
import { CHART_MARK } from './startup';

const CHART_TARGET = 100;
const MAP_TARGET = 250;
/** Above the app's DETAIL_ZOOM (3): the map shows, and exports, the 50m outlines. */
export const DETAILED_ZOOM = 4;
const SAVE = 'exports:save-png';

type Timing = { png: number; saved: number };

/**
 * One export through the app's own path: a real click on Export → "PNG image" (2×, the default);
 * timed from that click's event timestamp to the PNG bytes reaching the bridge (ipc-start mark), and
 * to main having written the file (ipc-end).
 */
const exportOnce = async (page: Page): Promise<Timing> => {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await resetProbe(page);
  await page.getByRole('menuitem', { name: 'PNG image' }).click();
  await waitForMark(page, `ipc-end:${SAVE}`, 30_000);
  const click = (await probeOf(page)).clicks.at(-1);
  const start = await lastMark(page, `ipc-start:${SAVE}`);
  const end = await lastMark(page, `ipc-end:${SAVE}`);
  if (click === undefined || start === null || end === null) throw new Error('export click or bridge marks missing');
  return { png: start - click, saved: end - click };
};

const appRun = (browser: BenchBrowser, ws: Workspace, state: ViewState, ready: (page: Page) => Promise<void>): Promise<Timing> =>
  onAppReopenedAt(browser, ws, state, ready, exportOnce);

/** The floor: the static page's SVG rasterized at 2× to PNG bytes (bench/floor.js), timed in the page. */
const floorRun = (browser: BenchBrowser): Promise<number> =>
  onFloor(browser, (page) => page.evaluate(async () => (await (window as unknown as { __floorExportPng: () => Promise<{ ms: number }> }).__floorExportPng()).ms));

export const chartReady = (page: Page) => waitForMark(page, CHART_MARK, 20_000).then(() => undefined);
export const mapReady = async (page: Page) => {
  await page.locator('svg[data-figure]').waitFor({ timeout: 20_000 });
  await page.getByText('Detailed outlines').first().waitFor({ timeout: 20_000 });
};

/** Metric 5: chart → 2× PNG and 50m map → 2× PNG, each against the floor's SVG → 2× PNG. */
export const measureExport = async (browser: BenchBrowser, ws: Workspace, runs: number): Promise<MetricResult[]> => {
  const catalog = await readCatalog(createApp(ws, ws.reportResourcesDir).dispatch);
  const chartDs = catalog[0];
  const mapDs = catalog.find((d) => d.fields.some((f) => f.type === 'iso3'));
  const chartCheck = { id: '5a', metric: 'export: chart → 2× PNG', unit: 'ms' as const, target: `≤ ${CHART_TARGET} ms` };
  const mapCheck = { id: '5b', metric: 'export: 50m map → 2× PNG', unit: 'ms' as const, target: `≤ ${MAP_TARGET} ms` };
  if (chartDs === undefined) return [notMeasurable(chartCheck, 'empty catalog'), notMeasurable(mapCheck, 'empty catalog')];
  const chart: Timing[] = [];
  const map: Timing[] = [];
  const floor: number[] = [];
  let mapProblem: string | null = mapDs ? null : 'no dataset with country codes';
  try {
    for (let i = 0; i < runs; i++) {
      floor.push(await floorRun(browser));
      chart.push(await appRun(browser, ws, { ...defaultViewState(chartDs.id), tab: 'chart' }, chartReady));
      if (mapDs && mapProblem === null) {
        const state: ViewState = { ...defaultViewState(mapDs.id), tab: 'map', map: { mode: null, center: [0, 20], zoom: DETAILED_ZOOM } };
        map.push(await appRun(browser, ws, state, mapReady).catch((e: unknown) => {
          mapProblem = `the 50m map export could not be driven: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
          return { png: Number.NaN, saved: Number.NaN };
        }));
      }
    }
  } catch (e) {
    const why = `the export could not be driven: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    return [notMeasurable(chartCheck, why), notMeasurable(mapCheck, why)];
  }
  const f = median(floor);
  const c = median(chart.map((t) => t.png));
  const note = (ts: Timing[], what: string) => `${what}; click → file written by main ${median(ts.map((t) => t.saved)).toFixed(0)} ms median`;
  const out = [measured({ ...chartCheck, runs, note: note(chart, `"${chartDs.title.en}"`) }, c, f, c <= CHART_TARGET)];
  if (mapProblem !== null || !mapDs) out.push(notMeasurable(mapCheck, mapProblem ?? 'no map dataset'));
  else {
    const m = median(map.map((t) => t.png));
    out.push(measured({ ...mapCheck, runs, note: note(map, `"${mapDs.title.en}", zoom ${DETAILED_ZOOM}`) }, m, f, m <= MAP_TARGET));
  }
  return out;
};
