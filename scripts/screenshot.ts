/**
 * Screenshots of the main screens, for looking at and for the README: every size the app must fit
 * (794×700, 1024×640, 1366×768, 1920×1080), light and dark, English and French, from the built
 * renderer wired to the real main-process handlers exactly as in the E2E tests.
 * Usage: `npm run build && npm run screenshot` writes the README's pictures (1366×768, both themes) into
 * docs/screenshots/; `npm run screenshot -- --all [--out DIR]` takes the whole matrix (default out/screenshots).
 */
import { chromium, type Page } from '@playwright/test';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { APP_URL, CHROMIUM_ARGS, bindApi, createAppDispatch, serveFolder } from '../tests/e2e/wire-app';
import { DialogStandIn } from '../tests/e2e/harness';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const readme = !args.includes('--all');
const outArg = args.indexOf('--out');
const out = outArg >= 0 ? resolve(args[outArg + 1] ?? '') : join(root, readme ? 'docs/screenshots' : 'out/screenshots');
mkdirSync(out, { recursive: true });
// `--screen map` takes one screen only (quicker when looking at one feature).
const screenArg = args.indexOf('--screen');
const only = screenArg >= 0 ? args[screenArg + 1] : undefined;

const SIZES = readme ? [[1366, 768]] : [[794, 700], [1024, 640], [1366, 768], [1920, 1080]];
const THEMES = ['light', 'dark'] as const;
const LANGS = readme ? (['en'] as const) : (['en', 'fr'] as const);

type Screen = { name: string; show: (page: Page, lang: 'en' | 'fr') => Promise<void> };
const openDataset = async (page: Page, title: RegExp) => {
  const toggle = page.locator('button[aria-controls="datasets-panel"]');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await page.locator('#datasets-panel').getByRole('button', { name: title }).first().click();
};
const tab = (page: Page, lang: 'en' | 'fr', en: string, fr: string) => page.getByRole('tab', { name: lang === 'en' ? en : fr, exact: true }).click();

const SCREENS: Screen[] = [
  { name: 'start', show: async () => {} },
  {
    name: 'chart',
    show: async (page, lang) => {
      await openDataset(page, lang === 'en' ? /movements to Canada by year/i : /par année/i);
      await tab(page, lang, 'Chart', 'Graphique');
      await page.locator('.chart-box svg').first().waitFor();
    },
  },
  {
    name: 'map',
    show: async (page, lang) => {
      await openDataset(page, lang === 'en' ? /Health assessments/i : /Évaluations|santé/i);
      await tab(page, lang, 'Map', 'Carte');
      await page.locator('svg[data-figure="map"] path[data-has-data="true"]').first().waitFor();
    },
  },
  {
    // The saved-views drawer over a store written by the app before thumbnails (migrated on open).
    name: 'saved-views',
    show: async (page) => {
      const toggle = page.locator('button[aria-controls="side-drawer"]');
      if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
      await page.locator('.sv-item').first().waitFor();
    },
  },
  {
    name: 'table-source',
    show: async (page, lang) => {
      await openDataset(page, lang === 'en' ? /Health assessments/i : /Évaluations|santé/i);
      await tab(page, lang, 'Table', 'Tableau');
      await page.locator('.data-table .cell').first().click();
      await page.locator('.source-panel').waitFor();
    },
  },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const lang of LANGS)
    for (const theme of THEMES)
      for (const [width, height] of SIZES)
        for (const screen of SCREENS.filter((s) => only === undefined || s.name === only)) {
          const userDataDir = mkdtempSync(join(tmpdir(), 'iom-shots-'));
          if (screen.name === 'saved-views') copyFileSync(join(root, 'tests/support/fixtures/saved-views-store-v2.json'), join(userDataDir, 'saved-views.json'));
          const context = await browser.newContext({ viewport: { width: width ?? 1366, height: height ?? 768 }, locale: lang === 'en' ? 'en-CA' : 'fr-CA', colorScheme: theme });
          const page = await context.newPage();
          const dispatch = createAppDispatch({ resourcesDir: join(root, 'resources'), userDataDir, dialogs: new DialogStandIn(join(userDataDir, 'saved')), appVersion: 'screenshot', log: () => {} });
          await serveFolder(page, join(root, 'out/renderer'));
          await bindApi(page, dispatch);
          await page.goto(`${APP_URL}/index.html`);
          await page.locator('.app').waitFor();
          try {
            await screen.show(page, lang);
            await page.waitForTimeout(600);
            const file = readme ? `${screen.name}-${theme}.png` : `${screen.name}_${width}x${height}_${theme}_${lang}.png`;
            await page.screenshot({ path: join(out, file) });
            console.log(`wrote ${join(out, file)}`);
          } catch (e) {
            console.log(`FAILED ${screen.name} ${width}x${height} ${theme} ${lang}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
          }
          await context.close();
          rmSync(userDataDir, { recursive: true, force: true });
        }
} finally {
  await browser.close();
}
