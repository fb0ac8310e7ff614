import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, resourcesDir } from './fixtures';
import { ExplorerPage } from './pages/explorer';

type DatasetFile = {
  title: { en: string };
  rows: { id: string; values: Record<string, unknown>; source: { line: number; quote: string } }[];
};
const readDataset = (id: string) => JSON.parse(readFileSync(join(resourcesDir, `datasets/${id}.json`), 'utf8')) as DatasetFile;
const health = readDataset('health-assessments');

// Several tests load the lazy chart and map chunks (and the 50m atlas) in a shared, busy machine.
test.describe.configure({ timeout: 60_000 });
const count = (r: DatasetFile['rows'][number]) => r.values.assessments as number;

test('a filter changes the table rows, the chart bars and the map fills alike', async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.openDataset(health.title.en);
  await expect(app.bodyRows()).toHaveCount(health.rows.length);

  const min = 20_000;
  const kept = health.rows.filter((r) => count(r) >= min);
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.length).toBeLessThan(health.rows.length);
  await app.setRange('Assessments', 'Minimum', String(min));
  await expect(app.bodyRows()).toHaveCount(kept.length);
  expect(await app.columnValues(1)).toEqual(kept.map((r) => r.values.country));

  await app.tab('Chart').click();
  await expect(app.bars()).toHaveCount(kept.length);
  await expect(page.locator('.active-filters')).toContainText(`${kept.length} of ${health.rows.length} rows`);

  await app.tab('Map').click();
  await expect(app.countriesWithData()).toHaveCount(kept.length);
  // A country filtered out is drawn as "no data", with the hatch, not removed.
  const dropped = health.rows.find((r) => count(r) < min)!;
  await expect(
    page.locator('svg[data-figure="map"] path[data-has-data="true"][aria-label^="' + String(dropped.values.country) + '"]'),
  ).toHaveCount(0);
  await expect(app.countriesWithoutData().first()).toHaveAttribute('fill', 'url(#no-data)');

  // Back on the table the same filter still holds: one view state for all three.
  await app.tab('Table').click();
  await expect(app.bodyRows()).toHaveCount(kept.length);
});

test('sorting by a column orders the rows and says so to assistive tech', async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.openDataset(health.title.en);
  const header = app.columnHeader('Assessments');
  await expect(header).toHaveAttribute('aria-sort', 'none');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const ascending = [...health.rows].sort((a, b) => count(a) - count(b)).map((r) => r.values.country);
  expect(await app.columnValues(1)).toEqual(ascending);
  // Keyboard: the header button is focused after the click; Enter sorts the other way.
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(await app.columnValues(1)).toEqual([...ascending].reverse());
});

test('searching "47,294" opens the health assessments with Pakistan selected', async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.search.fill('47,294');
  const hit = app.nav.getByRole('button', { name: /Pakistan/ });
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page.getByRole('heading', { level: 2, name: health.title.en })).toBeVisible();
  await expect(app.table.locator('tr[aria-current="true"]')).toContainText('Pakistan');
  await expect(app.source).toContainText('Pakistan 47,294');
});

test('the search also finds words: "Haiti" leads to the humanitarian initiative there', async ({ page }) => {
  const app = new ExplorerPage(page);
  const humanitarian = readDataset('humanitarian-initiatives');
  const haiti = humanitarian.rows.find((r) => r.values.iso3 === 'HTI')!;
  await app.search.fill('Haiti');
  const results = app.nav.getByRole('list', { name: 'Search results' });
  await results.getByRole('list', { name: humanitarian.title.en }).getByRole('button', { name: /^Haiti/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: humanitarian.title.en })).toBeVisible();
  await expect(app.table.locator('tr[aria-current="true"]')).toHaveAttribute('data-row-id', haiti.id);
  await expect(app.source.locator('blockquote')).toHaveText(haiti.source.quote);
});

test('the source panel shows the verbatim quote, its line and the lines around it', async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.openDataset(health.title.en);
  const row = health.rows[1]!;
  await app
    .bodyRows()
    .nth(1)
    .getByRole('button', { name: String(row.values.country) })
    .click();
  await expect(app.source).toBeVisible();
  await expect(app.source.locator('blockquote')).toHaveText(row.source.quote);
  await expect(app.source).toContainText(`line ${row.source.line}`);
  const cited = app.source.locator('li[aria-current="true"]');
  await expect(cited).toContainText(row.source.quote);
  await expect(app.source.locator('.report-lines li')).toHaveCount(9);
  await app.source.getByRole('button', { name: 'Close the source' }).click();
  await expect(app.source).toHaveCount(0);
});

test('a chart bar opens the source of its value', async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.openDataset(health.title.en);
  await app.tab('Chart').click();
  await app.chartType.selectOption({ label: 'Vertical bars' });
  await app.bars().first().click();
  await expect(app.source.locator('blockquote')).toHaveText(health.rows[0]!.source.quote);
});

test('a report figure resets after edits', async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.openPreset('Thematic breakdown 2010–2015');
  await expect(app.tab('Chart')).toHaveAttribute('aria-selected', 'true');
  await expect(app.chartType).toHaveValue('treemap');
  await app.chartType.selectOption('bar');
  await expect(app.bars().first()).toBeVisible();
  await app.tab('Table').click();
  await app
    .columnHeader(/Contribution/)
    .getByRole('button')
    .click();
  await page.getByRole('button', { name: 'Reset to report figure' }).click();
  await expect(app.tab('Chart')).toHaveAttribute('aria-selected', 'true');
  await expect(app.chartType).toHaveValue('treemap');
  await expect(page.getByRole('button', { name: 'Reset to report figure' })).toHaveCount(0);
  await expect(page.locator('.chart-box .treemap-leaf').first()).toBeVisible();
});

test('report regions are drawn through the country-regions dataset, "Global" left out', async ({ page }) => {
  const app = new ExplorerPage(page);
  const regions = readDataset('contributions-by-region');
  await app.openDataset(regions.title.en);
  await app.tab('Map').click();
  await expect(app.countriesWithData().first()).toBeVisible();
  expect(await app.countriesWithData().count()).toBeGreaterThan(10);
  await expect(page.getByText(/“Global” .* is not drawn/)).toBeVisible();
  // Canada is assigned to "Global": it must not be painted with Global's total.
  await expect(page.locator('svg[data-figure="map"] path[data-country="124"]')).toHaveAttribute('data-has-data', 'false');
});

test('proportional symbols show people reached, and zooming in loads detailed outlines offline', async ({ page }) => {
  const app = new ExplorerPage(page);
  const humanitarian = readDataset('humanitarian-initiatives');
  await app.openDataset(humanitarian.title.en);
  await app.tab('Map').click();
  await page.getByRole('combobox', { name: 'Map type' }).selectOption('symbols');
  const withFigure = humanitarian.rows.filter((r) => typeof r.values.reached === 'number');
  await expect(page.locator('svg[data-figure="map"] circle.symbol')).toHaveCount(withFigure.length);
  const libya = page.getByRole('button', { name: /^Libya: 300,000/ });
  await libya.focus();
  await expect(page.locator('.map-tooltip')).toHaveText(/Libya: 300,000/);
  const before = await page.locator('svg[data-figure="map"] path[data-country]').first().getAttribute('d');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  // The 50m atlas is a 750 kB chunk: parsing it takes a while on a busy machine.
  await expect(page.getByText('Detailed outlines')).toBeVisible({ timeout: 20_000 });
  expect(await page.locator('svg[data-figure="map"] path[data-country]').first().getAttribute('d')).not.toBe(before);
});

test('keyboard only: search, open a figure, move across the table, switch tabs', async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.search.focus();
  await page.keyboard.type('Ukraine 35,954');
  await expect(app.nav.locator('.search-results [role="status"]')).toHaveText('1 result');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(app.table.locator('tr[aria-current="true"]')).toContainText('Ukraine');
  // Arrow keys move between values; Enter opens the value's source.
  await app.table.locator('tr[aria-current="true"] button.cell').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const next = health.rows[health.rows.findIndex((r) => r.values.country === 'Ukraine') + 1]!;
  await expect(app.source.locator('blockquote')).toHaveText(next.source.quote);
  // Tabs: arrow keys move the selection.
  await app.tab('Table').focus();
  await page.keyboard.press('ArrowRight');
  await expect(app.tab('Chart')).toHaveAttribute('aria-selected', 'true');
  await expect(app.chartType).toBeVisible();
});
