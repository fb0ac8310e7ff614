import { app, BrowserWindow, clipboard, ClipboardItem, dialog, ipcMain, nativeTheme, protocol, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDispatcher } from './ipc/handle';
import { registerIpcHandlers } from './ipc/register';
import { createHandlers } from './services';
import { electronJsonStore } from './views/electron-json-store';
import type { Dialogs } from './dialogs';
import { APP_SCHEME_PRIVILEGES, mimeTypeOf, realFileInside, resolveAppFile } from './protocol';
import { createViewFileInbox, viewFilesInArgv } from './open-file';
import { MANIFEST_FILE, readManifest } from './datasets/manifest';
import { HOME_FIGURES_FILE } from './home/built-figures';
import { startupFigureServer, type StartupFigureServer } from './snapshot/handlers';
import { STARTUP_FIGURE_PATH } from './snapshot/startup-figure';
import { windowBackground } from './window-background';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, isAllowedNavigation, isAllowedRequest } from './security';

const here = fileURLToPath(new URL('.', import.meta.url));
// A packaged app never loads a dev server (the variable could point it at any page) and has no DevTools.
const devServerUrl = app.isPackaged ? null : (process.env.ELECTRON_RENDERER_URL ?? null);
const isDev = devServerUrl !== null;
const log = (message: string) => console.log(`[main] ${message}`);
const ABOUT_COPYRIGHT = 'Figures from IOM (2015), Building Better Futures: Canada and IOM Partnerships in Action';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();

const windows = new Set<number>();

/** Brings the app window forward: the renderer asks for opened view files when it gains focus. */
const focusAppWindow = () => {
  const win = BrowserWindow.getAllWindows()[0];
  if (!win) return; // not created yet: the renderer asks for opened files when it starts
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
};

// One app per user: a second launch (a double-clicked .iomview) hands its files to this one and quits.
const openedViewFiles = createViewFileInbox(focusAppWindow);
const isFirstInstance = app.requestSingleInstanceLock();
if (!isFirstInstance) app.quit();
app.on('second-instance', (_event, argv) => {
  for (const path of viewFilesInArgv(argv)) openedViewFiles.open(path);
  focusAppWindow();
});
// macOS hands files over by event (also before the app is ready); Windows and Linux put them in argv.
app.on('open-file', (event, path) => {
  event.preventDefault();
  openedViewFiles.open(path);
});
for (const path of viewFilesInArgv(process.argv)) openedViewFiles.open(path);

/** The folder of the last file saved: the next save dialog opens there. */
let lastSaveFolder: string | null = null;
const electronDialogs: Dialogs = {
  saveFolder: () => lastSaveFolder ?? app.getPath('documents'),
  chooseSavePath: async ({ title, defaultName, filters }) => {
    const owner = BrowserWindow.getFocusedWindow();
    const opts = { title, defaultPath: join(lastSaveFolder ?? app.getPath('documents'), defaultName), filters };
    const r = owner ? await dialog.showSaveDialog(owner, opts) : await dialog.showSaveDialog(opts);
    if (r.canceled || !r.filePath) return null;
    lastSaveFolder = dirname(r.filePath);
    return r.filePath;
  },
  chooseOpenPath: async ({ title, filters }) => {
    const owner = BrowserWindow.getFocusedWindow();
    const opts = { title, filters, properties: ['openFile' as const] };
    const r = owner ? await dialog.showOpenDialog(owner, opts) : await dialog.showOpenDialog(opts);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
};

const lockDownSession = () => {
  const ses = session.defaultSession;
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null;
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, devOrigin);
    if (!allowed) log(`blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  // The bridge goes only into the app's own pages (and the dev server's): a page from anywhere else, which
  // the navigation guards already refuse, would not even get window.api.
  ses.registerPreloadScript({
    type: 'frame',
    id: 'iom-bridge',
    filePath: join(here, '../preload/index.cjs'),
    matches: devOrigin ? [`${APP_ORIGIN}/*`, `${devOrigin}/*`] : [`${APP_ORIGIN}/*`],
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
};

const serveRenderer = (figure: StartupFigureServer) => {
  const root = join(here, '../renderer');
  const headers = (type: string) => ({
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  });
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== new URL(APP_ORIGIN).host) return new Response('Not found', { status: 404 });
    // The figure the last session left on screen, shown by index.html before the app's script runs.
    if (url.pathname === STARTUP_FIGURE_PATH) {
      const svg = await figure.svg();
      return svg === null
        ? new Response('Not found', { status: 404 })
        : new Response(svg, { headers: headers(mimeTypeOf('x.svg')) });
    }
    const requested = resolveAppFile(request.url, root);
    const file = requested === null ? null : realFileInside(requested, root);
    if (file === null) return new Response('Not found', { status: 404 });
    try {
      const isIndex = url.pathname === '/' || url.pathname === '/index.html';
      const body = isIndex ? await figure.indexHtml(await readFile(file, 'utf8')) : await readFile(file);
      return new Response(body, { headers: headers(mimeTypeOf(file)) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
};

/** `background`: the page's own, in the theme it is about to apply (windowBackground). */
const createWindow = (background: string) => {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    // The page's own background (design tokens) in the saved theme, so nothing flashes before it paints.
    backgroundColor: background,
    title: 'IOM–Canada Explorer',
    autoHideMenuBar: true,
    // Written out (not spread from secureWebPreferences) so any scanner can read them; security.test.ts
    // keeps them equal to secureWebPreferences. The preload is registered on the session (lockDownSession).
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      // Gone since Electron 14 (Electron ignores it); written so a scanner that cannot tell the Electron
      // version (`electronegativity -i src` assumes 0.1, where `remote` was on) sees it off.
      // @ts-expect-error not in Electron 45's WebPreferences
      enableRemoteModule: false,
      devTools: isDev && !app.isPackaged,
    },
  });
  const id = win.webContents.id;
  windows.add(id);
  win.on('closed', () => windows.delete(id));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
};

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, contents.getURL())) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, contents.getURL())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

void app.whenReady().then(async () => {
  if (!isFirstInstance) return;
  lockDownSession();
  // Inside app.asar once packaged, so the asar integrity fuse covers the bundled data too.
  const resourcesDir = join(app.getAppPath(), 'resources');
  app.setAboutPanelOptions({
    applicationName: 'IOM–Canada Explorer',
    applicationVersion: app.getVersion(),
    copyright: ABOUT_COPYRIGHT,
  });
  const handlers = createHandlers({
    resourcesDir,
    userDataDir: app.getPath('userData'),
    dialogs: electronDialogs,
    appVersion: app.getVersion(),
    log,
    // The renderer lays out a one-page brief under @media print; printToPDF renders exactly that.
    printToPdf: async () => {
      const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      if (!win) throw new Error('no window to print');
      return new Uint8Array(await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }));
    },
    // electron-store's own ipcMain listener is removed as soon as a store is opened (see there).
    openJsonStore: electronJsonStore(ipcMain),
    // What Chromium derives navigator.languages from, so main and the renderer agree before a choice.
    systemLanguages: [app.getLocale()],
    openedViewFiles,
    // Written by the build next to this file: the datasets it validated, by hash.
    datasetManifest: readManifest(join(here, MANIFEST_FILE)),
    // Also the build's: the start screen's pictures and key numbers, so main need not compute them.
    homeFiguresFile: join(here, HOME_FIGURES_FILE),
    clipboard: {
      writePng: (png) => clipboard.write([new ClipboardItem({ 'image/png': new Blob([png], { type: 'image/png' }) })]),
      writeText: (text) => clipboard.writeText(text),
    },
  });
  serveRenderer(startupFigureServer(handlers, app.getPath('userData'), [app.getLocale()]));
  const dispatch = createDispatcher(
    handlers,
    { appOrigin: devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN, isOwnWindow: (id) => windows.has(id) },
    log,
  );
  registerIpcHandlers(ipcMain, dispatch);
  const { theme } = await handlers.getPreferences(undefined);
  createWindow(windowBackground(theme, nativeTheme.shouldUseDarkColors));
});

app.on('window-all-closed', () => app.quit());
