import { test, expect } from './fixtures';
import { ExplorerPage } from './pages/explorer';
import { systemColour } from './pages/shell';

const HEALTH = 'Health assessments for Canada: top countries';

test('"Skip to content" is the first stop of the tab order and goes to the content; in French "Aller au contenu"', async ({
  page,
}) => {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content', exact: true });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#content')).toBeFocused();

  await page.getByRole('banner').getByRole('button', { name: 'Français', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.reload(); // language kept by main: the next start is French
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu', exact: true })).toBeFocused();
});

test('opening a dataset with Enter moves focus to its heading; Tab then reaches the tabs in a few presses', async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.nav.getByRole('button', { name: HEALTH, exact: true }).focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: HEALTH });
  await expect(heading).toBeFocused();
  let presses = 0;
  while (
    presses < 8 &&
    !(await page.getByRole('tab', { name: 'Table', exact: true }).evaluate((el) => el === document.activeElement))
  ) {
    await page.keyboard.press('Tab');
    presses++;
  }
  await expect(page.getByRole('tab', { name: 'Table', exact: true })).toBeFocused();
});

test('the Export and Theme menus by keyboard: Enter opens, arrows and a letter move, Escape returns to the button, Enter chooses', async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.openDataset(HEALTH);
  await app.tab('Chart').click();
  await expect(page.locator('.chart-box svg').first()).toBeVisible();
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'PNG image', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'SVG image', exact: true })).toBeFocused();
  await page.keyboard.press('e'); // typeahead: the next item starting with E
  await expect(menu.getByRole('menuitem', { name: 'Excel', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(exportButton).toBeFocused();

  const themeButton = page.getByRole('banner').getByRole('button', { name: 'Theme' });
  await themeButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitemradio', { name: 'As the system' })).toBeFocused();
  // One key at a time: a key pressed before the menu has moved focus is not the menu's to handle.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitemradio', { name: 'Light' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitemradio', { name: 'Dark' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(themeButton).toBeFocused();
});

test('F6 cycles header, datasets, content and back; Shift+F6 goes the other way; Ctrl+F focuses search', async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.openDataset(HEALTH);
  const inRegion = (selector: string) =>
    page.evaluate((s) => document.querySelector(s)?.contains(document.activeElement) ?? false, selector);
  await page.locator('#content').focus();
  await page.keyboard.press('F6');
  // At 1280 px the drawer slides over the figure and starts closed: header comes after content.
  expect(await inRegion('.app-header')).toBe(true);
  await page.keyboard.press('F6');
  expect(await inRegion('#datasets-panel')).toBe(true);
  await page.keyboard.press('F6');
  expect(await inRegion('#content')).toBe(true);
  await page.keyboard.press('Shift+F6');
  expect(await inRegion('#datasets-panel')).toBe(true);

  await page.locator('#content').focus();
  await page.keyboard.press('Control+f');
  await expect(app.search).toBeFocused();
});

test.describe('at 800 px, with the panels over the figure', () => {
  test.use({ viewport: { width: 800, height: 700 } });

  test('Ctrl+F opens the datasets and focuses search; Escape closes them', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.openDataset(HEALTH);
    await expect(app.nav).toBeHidden();
    await page.keyboard.press('Control+f');
    await expect(app.search).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(app.nav).toBeHidden();
  });
});

test.describe('in Windows high contrast (forced colors)', () => {
  test.use({ forcedColors: 'active' });

  test('the map sea and land and a disabled button take system colours', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.openDataset(HEALTH);
    await app.tab('Map').click();
    const sea = page.locator('svg[data-figure="map"] [data-map-part="sea"]');
    await expect(sea).toBeVisible();
    const canvas = await systemColour(page, 'Canvas');
    const fillOf = (el: Element) => getComputedStyle(el).fill;
    expect(await sea.evaluate(fillOf)).toBe(canvas);
    // A country with no data is drawn with the hatch, whose ground is Canvas too.
    expect(await page.locator('svg[data-figure="map"] pattern#no-data rect').evaluate(fillOf)).toBe(canvas);

    await page.getByRole('button', { name: 'Open view code…' }).click();
    const open = page.getByRole('dialog').getByRole('button', { name: 'Open', exact: true });
    await expect(open).toBeDisabled();
    const grey = await systemColour(page, 'GrayText');
    expect(await open.evaluate((el) => getComputedStyle(el).color)).toBe(grey);
    const cancel = page.getByRole('dialog').getByRole('button', { name: 'Cancel', exact: true });
    expect(await cancel.evaluate((el) => getComputedStyle(el).color)).not.toBe(grey);
  });
});
