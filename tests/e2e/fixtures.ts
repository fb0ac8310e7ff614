import { test as base, expect, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { methodChannels } from '../../src/shared/ipc/contract';
import { createDispatcher, type Dispatch } from '../../src/main/ipc/handle';
import { createHandlers } from '../../src/main/services';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security';
import { mimeTypeOf, resolveAppFile } from '../../src/main/protocol';
import { DialogStandIn } from './harness';

/**
 * The built renderer is served at this origin by Playwright's router, straight from out/renderer,
 * so nothing ever touches the network. (`*.localhost` counts as a secure context, like app://.)
 */
export const APP_URL = 'http://explorer.localhost';
const WEB_CONTENTS_ID = 1;

const root = resolve(import.meta.dirname, '../..');
const rendererDir = join(root, 'out/renderer');
export const resourcesDir = join(root, 'resources');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Fixtures = {
  /** Fresh per-test user-data folder handed to the main services. */
  userDataDir: string;
  /** Where the save-dialog stand-in writes exported files. */
  savedFilesDir: string;
  dialogs: DialogStandIn;
  /** The main-process dispatcher behind window.api (same sender check + validation as IPC). */
  dispatch: Dispatch;
  /** Every URL the page requested that is not the app's own. Must stay empty. */
  externalRequests: string[];
  /** Opens (or reopens, e.g. to simulate a restart) the app in the page. */
  openApp: () => Promise<void>;
};

export const test = base.extend<Fixtures>({
  browserName: 'chromium',
  launchOptions: async ({ launchOptions }, use) => {
    await use({
      ...launchOptions,
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  },
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'iom-e2e-user-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  savedFilesDir: async ({ userDataDir }, use) => {
    await use(join(userDataDir, '..', `${userDataDir.split('/').pop() ?? 'x'}-saved`));
  },
  dialogs: async ({ savedFilesDir }, use) => {
    await use(new DialogStandIn(savedFilesDir));
    rmSync(savedFilesDir, { recursive: true, force: true });
    rmSync(join(savedFilesDir, '..', 'to-open'), { recursive: true, force: true });
  },
  dispatch: async ({ userDataDir, dialogs }, use) => {
    const handlers = createHandlers({ resourcesDir, userDataDir, dialogs, appVersion: '0.0.0-e2e', log: () => {} });
    await use(createDispatcher(handlers, { appOrigin: APP_URL, isOwnWindow: (id) => id === WEB_CONTENTS_ID }));
  },
  externalRequests: async ({}, use) => {
    await use([]);
  },
  openApp: async ({ page }, use) => {
    await use(async () => {
      await page.goto(`${APP_URL}/index.html`);
    });
  },
  page: async ({ page, dispatch, externalRequests }, use) => {
    if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first.');
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(`${APP_URL}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) externalRequests.push(url);
    });
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (!url.startsWith(`${APP_URL}/`)) return route.abort('blockedbyclient');
      const file = resolveAppFile(url, rendererDir);
      if (file === null || !existsSync(file) || extname(file) === '') return route.fulfill({ status: 404, body: 'Not found' });
      return route.fulfill({
        status: 200,
        body: readFileSync(file),
        headers: { 'Content-Type': mimeTypeOf(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      });
    });
    await page.exposeBinding('__ipcInvoke', ({ frame, page: p }, channel: string, payload: unknown) =>
      dispatch(channel, { url: frame.url(), isMainFrame: frame === p.mainFrame(), webContentsId: WEB_CONTENTS_ID }, payload),
    );
    // Mirrors the preload: a frozen object with one method per contract channel and nothing else.
    await page.addInitScript((pairs: [string, string][]) => {
      const invoke = (window as unknown as { __ipcInvoke: (c: string, p: unknown) => Promise<unknown> }).__ipcInvoke;
      const api = Object.freeze(Object.fromEntries(pairs.map(([method, channel]) => [method, (input?: unknown) => invoke(channel, input)])));
      Object.defineProperty(window, 'api', { value: api, writable: false, configurable: false, enumerable: true });
    }, methodChannels);
    await page.goto(`${APP_URL}/index.html`);
    await use(page);
    expect(externalRequests, 'the page made requests outside the app').toEqual([]);
  },
});

export { expect };
export type { Page };
