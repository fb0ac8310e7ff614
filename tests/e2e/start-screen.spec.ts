import { test, expect } from './fixtures';
import { ExplorerPage } from './pages/explorer';
import { StartScreenPage } from './pages/start-screen';
import { SavedViewsPage } from './pages/saved-views';
import { pageScrollsSideways, SIZES } from './pages/shell';

test.describe('at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a first run opens on the start screen, with at least seven report figures in the window', async ({ page }) => {
    const home = new StartScreenPage(page);
    await home.expectShown();
    await home.expectPictures();
    expect(await home.figureCards.count()).toBeGreaterThanOrEqual(7);
    expect(await home.cardsFullyInView()).toBeGreaterThanOrEqual(7);
    // Nothing scrolled to get there.
    expect(await page.locator('#content').evaluate((el) => el.scrollTop)).toBe(0);
    await expect(home.homeButton).toHaveAttribute('aria-current', 'page');
  });

  test('a figure card opens that figure as the report prints it; Home comes back with it offered', async ({ page }) => {
    const home = new StartScreenPage(page);
    await home.figure('Agency breakdown 2010–2015').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Canadian contributions to IOM by agency' })).toBeVisible();
    const app = new ExplorerPage(page);
    await expect(app.tab('Chart')).toHaveAttribute('aria-selected', 'true');
    await expect(app.chartType).toHaveValue('pie');
    await expect(home.root).toHaveCount(0);

    await home.homeButton.click();
    await home.expectShown();
    await expect(home.heading).toBeFocused();
    await expect(page.getByRole('heading', { level: 2, name: 'Canadian contributions to IOM by agency' })).toHaveCount(0);
    // The view just left is a card of its own.
    await home.yourViews.filter({ hasText: 'Where you left off' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Canadian contributions to IOM by agency' })).toBeVisible();
    await expect(app.chartType).toHaveValue('pie');
  });

  test('the map cards open their map tab', async ({ page }) => {
    const home = new StartScreenPage(page);
    await home.figure('Health assessments by country').click();
    const app = new ExplorerPage(page);
    await expect(app.tab('Map')).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('svg[data-figure="map"] path[data-has-data="true"]').first()).toBeVisible();
  });

  test('a key number opens its source line in the Source panel', async ({ page }) => {
    const home = new StartScreenPage(page);
    const number = home.numbers.filter({ hasText: '57,903' });
    await expect(number).toContainText('line 900');
    await number.click();
    const app = new ExplorerPage(page);
    await expect(app.source).toBeVisible();
    await expect(app.source.locator('blockquote')).toContainText('57,903');
    await expect(app.source).toContainText('900');
  });

  test('cards are buttons in a list, reached by Tab with a visible focus ring', async ({ page }) => {
    const home = new StartScreenPage(page);
    await home.expectShown();
    const first = home.figureCards.first();
    await first.focus();
    await page.keyboard.press('Tab');
    const second = home.figureCards.nth(1);
    await expect(second).toBeFocused();
    const outline = await second.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Canadian contributions to IOM by agency' })).toBeFocused();
  });
});

test.describe('at 1600 px, with the saved views docked', () => {
  test.use({ viewport: { width: 1600, height: 900 } });
  test('the pinned saved view is a card on the start screen, and opens', async ({ page }) => {
    const home = new StartScreenPage(page);
    const app = new ExplorerPage(page);
    await home.figure('Geographic breakdown 2010–2015').click();
    await expect(app.chartType).toHaveValue('donut');
    const views = new SavedViewsPage(page);
    await views.save('Regions pinned');
    await views.action('Regions pinned', 'Open at startup').click();
    await expect(views.region.getByText('opens at startup')).toBeVisible();

    await home.homeButton.click();
    const pinned = home.yourViews.filter({ hasText: 'Regions pinned' });
    await expect(pinned).toContainText('Pinned view');
    // The view just left is the pinned one: one card, not two.
    await expect(home.yourViews).toHaveCount(1);
    await pinned.click();
    await expect(page.getByRole('heading', { level: 2, name: 'Canadian contributions to IOM by region' })).toBeVisible();
    await expect(app.chartType).toHaveValue('donut');
  });
});

for (const size of SIZES)
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    test('the start screen fits the width: no sideways scroll, every card inside the content area', async ({ page }) => {
      const home = new StartScreenPage(page);
      await home.expectShown();
      await home.expectPictures();
      expect(await pageScrollsSideways(page)).toBe(false);
      const content = await page.locator('#content').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(content.scroll).toBeLessThanOrEqual(content.client);
    });
  });
