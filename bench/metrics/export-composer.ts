import type { Page } from '@playwright/test';
import { defaultViewState } from '../../src/shared/default-view-state';
import { PRESETS } from '../../src/shared/export/composer-presets';
import type { ViewState } from '../../src/shared/view-state';
import { lastMark, probeOf, resetProbe, settle, waitForMark, type BenchBrowser } from '../lib/browser';
import { createApp, readCatalog, type Workspace } from '../lib/app';
import { onAppReopenedAt, onFloor } from '../lib/runs';
import { measured, notMeasurable, type MetricResult } from '../lib/results';
import { median } from '../lib/stats';
import { DETAILED_ZOOM, chartReady, mapReady } from './export';

const SLIDE_TARGET = 150;
const MAP_TARGET = 300;
const SLIDE = { ...PRESETS.slide, scale: 1 };
const SAVE = 'exports:save-png';
const PREFS = 'prefs:set-export';
const DIALOG = 'Export: choose size, text and format';
const PREVIEW = 'Preview of the exported figure';
/** A user reads the preview before pressing Export; the composer prepares the PNG meanwhile (150 ms after the last change). */
const READ_PREVIEW_MS = 1000;

/** One composer export: click → PNG bytes at the bridge; the part of it spent saving the settings first. */
type Timing = { png: number; prefs: number | null; saved: number };

/**
 * Through the composer as a user would: Export → Customize…, "Slide 16:9 (1920 × 1080)", PNG, 1×
 * (the defaults, chosen explicitly), the preview drawn and read for READ_PREVIEW_MS; then a real click on the dialog's Export,
 * timed from that click's event timestamp to the PNG bytes reaching the bridge (ipc-start mark).
 */
const composerExport = async (page: Page): Promise<Timing> => {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'Customize…' }).click();
  const dialog = page.getByRole('dialog', { name: DIALOG });
  await dialog.getByLabel('Size').selectOption({ label: 'Slide 16:9 (1920 × 1080)' });
  await dialog.getByLabel('PNG', { exact: true }).check();
  await dialog.getByLabel('1×', { exact: true }).check();
  const preview = dialog.getByRole('img', { name: PREVIEW });
  await preview.waitFor({ timeout: 20_000 });
  await page.waitForFunction((name) => (document.querySelector(`img[alt="${name}"]`) as HTMLImageElement | null)?.naturalWidth === 1920, PREVIEW, { timeout: 20_000 });
  await page.waitForTimeout(READ_PREVIEW_MS);
  await settle(page);
  await resetProbe(page);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await waitForMark(page, `ipc-end:${SAVE}`, 30_000);
  const click = (await probeOf(page)).clicks.at(-1);
  const start = await lastMark(page, `ipc-start:${SAVE}`);
  const end = await lastMark(page, `ipc-end:${SAVE}`);
  const prefsStart = await lastMark(page, `ipc-start:${PREFS}`);
  const prefsEnd = await lastMark(page, `ipc-end:${PREFS}`);
  if (click === undefined || start === null || end === null) throw new Error('composer export click or bridge marks missing');
  return { png: start - click, prefs: prefsStart !== null && prefsEnd !== null && prefsStart >= click ? prefsEnd - prefsStart : null, saved: end - click };
};

const appRun = (browser: BenchBrowser, ws: Workspace, state: ViewState, ready: (page: Page) => Promise<void>): Promise<Timing> =>
  onAppReopenedAt(browser, ws, state, ready, composerExport);

/** The floor: the static page's SVG rasterized into a 1920 × 1080 PNG at 1× (bench/floor.js), timed in the page. */
const floorRun = (browser: BenchBrowser): Promise<number> =>
  onFloor(browser, (page) =>
    page.evaluate(
      async (frame) => (await (window as unknown as { __floorExportPng: (f: typeof frame) => Promise<{ ms: number }> }).__floorExportPng(frame)).ms,
      SLIDE,
    ),
  );

const describe = (ts: readonly Timing[], what: string) => {
  const prefs = ts.map((t) => t.prefs).filter((n): n is number => n !== null);
  const inPath = prefs.length > 0 ? `; saving the settings (${PREFS}, beside the export) ${median(prefs).toFixed(0)} ms median` : '';
  return `${what}${inPath}; click → file written by main ${median(ts.map((t) => t.saved)).toFixed(0)} ms median`;
};

/**
 * Metric 5c/5d (issue 19): the export composer's 16:9 slide (1920 × 1080 PNG at 1×) from a chart and
 * from the 50m map, each against the floor's SVG → 1920 × 1080 PNG.
 */
export const measureComposerExport = async (browser: BenchBrowser, ws: Workspace, runs: number): Promise<MetricResult[]> => {
  const catalog = await readCatalog(createApp(ws, ws.reportResourcesDir).dispatch);
  const chartDs = catalog[0];
  const mapDs = catalog.find((d) => d.fields.some((f) => f.type === 'iso3'));
  const slideCheck = { id: '5c', metric: 'export composer: chart → 16:9 slide PNG (1920×1080)', unit: 'ms' as const, target: `≤ ${SLIDE_TARGET} ms` };
  const mapCheck = { id: '5d', metric: 'export composer: 50m map → 16:9 slide PNG', unit: 'ms' as const, target: `≤ ${MAP_TARGET} ms` };
  if (chartDs === undefined || mapDs === undefined) return [notMeasurable(slideCheck, 'no chart or map dataset'), notMeasurable(mapCheck, 'no chart or map dataset')];
  const slide: Timing[] = [];
  const map: Timing[] = [];
  const floor: number[] = [];
  const mapState: ViewState = { ...defaultViewState(mapDs.id), tab: 'map', map: { mode: null, center: [0, 20], zoom: DETAILED_ZOOM } };
  try {
    for (let i = 0; i < runs; i++) {
      floor.push(await floorRun(browser));
      slide.push(await appRun(browser, ws, { ...defaultViewState(chartDs.id), tab: 'chart' }, chartReady));
      map.push(await appRun(browser, ws, mapState, mapReady));
    }
  } catch (e) {
    const why = `the composer could not be driven: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    return [notMeasurable(slideCheck, why), notMeasurable(mapCheck, why)];
  }
  const f = median(floor);
  const s = median(slide.map((t) => t.png));
  const m = median(map.map((t) => t.png));
  return [
    measured({ ...slideCheck, runs, note: describe(slide, `"${chartDs.title.en}"`) }, s, f, s <= SLIDE_TARGET),
    measured({ ...mapCheck, runs, note: describe(map, `"${mapDs.title.en}", zoom ${DETAILED_ZOOM}`) }, m, f, m <= MAP_TARGET),
  ];
};
