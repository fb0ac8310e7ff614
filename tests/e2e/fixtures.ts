import { test as base, expect, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Dispatch } from '../../src/main/ipc/handle';
import { DialogStandIn } from './harness';
import { APP_URL, CHROMIUM_ARGS, bindApi, createAppWiring, serveFolder } from './wire-app';
import type { StartupFigureServer } from '../../src/main/snapshot/handlers';

/** The built renderer is served at APP_URL straight from out/renderer (see wire-app.ts). */
export { APP_URL };

const root = resolve(import.meta.dirname, '../..');
const rendererDir = join(root, 'out/renderer');
export const resourcesDir = join(root, 'resources');
/** The start screen's figures as the main build wrote them (main answers from this file, as in the app). */
const homeFiguresFile = join(root, 'out/main/home-figures.json');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Stand-ins for Electron's printToPDF (Chromium's own PDF printer, print media like Electron) and clipboard. */
export class ExportStandIns {
  page: Page | null = null;
  readonly copied: Uint8Array[] = [];
  /** Text main put on the clipboard (view codes), oldest first. */
  readonly copiedText: string[] = [];
  printToPdf = async (): Promise<Uint8Array> => {
    if (this.page === null) throw new Error('no page to print');
    return new Uint8Array(await this.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  };
  clipboard = {
    writePng: (png: Uint8Array) => void this.copied.push(png),
    writeText: (text: string) => void this.copiedText.push(text),
  };
}

type Fixtures = {
  /** Fresh per-test user-data folder handed to the main services. */
  userDataDir: string;
  /** Where the save-dialog stand-in writes exported files. */
  savedFilesDir: string;
  dialogs: DialogStandIn;
  /** The main-process dispatcher behind window.api (same sender check + validation as IPC). */
  dispatch: Dispatch;
  /** Main's startup-figure server over the same handlers: index.html and the figure go through it. */
  startupFigure: StartupFigureServer;
  wiring: { dispatch: Dispatch; figure: StartupFigureServer };
  /** Every URL the page requested that is not the app's own. Must stay empty. */
  externalRequests: string[];
  /** Opens (or reopens, e.g. to simulate a restart) the app in the page. */
  openApp: () => Promise<void>;
  /** Files written into userDataDir before the main services start (`test.use({ userDataSeed })`). */
  userDataSeed: Record<string, string | Uint8Array>;
  exportStandIns: ExportStandIns;
};

export const test = base.extend<Fixtures>({
  browserName: 'chromium',
  launchOptions: async ({ launchOptions }, use) => {
    await use({
      ...launchOptions,
      executablePath: chromiumPath,
      args: CHROMIUM_ARGS,
    });
  },
  userDataSeed: [{}, { option: true }],
  exportStandIns: async ({}, use) => {
    await use(new ExportStandIns());
  },
  userDataDir: async ({ userDataSeed }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'iom-e2e-user-'));
    for (const [name, content] of Object.entries(userDataSeed)) writeFileSync(join(dir, name), content);
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  savedFilesDir: async ({ userDataDir }, use) => {
    await use(join(userDataDir, '..', `${userDataDir.split('/').pop() ?? 'x'}-saved`));
  },
  dialogs: async ({ savedFilesDir }, use) => {
    const dialogs = new DialogStandIn(savedFilesDir);
    await use(dialogs);
    rmSync(savedFilesDir, { recursive: true, force: true });
    rmSync(dialogs.offeredFilesDir, { recursive: true, force: true });
  },
  wiring: async ({ userDataDir, dialogs, exportStandIns }, use) => {
    // Late-bound, so a test may swap the stand-in's printToPdf.
    const printToPdf = () => exportStandIns.printToPdf();
    await use(createAppWiring({ resourcesDir, userDataDir, dialogs, appVersion: '0.0.0-e2e', log: () => {}, printToPdf, clipboard: exportStandIns.clipboard, homeFiguresFile }));
  },
  dispatch: async ({ wiring }, use) => {
    await use(wiring.dispatch);
  },
  startupFigure: async ({ wiring }, use) => {
    await use(wiring.figure);
  },
  externalRequests: async ({}, use) => {
    await use([]);
  },
  openApp: async ({ page }, use) => {
    await use(async () => {
      await page.goto(`${APP_URL}/index.html`);
    });
  },
  page: async ({ page, dispatch, startupFigure, externalRequests, exportStandIns }, use) => {
    exportStandIns.page = page;
    if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first.');
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(`${APP_URL}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) externalRequests.push(url);
    });
    await serveFolder(page, rendererDir, startupFigure);
    // Mirrors the preload: a frozen object with one method per contract channel and nothing else.
    await bindApi(page, dispatch);
    await page.goto(`${APP_URL}/index.html`);
    await use(page);
    expect(externalRequests, 'the page made requests outside the app').toEqual([]);
  },
});

export { expect };
export type { Page };
