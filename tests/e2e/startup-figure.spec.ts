import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from './fixtures';
import { APP_URL } from './wire-app';
import { ExplorerPage } from './pages/explorer';
import { STARTUP_FIGURE_FILE, STARTUP_FIGURE_PATH } from '../../src/main/snapshot/startup-figure';

const HEALTH = 'Health assessments for Canada: top countries';
const FIGURE = '#startup-figure';

/** Leaves the app on a chart and waits until main has kept its snapshot (written once the view settles). */
const leaveOnChart = async (page: Page, userDataDir: string) => {
  const app = new ExplorerPage(page);
  await app.openDataset(HEALTH);
  await app.tab('Chart').click();
  await expect(app.bars().first()).toBeVisible();
  const file = join(userDataDir, STARTUP_FIGURE_FILE);
  await expect.poll(() => existsSync(file), { timeout: 10_000 }).toBe(true);
  return file;
};

/** Sums layout-shift scores from the very start of every document (the CLS of the page load). */
const recordLayoutShifts = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });

test('after a restart the last chart is on screen before the app has run, then the live chart takes its place without a shift', async ({ page, userDataDir }) => {
  await leaveOnChart(page, userDataDir);
  await recordLayoutShifts(page);
  // Hold the app's entry script: whatever is on screen meanwhile came without any of the app's code.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.fallback();
  });
  await page.goto(`${APP_URL}/index.html`, { waitUntil: 'commit' });
  const img = page.locator(FIGURE);
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  expect(await page.locator('#root').innerHTML(), 'the app has not rendered anything yet').toBe('');
  const restoredBox = await img.boundingBox();
  
  release();
  const live = page.locator('.figure svg.recharts-surface');
  await expect(new ExplorerPage(page).bars().first()).toBeVisible();
  await expect(img).toHaveCount(0);
  const liveBox = await live.boundingBox();
  for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs((liveBox?.[k] ?? NaN) - (restoredBox?.[k] ?? NaN)), k).toBeLessThan(1);
  expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.01);
});

test('a snapshot that no longer matches the view, is damaged, or holds a script is not shown', async ({ page, userDataDir }) => {
  const file = await leaveOnChart(page, userDataDir);
  const kept = JSON.parse(readFileSync(file, 'utf8')) as { key: string; svg: string };
  const shows = async (record: string) => {
    writeFileSync(file, record);
    // What a launch would get: index.html and the figure, as main serves them now.
    return page.evaluate(async (path) => {
      const html = await (await fetch('/index.html')).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return { img: doc.querySelectorAll('img#startup-figure').length, served: (await fetch(path)).status };
    }, STARTUP_FIGURE_PATH);
  };
  // The kept one is shown (so the refusals below are the checks refusing, not nothing ever showing).
  expect(await shows(JSON.stringify(kept))).toEqual({ img: 1, served: 200 });
  expect(await shows(JSON.stringify({ ...kept, key: 'f'.repeat(64) }))).toEqual({ img: 0, served: 404 });
  expect(await shows(JSON.stringify(kept).slice(0, 200))).toEqual({ img: 0, served: 404 });
  const scripted = kept.svg.replace(/<\/svg>$/, '<script>window.__ran = true</script></svg>');
  expect(await shows(JSON.stringify({ ...kept, svg: scripted }))).toEqual({ img: 0, served: 404 });
  const handler = kept.svg.replace(/^<svg /, '<svg onload="window.__ran = true" ');
  expect(await shows(JSON.stringify({ ...kept, svg: handler }))).toEqual({ img: 0, served: 404 });
});
