import { _electron as electron, expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { buildViewFile } from '../../src/shared/view-file';
import { defaultViewState } from '../../src/shared/default-view-state';
import { tmpdir } from 'node:os';
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
if ('missing' in binary) console.warn(`[electron.spec] skipped: ${binary.missing}.`);

test.describe('the real Electron app', () => {
  test.skip('missing' in binary, 'missing' in binary ? `Skipped: ${binary.missing}.` : '');

  test('starts locked down and shows the datasets through the preload bridge', async () => {
    if (!('path' in binary)) return;
    const userData = mkdtempSync(resolve(tmpdir(), 'iom-electron-'));
    const app = await electron.launch({
      executablePath: binary.path,
      args: [resolve(import.meta.dirname, '../..'), `--user-data-dir=${userData}`],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('navigation', { name: 'Datasets' })).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/explorer\//);
      const prefs = await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((w) => {
          // Not in electron.d.ts, but present at runtime: the preferences the renderer actually got.
          const wc = w.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null };
          const p = wc.getLastWebPreferences?.() ?? {};
          return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration, webSecurity: p.webSecurity, webviewTag: p.webviewTag, spellcheck: p.spellcheck };
        }),
      );
      for (const p of prefs)
        expect(p).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, spellcheck: false });
      const reach = await page.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        api: typeof window.api,
      }));
      expect(reach).toEqual({ require: 'undefined', process: 'undefined', api: 'object' });
      const popup = await page.evaluate(() => window.open('https://example.org') === null);
      expect(popup).toBe(true);
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });

  test('a .iomview given at launch, and one from a second launch, are imported and shown in the one window', async () => {
    if (!('path' in binary)) return;
    const work = mkdtempSync(resolve(tmpdir(), 'iom-electron-open-'));
    const userData = resolve(work, 'user-data');
    const viewFile = (name: string, viewName: string) => {
      const path = resolve(work, name);
      const file = buildViewFile([{ name: viewName, state: defaultViewState('health-assessments') }], '1.0.0', new Date().toISOString());
      writeFileSync(path, JSON.stringify(file));
      return path;
    };
    const appDir = resolve(import.meta.dirname, '../..');
    const app = await electron.launch({
      executablePath: binary.path,
      args: [appDir, `--user-data-dir=${userData}`, viewFile('first.iomview', 'Opened at launch')],
    });
    try {
      const page = await app.firstWindow();
      const panel = page.getByRole('complementary', { name: 'Saved views' });
      await expect(panel.getByRole('status')).toHaveText('Imported 1 view: Opened at launch.');
      // A second launch hands its file to the running app and exits at once (the single-instance lock).
      const second = spawnSync(binary.path, [appDir, `--user-data-dir=${userData}`, viewFile('second.iomview', 'From a second launch')], {
        timeout: 30_000,
      });
      expect(second.status).toBe(0);
      await expect(panel.getByRole('status')).toHaveText('Imported 1 view: From a second launch.');
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
