/**
 * Regenerates docs/screenshot.png (the README's picture) from the built renderer, wired to the real
 * main-process handlers exactly as in the E2E tests. Usage: `npm run build && npm run screenshot`.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { APP_URL, CHROMIUM_ARGS, bindApi, createAppDispatch, serveFolder } from '../tests/e2e/wire-app';
import { DialogStandIn } from '../tests/e2e/harness';

const root = resolve(import.meta.dirname, '..');
const userDataDir = mkdtempSync(join(tmpdir(), 'iom-shot-'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const dispatch = createAppDispatch({
    resourcesDir: join(root, 'resources'),
    userDataDir,
    dialogs: new DialogStandIn(join(userDataDir, 'saved')),
    appVersion: 'screenshot',
    log: () => {},
  });
  await serveFolder(page, join(root, 'out/renderer'));
  await bindApi(page, dispatch);
  await page.goto(`${APP_URL}/index.html`);
  const nav = page.getByRole('navigation', { name: 'Datasets' });
  await nav.getByRole('searchbox', { name: 'Search', exact: true }).fill('47,294');
  await nav.getByRole('button', { name: /Pakistan/ }).click();
  await page.getByRole('complementary', { name: 'Source', exact: true }).getByText('Pakistan 47,294').first().waitFor();
  await page.getByRole('tab', { name: 'Map', exact: true }).click();
  await page.locator('svg[data-figure="map"] path[data-has-data="true"]').first().waitFor();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: join(root, 'docs/screenshot.png') });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
