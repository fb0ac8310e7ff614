import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, resourcesDir, type Page } from './fixtures';
import { ExplorerPage } from './pages/explorer';
import { SavedViewsPage } from './pages/saved-views';
import { StartScreenPage } from './pages/start-screen';
import { checkEveryLook, applyLook, looksFor, seriousFindings, type Finding } from './pages/a11y';

/**
 * axe-core over every screen, in English and French, light and dark: no serious or critical finding.
 * One test per screen, looping its two looks (pages/a11y.ts, looksFor) in one page.
 */
type DatasetFile = { title: { en: string; fr: string } };
const title = (id: string) => (JSON.parse(readFileSync(join(resourcesDir, `datasets/${id}.json`), 'utf8')) as DatasetFile).title;

test.describe.configure({ timeout: 120_000 });

const report = (findings: Finding[]) =>
  findings.map((f) => `${f.where}: ${f.impact} ${f.id} — ${f.help}\n    ${f.targets.join('\n    ')}`).join('\n');
const expectClean = (findings: Finding[]) => expect(findings, report(findings)).toEqual([]);

/** The tab panel shows its figure (or table) drawn, not a loading line. */
async function figureReady(page: Page, index: number) {
  const panel = page.getByRole('tabpanel');
  if (index === 0) await expect(panel.getByRole('table').first()).toBeVisible();
  // A dataset with nothing to plot (the timeline) says so instead of drawing.
  else if (index === 1) await expect(panel.locator('.chart-box svg, .chart-panel, p.empty').first()).toBeVisible();
  else await expect(panel.locator('svg[data-figure="map"] path').first()).toBeVisible();
}

test('the start screen and the search results', async ({ page }) => {
  await expect(page.getByRole('navigation', { name: 'Datasets' })).toBeVisible();
  // The start screen (report figure cards, key numbers), its pictures drawn.
  const home = new StartScreenPage(page);
  await home.expectShown();
  await home.expectPictures();
  const findings = await checkEveryLook(page, 'start');
  findings.push(
    ...(await checkEveryLook(page, 'search results', {
      show: async () => {
        await page.locator('nav input[type="search"]').fill('Haiti');
        await expect(page.locator('nav').getByRole('list').first()).toBeVisible();
      },
    })),
  );
  expectClean(findings);
});

// Four datasets of different shapes: countries (map), a time series, a dated timeline, a hierarchy.
for (const id of [
  'health-assessments',
  'assisted-movements-by-year',
  'timeline',
  'contributions-by-theme',
]) {
  test(`every tab of "${title(id).en}"`, async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.openDataset(title(id).en);
    const tabs = await page.getByRole('tab').count();
    const findings: Finding[] = [];
    for (const look of looksFor(id)) {
      await applyLook(page, look);
      for (let i = 0; i < tabs; i++) {
        await page.getByRole('tab').nth(i).click();
        await figureReady(page, i);
        // The header and the list are the same on every tab: after the first, only the content is checked.
        findings.push(
          ...(await seriousFindings(page, `${id} tab ${i + 1} (${look.lang}, ${look.theme})`, i === 0 ? undefined : '#content', look)),
        );
      }
    }
    expectClean(findings);
  });
}

test.describe('at 1600 px, with the side drawer docked', () => {
  test.use({ viewport: { width: 1600, height: 900 } });

  test('the source panel, the column filters and the chart described in words', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.search.fill('47,294');
    await app.nav.getByRole('button', { name: /Pakistan/ }).click();
    await expect(app.source).toBeVisible();
    const findings = await checkEveryLook(page, 'source panel', {
      show: () => expect(page.locator('#side-drawer').getByRole('complementary').first()).toBeVisible(),
    });
    const filters = page.locator('button[aria-controls="column-filters"]');
  if ((await filters.getAttribute('aria-expanded')) !== 'true') await filters.click();
  await expect(page.locator('#column-filters')).toBeVisible();
    findings.push(...(await checkEveryLook(page, 'column filters')));
    await page.getByRole('tab').nth(1).click();
    findings.push(
      ...(await checkEveryLook(page, 'chart in words', {
        show: async () => {
          const toggle = page.locator('button.chart-describe');
          if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
          await expect(page.locator('#chart-summary')).toBeVisible();
        },
      })),
    );
    expectClean(findings);
  });

  test('the save dialog asking about a name in use', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.openDataset(title('health-assessments').en);
    await new SavedViewsPage(page).save('Top countries');
    const findings = await checkEveryLook(page, 'save view dialog, name in use', {
      show: async () => {
        await page.locator('.view-actions .sv-toolbar-button').click();
        await page.getByRole('dialog').getByRole('textbox').fill('Top countries');
        await page.keyboard.press('Enter');
        await expect(page.getByRole('dialog').getByRole('heading')).toHaveText(/A saved view has this name|Une vue enregistrée porte ce nom/);
      },
      hide: async () => {
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();
      },
    });
    expectClean(findings);
  });

  test('saved views, the save dialog, the view code dialog and the export menu', async ({ page }) => {
    // Four screens in four looks: about 1.5 min alone, past two on a loaded machine.
    test.setTimeout(180_000);
    const app = new ExplorerPage(page);
    await app.openDataset(title('health-assessments').en);
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Top countries');
    await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(
      page.getByRole('complementary', { name: 'Saved views' }).getByRole('button', { name: 'Top countries' }),
    ).toBeVisible();
    const findings = await checkEveryLook(page, 'saved views');

    // A modal dialog: opened by its toolbar button (named in either language), closed with Escape.
    const dialog = (button: string) => ({
      show: async () => {
        await page.locator(button).click();
        await expect(page.getByRole('dialog')).toBeVisible();
      },
      hide: async () => {
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();
      },
    });
    findings.push(...(await checkEveryLook(page, 'save view dialog', dialog('.view-actions .sv-toolbar-button'))));
    findings.push(...(await checkEveryLook(page, 'view code dialog', dialog('.view-actions > button:last-of-type'))));

    await page.getByRole('tab').nth(1).click();
    findings.push(
      ...(await checkEveryLook(page, 'export menu', {
        show: async () => {
          await figureReady(page, 1);
          if (!(await page.getByRole('menu').isVisible())) await page.locator('.export-menu > button').click();
          await expect(page.getByRole('menu')).toBeVisible();
        },
      })),
    );
    expectClean(findings);
  });
});

test('the theme menu open', async ({ page }) => {
  const findings = await checkEveryLook(page, 'theme menu', {
    show: async () => {
      await page.locator('.theme-switch button').click();
      await expect(page.getByRole('menu')).toBeVisible();
    },
    hide: async () => {
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toBeHidden();
    },
  });
  expectClean(findings);
});

test.describe('at 800 px, where the panels slide over the figure', () => {
  test.use({ viewport: { width: 800, height: 700 } });

  test('the datasets panel and the side drawer as overlays', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.openDataset(title('health-assessments').en);
    const toggle = (id: string) => page.locator(`button[aria-controls="${id}"]`);
    const findings = await checkEveryLook(page, 'datasets overlay', {
      show: async () => {
        if ((await toggle('datasets-panel').getAttribute('aria-expanded')) !== 'true') await toggle('datasets-panel').click();
        await expect(page.locator('#datasets-panel')).toBeVisible();
      },
    });
    await page.keyboard.press('Escape');
    await expect(page.locator('#datasets-panel')).toBeHidden();
    findings.push(
      ...(await checkEveryLook(page, 'drawer overlay', {
        show: async () => {
          if ((await toggle('side-drawer').getAttribute('aria-expanded')) !== 'true') await toggle('side-drawer').click();
          await expect(page.locator('#side-drawer')).toBeVisible();
        },
      })),
    );
    expectClean(findings);
  });
});
