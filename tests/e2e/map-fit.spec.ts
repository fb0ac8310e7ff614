import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from './fixtures';
import { ExplorerPage } from './pages/explorer';
import { ComposerPage } from './pages/composer';
import { overlaps } from './pages/svg-overlaps';
import { LanguagePage } from './pages/language';

test.describe.configure({ timeout: 90_000 });

const MAP = 'svg[data-figure="map"]';

/**
 * The share of the map's width or height (the larger) that the countries with data span, in the
 * map's box. Russia is left out: its far east wraps round to the map's other edge at world scale.
 */
const dataShare = (page: Page) =>
  page.evaluate((sel) => {
    const svg = document.querySelector(sel)!;
    const own = svg.getBoundingClientRect();
    const boxes = [...svg.querySelectorAll('path[data-has-data="true"]:not([data-country="643"])')].map((p) => p.getBoundingClientRect()).filter((r) => r.width > 0);
    const [x0, y0, x1, y1] = [
      Math.max(own.left, Math.min(...boxes.map((b) => b.left))),
      Math.max(own.top, Math.min(...boxes.map((b) => b.top))),
      Math.min(own.right, Math.max(...boxes.map((b) => b.right))),
      Math.min(own.bottom, Math.max(...boxes.map((b) => b.bottom))),
    ];
    return Math.max((x1 - x0) / own.width, (y1 - y0) / own.height);
  }, MAP);

const openMap = async (page: Page) => {
  const app = new ExplorerPage(page);
  await app.openDataset('Health assessments for Canada: top countries');
  await app.tab('Map').click();
  await expect(page.locator(`${MAP} [data-map-part="labels"] text`).first()).toBeVisible();
  return app;
};

test('the map is fitted to its nine countries and labels them without overlap; "Show whole world" shows the whole sphere and back', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openMap(page);
  // Fitted: Romania to the Philippines, Ukraine to Kenya span well over half the map (a third at world scale).
  await expect.poll(() => dataShare(page)).toBeGreaterThan(0.55);
  const pakistan = page.locator(`${MAP} path[data-country="586"]`);
  const fittedWidth = (await pakistan.boundingBox())!.width;
  const labels = page.locator(`${MAP} [data-map-part="labels"] text`);
  await expect(labels.filter({ hasText: 'Pakistan' })).toContainText('47,294');
  expect(await labels.count()).toBeGreaterThanOrEqual(6);
  const svg = await page.locator(MAP).evaluate((el) => el.outerHTML);
  expect(await overlaps(page, svg)).toEqual([]);

  await page.getByLabel('Show whole world').check();
  await expect.poll(async () => (await pakistan.boundingBox())!.width).toBeLessThan(fittedWidth * 0.7);
  expect(await dataShare(page)).toBeLessThan(0.4);
  // The whole sphere is inside the frame (in the map's own units: its outline, and the stroke's half pixel).
  const fits = await page.locator(MAP).evaluate((svg: SVGSVGElement) => {
    const b = (svg.querySelector(':scope > g > path:not([data-country])') as SVGPathElement).getBBox();
    const v = svg.viewBox.baseVal;
    return { left: b.x, top: b.y, right: v.width - (b.x + b.width), bottom: v.height - (b.y + b.height) };
  });
  for (const [side, gap] of Object.entries(fits)) expect(gap, side).toBeGreaterThanOrEqual(0.5);

  await page.getByLabel('Show whole world').uncheck();
  await expect.poll(() => dataShare(page)).toBeGreaterThan(0.55);
});

test('the outlines are projected in the worker (one copy of d3-geo, shared with the Map tab), not on the main thread', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Counts the replies that carry outlines (the main-thread fallback posts none).
  await page.evaluate(() => {
    const w = window as unknown as { __outlineReplies: number };
    w.__outlineReplies = 0;
    const add = Worker.prototype.addEventListener;
    Worker.prototype.addEventListener = function (this: Worker, ...args: Parameters<Worker['addEventListener']>) {
      const [type, listener] = args;
      if (type === 'message' && typeof listener === 'function') {
        args[1] = (event: Event) => {
          const data = (event as MessageEvent).data as unknown;
          if (typeof data === 'object' && data !== null && 'outlines' in data) w.__outlineReplies += 1;
          listener.call(this, event);
        };
      }
      Reflect.apply(add, this, args);
    } as typeof add;
  });
  const worker = page.waitForEvent('worker', (w) => /\/outline-worker\.js$/.test(w.url()));
  await openMap(page);
  await worker;
  await expect.poll(() => page.evaluate(() => (window as unknown as { __outlineReplies: number }).__outlineReplies)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('in French the labels name the countries in French', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openMap(page);
  await new LanguagePage(page).switchTo('fr');
  await expect(page.locator(`${MAP} [data-map-part="labels"] text`).filter({ hasText: 'Roumanie' })).toContainText('13 193');
  await expect(page.getByLabel('Afficher le monde entier')).toBeVisible();
});

test('small countries with data get a marker: Haiti among the key figures', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = new ExplorerPage(page);
  await app.openDataset('Key figures from the narrative');
  await app.tab('Map').click();
  await page.getByLabel('Show whole world').check();
  // At world scale Haiti is a few pixels: its marker is what shows it.
  await expect(page.locator(`${MAP} [data-map-part="marker"][data-country="332"]`)).toBeVisible();
  await page.getByLabel('Show whole world').uncheck();
});

test('an exported map SVG (slide, A4 portrait, Word half page) has no two texts that intersect', async ({ page, savedFilesDir }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openMap(page);
  const composer = new ComposerPage(page);
  for (const [i, size] of ['Slide 16:9 (1920 × 1080)', 'A4 portrait', 'Word, half page (624 × 432)'].entries()) {
    await composer.open();
    await composer.size(size);
    await composer.choose('SVG');
    await composer.export();
    await expect.poll(() => readdirSync(savedFilesDir).filter((f) => f.endsWith('.svg')).length).toBe(i + 1);
    const file = readdirSync(savedFilesDir).filter((f) => f.endsWith('.svg')).sort().at(-1)!;
    const svg = readFileSync(join(savedFilesDir, file), 'utf8');
    expect(svg).toContain('Pakistan');
    expect(await overlaps(page, svg), size).toEqual([]);
  }
});
