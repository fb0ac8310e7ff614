import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { test, expect, resourcesDir } from './fixtures';
import { PREFERENCES_NAME } from '../../src/main/preferences/handlers';
import { APP_TEXT, LanguagePage } from './pages/language';
import { sessionSaved } from './pages/saved-views';

type Titled = { id: string; title: { en: string; fr: string } };
const health = JSON.parse(readFileSync(join(resourcesDir, 'datasets/health-assessments.json'), 'utf8')) as Titled;
const PREFERENCES_FILE = `${PREFERENCES_NAME}.json`;
const preferencesOf = (dir: string) => join(dir, PREFERENCES_FILE);

test.describe.configure({ timeout: 60_000 });

test('switching to French relabels the app, its data, its exports and dialogs, and the choice survives a restart', async ({ page, openApp, userDataDir, dialogs, savedFilesDir }) => {
  const language = new LanguagePage(page);
  await language.expectLanguage('en');
  expect(existsSync(preferencesOf(userDataDir)), 'nothing is written before the user chooses').toBe(false);

  await language.switchTo('fr');
  const nav = page.getByRole('navigation', { name: APP_TEXT.fr.nav });
  await nav.getByRole('button', { name: health.title.fr, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: health.title.fr })).toBeVisible();
  await expect(page.getByRole('tab')).toHaveText([...APP_TEXT.fr.tabs]);
  const table = page.getByRole('tabpanel').getByRole('table').first();
  await expect(table.getByRole('columnheader', { name: /^Évaluations sanitaires \(évaluations\)/ })).toBeVisible();
  // Numbers in French Canadian style: a space groups the thousands (report line: "Pakistan 47,294").
  await expect(table.locator('tbody tr', { hasText: 'Pakistan' })).toContainText(/47\s294/);
  await expect.poll(() => readFileSync(preferencesOf(userDataDir), 'utf8')).toContain('"language": "fr"');

  // Main titles its save dialog in French too, and the CSV's headings are French.
  await page.getByRole('button', { name: 'Exporter', exact: true }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'CSV et métadonnées (.zip)', exact: true }).click();
  await expect.poll(() => dialogs.asked.at(-1)?.title).toBe('Enregistrer le CSV et ses métadonnées');
  const zipName = dialogs.asked.at(-1)?.defaultName ?? '';
  await expect.poll(() => existsSync(join(savedFilesDir, zipName))).toBe(true);
  const csv = unzipSync(readFileSync(join(savedFilesDir, zipName)))[zipName.replace(/\.zip$/, '.csv')];
  expect(Buffer.from(csv ?? []).toString('utf8')).toContain('Pays');
  await sessionSaved(userDataDir, health.id);

  await openApp();
  await language.expectLanguage('fr');
  await expect(page.getByRole('heading', { level: 2, name: health.title.fr })).toBeVisible();

  await language.switchTo('en');
  await openApp();
  await language.expectLanguage('en');
});

test.describe('without a saved choice', () => {
  test.use({ locale: 'fr-CA' });

  test("the app opens in the system's language", async ({ page }) => {
    await new LanguagePage(page).expectLanguage('fr');
  });
});

test.describe('with a saved choice', () => {
  test.use({ locale: 'fr-CA', userDataSeed: { [PREFERENCES_FILE]: '{"schemaVersion":1,"language":"en"}' } });

  test("the user's choice wins over the system's language", async ({ page }) => {
    await new LanguagePage(page).expectLanguage('en');
  });
});

test.describe('with a damaged preferences file', () => {
  test.use({ userDataSeed: { [PREFERENCES_FILE]: '{"schemaVersion":1,"language":' } });

  test('the app starts in the system language and a new choice replaces the file', async ({ page, userDataDir }) => {
    const language = new LanguagePage(page);
    await language.expectLanguage('en');
    await language.switchTo('fr');
    await expect.poll(() => JSON.parse(readFileSync(preferencesOf(userDataDir), 'utf8')) as unknown).toMatchObject({ schemaVersion: 1, language: 'fr' });
  });
});
