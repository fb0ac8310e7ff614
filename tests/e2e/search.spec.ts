import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, resourcesDir } from './fixtures';
import { APP_TEXT, LanguagePage } from './pages/language';
import { SearchPage } from './pages/search';

type DatasetFile = {
  title: { en: string; fr: string };
  rows: { id: string; values: Record<string, unknown>; source: { line: number; quote: string } }[];
};
const readDataset = (id: string) => JSON.parse(readFileSync(join(resourcesDir, `datasets/${id}.json`), 'utf8')) as DatasetFile;
const health = readDataset('health-assessments');
const engagements = readDataset('country-engagements');

test.describe.configure({ timeout: 60_000 });

test('"Hati" finds Haiti, and the results replace the catalog until the query is cleared', async ({ page }) => {
  const search = new SearchPage(page);
  const datasetButton = search.nav.getByRole('button', { name: health.title.en, exact: true });
  await expect(datasetButton).toBeVisible();
  await search.find('Hati');
  await expect(search.results.getByRole('button', { name: /^Haiti/ }).first()).toBeVisible();
  await expect(datasetButton).toBeHidden();
  await search.box.press('Escape');
  await expect(datasetButton).toBeVisible();
});

test('"47294", "47,294" and "47 294" all find Pakistan 47,294 in the health assessments', async ({ page }) => {
  const search = new SearchPage(page);
  for (const query of ['47294', '47,294', '47 294']) {
    await search.find(query);
    await expect(search.group(health.title.en).getByRole('button')).toHaveText(['Pakistan: 47,294']);
  }
  await search.group(health.title.en).getByRole('button').click();
  await expect(page.getByRole('heading', { level: 2, name: health.title.en })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Source', exact: true })).toContainText('Pakistan 47,294');
});

test('"Canadá" and "canada" find the same results, each dataset once', async ({ page }) => {
  const search = new SearchPage(page);
  await search.find('canada');
  const plain = await search.allText();
  expect(plain.length).toBeGreaterThan(3);
  await search.find('Canadá');
  expect(await search.allText()).toEqual(plain);
  const titles = await search.results.locator(':scope > li > :first-child').allInnerTexts();
  expect(new Set(titles).size).toBe(titles.length);
});

test('in French, "Éthiopie" finds Ethiopia and shows it under its French name', async ({ page }) => {
  await new LanguagePage(page).switchTo('fr');
  const search = new SearchPage(page, { nav: APP_TEXT.fr.nav, search: 'Rechercher', results: 'Résultats de recherche' });
  await search.find('Éthiopie');
  const hit = search
    .group(engagements.title.fr)
    .getByRole('button', { name: /^Éthiopie/ })
    .first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page.getByRole('heading', { level: 2, name: engagements.title.fr })).toBeVisible();
  const ethiopia = engagements.rows.filter((r) => r.values.iso3 === 'ETH').map((r) => r.id);
  expect(ethiopia).toContain(await page.getByRole('tabpanel').locator('tr[aria-current="true"]').getAttribute('data-row-id'));
});

test('the keyboard moves from the box through the results and back; nothing found offers a word to try', async ({ page }) => {
  const search = new SearchPage(page);
  await search.find('Ukrain');
  await search.box.press('ArrowDown');
  const first = (await page.locator(':focus').textContent()) ?? '';
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).not.toHaveText(first);
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveText(first);
  await page.keyboard.press('ArrowUp');
  await expect(search.box).toBeFocused();
  await search.find('Ukrainezzq');
  await expect(search.nav).toContainText('Nothing found for “Ukrainezzq”.');
  await search.nav.getByRole('button', { name: /^Try “/ }).click();
  await expect(search.results.getByRole('button', { name: /^Ukraine/ }).first()).toBeVisible();
});
