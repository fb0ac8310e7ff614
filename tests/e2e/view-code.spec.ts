import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, resourcesDir, type ExportStandIns } from './fixtures';
import { ExplorerPage } from './pages/explorer';
import { SearchPage } from './pages/search';
import { ViewCodePage } from './pages/view-code';

const HEALTH = 'Health assessments for Canada: top countries';
const REGIONS = (JSON.parse(readFileSync(join(resourcesDir, 'datasets/contributions-by-region.json'), 'utf8')) as { title: { en: string } })
  .title.en;
const health = JSON.parse(readFileSync(join(resourcesDir, 'datasets/health-assessments.json'), 'utf8')) as {
  rows: { values: { assessments: number } }[];
};
const bigCountries = health.rows.filter((r) => r.values.assessments >= 20_000).length;

const makeView = async (app: ExplorerPage) => {
  await app.openDataset(HEALTH);
  await app.setRange('Health assessments', 'Minimum', '20000');
  await app.tab('Chart').click();
  await expect(app.bars()).toHaveCount(bigCountries);
};
/** The view above, its code copied: the text main put on the clipboard. */
const makeViewAndCopyCode = async (app: ExplorerPage, codes: ViewCodePage, standIns: ExportStandIns) => {
  await makeView(app);
  await codes.copy();
  await expect(codes.status()).toContainText('View code copied');
  return standIns.copiedText.at(-1) ?? '';
};
const expectView = async (app: ExplorerPage) => {
  await expect(app.page.getByRole('heading', { level: 2, name: HEALTH })).toBeVisible();
  await expect(app.tab('Chart')).toHaveAttribute('aria-selected', 'true');
  await expect(app.bars()).toHaveCount(bigCountries);
};

test('copy a view code, open another dataset, open the code: the same view', async ({ page, exportStandIns }) => {
  const app = new ExplorerPage(page);
  const codes = new ViewCodePage(page);
  const code = await makeViewAndCopyCode(app, codes, exportStandIns);
  expect(code).toMatch(/^iom1\.[A-Za-z0-9_-]+$/);
  expect(code.length).toBeLessThan(120);
  await expect(codes.status()).toContainText(code);

  await app.openDataset(REGIONS);
  await expect(page.getByRole('heading', { level: 2, name: REGIONS })).toBeVisible();
  await codes.open(code);
  await expect(codes.dialog()).toBeHidden();
  await expectView(app);
});

test('a cut, a mistyped or a newer code gives a plain message and changes nothing', async ({ page, exportStandIns }) => {
  const app = new ExplorerPage(page);
  const codes = new ViewCodePage(page);
  const code = await makeViewAndCopyCode(app, codes, exportStandIns);
  await app.openDataset(REGIONS);

  await codes.open(code.slice(0, -5));
  await codes.expectProblem(/incomplete or mistyped/);
  await codes.dialog().getByRole('textbox', { name: 'View code' }).fill(code.replace(/^iom1\./, 'iom7.'));
  await codes.dialog().getByRole('button', { name: 'Open', exact: true }).click();
  await codes.expectProblem(/made by a newer version of the app/);
  await codes.dialog().getByRole('textbox', { name: 'View code' }).fill('not a code at all');
  await codes.dialog().getByRole('button', { name: 'Open', exact: true }).click();
  await codes.expectProblem(/not a view code/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: REGIONS })).toBeVisible();
});

test('a view code pasted into search offers to open it', async ({ page, exportStandIns }) => {
  const app = new ExplorerPage(page);
  const codes = new ViewCodePage(page);
  const code = await makeViewAndCopyCode(app, codes, exportStandIns);
  await app.openDataset(REGIONS);
  await new SearchPage(page).find(code);
  await page.getByRole('button', { name: 'Open this view code' }).click();
  await expectView(app);
});
