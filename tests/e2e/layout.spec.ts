import { test, expect } from './fixtures';
import { ExplorerPage } from './pages/explorer';
import { SIZES, clippedControls, pageScrollsSideways, widthShare } from './pages/shell';

const HEALTH = 'Health assessments for Canada: top countries';
const BY_YEAR = 'IOM-assisted movements to Canada by year';

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('nothing in the header or toolbar is cut off, the page does not scroll sideways, the figure has the room', async ({
      page,
    }) => {
      const app = new ExplorerPage(page);
      expect(await pageScrollsSideways(page), 'start screen scrolls sideways').toBe(false);
      expect(await clippedControls(page)).toEqual([]);
      for (const title of [HEALTH, BY_YEAR]) {
        await app.openDataset(title);
        for (const tab of ['Table', 'Chart', 'Map'] as const) {
          if ((await app.tab(tab).count()) === 0) continue;
          await app.tab(tab).click();
          if (tab === 'Chart') await expect(page.locator('.chart-box svg').first()).toBeVisible();
          if (tab === 'Map') await expect(page.locator('svg[data-figure="map"] path').first()).toBeVisible();
          const where = `${title}, ${tab}`;
          expect(await pageScrollsSideways(page), `${where}: page scrolls sideways`).toBe(false);
          expect(await clippedControls(page), where).toEqual([]);
          if (size.width >= 1024 && tab !== 'Table') {
            const share = await widthShare(page, tab === 'Chart' ? '.chart-box' : 'svg[data-figure="map"]');
            expect(share, `${where}: figure width share`).toBeGreaterThanOrEqual(0.6);
          }
        }
      }
    });

    test('both panels can be reached and shown in the window', async ({ page }) => {
      const app = new ExplorerPage(page);
      await app.openDataset(HEALTH);
      // Datasets: docked or over the figure, the list is on screen and usable.
      await app.showDatasets();
      await expect(app.nav).toBeInViewport();
      await expect(app.search).toBeVisible();
      if (size.width < 1100) await page.keyboard.press('Escape');
      // The side drawer with its two panels.
      const drawerToggle = page.locator('button[aria-controls="side-drawer"]');
      if ((await drawerToggle.getAttribute('aria-expanded')) !== 'true') await drawerToggle.click();
      const saved = page.getByRole('complementary', { name: 'Saved views' });
      await expect(saved).toBeInViewport();
      expect(await pageScrollsSideways(page)).toBe(false);
    });

    test("a ⚠ value's note shows whole, in the window, and over none of the table's rows", async ({ page }) => {
      const app = new ExplorerPage(page);
      await app.openDataset(HEALTH);
      await app.tab('Table').click();
      const cell = page.locator('.data-table .cell.has-note').first();
      await cell.focus();
      const note = page.getByRole('tooltip');
      await expect(note).toBeVisible();
      await expect(note).toBeInViewport({ ratio: 1 });
      const [tip, table] = await Promise.all([note.boundingBox(), page.locator('.table-scroll').boundingBox()]);
      if (!tip || !table) throw new Error('no boxes');
      const overlapsTable = tip.y < table.y + table.height && tip.y + tip.height > table.y;
      expect(overlapsTable, `note ${JSON.stringify(tip)} vs table ${JSON.stringify(table)}`).toBe(false);
      // It is the focused value's description, and moving on hides it.
      expect(await cell.getAttribute('aria-describedby')).toBe(await note.getAttribute('id'));
      await page.keyboard.press('Escape');
      await expect(page.getByRole('tooltip')).toHaveCount(0);
      await page.locator('.data-table .cell').first().focus();
      await expect(page.getByRole('tooltip')).toHaveCount(0);
    });
  });
}

test.describe('the chart fits the window height', () => {
  test.use({ viewport: { width: 1024, height: 640 } });

  test('a column or line chart keeps its axis above the fold, growing and shrinking with the window', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.openDataset(BY_YEAR);
    await app.tab('Chart').click();
    const plot = page.locator('.chart-box svg.recharts-surface').first();
    await expect(plot).toBeVisible();
    const fits = () =>
      page.evaluate(() => {
        const svg = document.querySelector('.chart-box svg.recharts-surface')!.getBoundingClientRect();
        const column = document.querySelector('.content')!.getBoundingClientRect();
        return { height: svg.height, inside: svg.bottom <= column.bottom };
      });
    const short = await fits();
    expect(short.inside).toBe(true);
    await page.setViewportSize({ width: 1024, height: 900 });
    await expect.poll(async () => (await fits()).height).toBeGreaterThan(short.height);
    expect((await fits()).inside).toBe(true);
    await page.setViewportSize({ width: 1024, height: 640 });
    await expect.poll(async () => (await fits()).height).toBe(short.height);
  });
});
