import type { Locator, Page } from '@playwright/test';
import { defaultViewState } from '../../src/shared/default-view-state';
import { APP_URL, probeOf, resetProbe, settle, waitForMark, type BenchBrowser } from '../lib/browser';
import { BENCH_DIR, createApp, readCatalog, seedStartupView, type Workspace } from '../lib/app';
import { measured, notMeasurable, type MetricResult } from '../lib/results';
import { max, median } from '../lib/stats';
import { catalogButton } from '../lib/ui';
import { CHART_MARK } from './startup';

const TARGET = 50;
/** A user-like pace: one action, then a pause before the next. */
const PAUSE_MS = 250;

const clickIfThere = async (l: Locator): Promise<boolean> => {
  if ((await l.count()) === 0 || !(await l.first().isEnabled())) return false;
  await l.first().click();
  return true;
};

/**
 * The scripted session: what a user does after the first chart, round-robin until time is up. Steps
 * whose control does not exist (yet) are skipped; each step waits for the page to settle, then pauses.
 */
const appSteps = (page: Page, titles: readonly string[]): (() => Promise<unknown>)[] => {
  let chartType = 0;
  let dataset = 0;
  const tab = (name: string) => page.getByRole('tab', { name, exact: true });
  return [
    async () => {
      const select = page.getByRole('combobox', { name: 'Chart type' });
      if ((await select.count()) === 0) return;
      const options = await select.locator('option').count();
      if (options > 0) await select.selectOption({ index: chartType++ % options });
    },
    () => clickIfThere(tab('Table')),
    async () => {
      const search = page.getByRole('searchbox').first();
      if ((await search.count()) === 0) return;
      await search.fill('a');
      await settle(page);
      await search.fill('');
    },
    () => clickIfThere(page.getByRole('columnheader').first().getByRole('button')),
    () => clickIfThere(tab('Map')),
    () => clickIfThere(page.getByRole('button', { name: 'Zoom in' })),
    () => clickIfThere(page.getByRole('button', { name: 'Zoom in' })),
    () => clickIfThere(page.getByRole('button', { name: 'Zoom in' })),
    () => clickIfThere(tab('Chart')),
    () => clickIfThere(catalogButton(page, titles[++dataset % titles.length] ?? '')),
    () => clickIfThere(tab('Chart')),
  ];
};

const session = async (page: Page, steps: readonly (() => Promise<unknown>)[], seconds: number): Promise<{ longest: number; count: number; actions: number }> => {
  await resetProbe(page);
  const end = Date.now() + seconds * 1000;
  let actions = 0;
  while (Date.now() < end) {
    await steps[actions % steps.length]?.();
    actions++;
    await settle(page);
    await page.waitForTimeout(PAUSE_MS);
  }
  await settle(page);
  const tasks = (await probeOf(page)).longTasks;
  return { longest: max([0, ...tasks.map((t) => t.duration)]), count: tasks.length, actions };
};

/** Metric 7: the longest task in a scripted session after the first chart (PerformanceObserver 'longtask'). */
export const measureLongTasks = async (browser: BenchBrowser, ws: Workspace, runs: number, seconds: number): Promise<MetricResult> => {
  const check = { id: '7', metric: `longest task, ${seconds} s scripted session`, unit: 'ms' as const, target: `none > ${TARGET} ms` };
  const catalog = await readCatalog(createApp(ws, ws.reportResourcesDir).dispatch);
  const first = catalog[0];
  if (first === undefined) return notMeasurable(check, 'empty catalog');
  const app: { longest: number; count: number; actions: number }[] = [];
  const floor: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const f = await browser.open(BENCH_DIR, null);
      await f.page.goto(`${APP_URL}/floor.html`);
      const boxes = f.page.getByRole('checkbox');
      floor.push((await session(f.page, [() => boxes.nth(0).click(), () => boxes.nth(1).click()], seconds)).longest);
      await f.close();

      const instance = createApp(ws, ws.reportResourcesDir);
      await seedStartupView(instance, { ...defaultViewState(first.id), tab: 'chart' });
      const a = await browser.open(ws.rendererDir, instance.dispatch);
      await a.page.goto(`${APP_URL}/index.html`);
      await waitForMark(a.page, CHART_MARK, 20_000);
      app.push(await session(a.page, appSteps(a.page, catalog.map((d) => d.title.en)), seconds));
      await a.close();
    }
  } catch (e) {
    return notMeasurable(check, `the session could not be driven: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const longest = median(app.map((r) => r.longest));
  const note = `median of each run's longest task; long tasks per run (median) ${median(app.map((r) => r.count))}, worst ${max(app.map((r) => r.longest))} ms, ${median(app.map((r) => r.actions))} actions/run`;
  return measured({ ...check, runs, note }, longest, median(floor), longest <= TARGET);
};
