import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { methodChannels } from '../../src/shared/ipc/contract';
import { createDispatcher, type Dispatch } from '../../src/main/ipc/handle';
import { createHandlers, type MainDeps } from '../../src/main/services';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security';
import { mimeTypeOf, resolveAppFile } from '../../src/main/protocol';
import { startupFigureServer, type StartupFigureServer } from '../../src/main/snapshot/handlers';
import { STARTUP_FIGURE_PATH } from '../../src/main/snapshot/startup-figure';

/**
 * How a Chromium page becomes "the app": shared by the E2E fixtures and the benchmarks (bench/),
 * so both measure the exact same wiring the tests vouch for.
 *
 * The built renderer is served at this origin by Playwright's router, straight from a folder,
 * so nothing ever touches the network. (`*.localhost` counts as a secure context, like app://.)
 */
export const APP_URL = 'http://explorer.localhost';
export const WEB_CONTENTS_ID = 1;

/**
 * Chromium switches for every harness browser (E2E and bench, app and floor alike).
 * `--disable-features=…Omnibox…`: desktop Chromium preloads two `chrome://omnibox-popup.top-chrome`
 * WebUI pages for each new browser context, and their renderer burned 150–730 ms of CPU during each
 * page load on this 2-core machine. Electron has no omnibox, so the app never pays that: it was a cost
 * of the harness only (docs/benchmarks.md, 2026-12-07).
 */
const OMNIBOX_FEATURES = 'WebUIOmniboxPopup,WebUIOmniboxAimPopup,OmniboxAimPopup';
/**
 * Chromium keeps only the last `--disable-features`, so a switch of ours replaces Playwright's own list
 * (seen in the renderers' command lines, 2026-12-07): it is repeated here, as Playwright 1.65's
 * chromiumSwitches.ts has it (HTTP routes kept on HTTP, no profile teardown race, no background
 * requests to Google, no paint holding), with the omnibox features added.
 */
const PLAYWRIGHT_DISABLED_FEATURES =
  'AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,AvoidCorsURLLoaderRestartOnRedirect,TcpPortRandomizationWin,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch';
export const OMNIBOX_OFF = `--disable-features=${PLAYWRIGHT_DISABLED_FEATURES},${OMNIBOX_FEATURES}`;
export const CHROMIUM_ARGS = [
  OMNIBOX_OFF,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The main-process dispatcher behind window.api (same sender check + validation as IPC). */
export const createAppDispatch = (deps: MainDeps): Dispatch => createAppWiring(deps).dispatch;

/** The dispatcher and main's startup-figure server, over one set of handlers (as src/main/index.ts has them). */
export const createAppWiring = (deps: MainDeps): { dispatch: Dispatch; figure: StartupFigureServer } => {
  const handlers = createHandlers(deps);
  return {
    dispatch: createDispatcher(handlers, { appOrigin: APP_URL, isOwnWindow: (id) => id === WEB_CONTENTS_ID }),
    figure: startupFigureServer(handlers, deps.userDataDir, deps.systemLanguages),
  };
};

/**
 * Serves `rootDir` at APP_URL with the app's CSP header; every other URL is aborted. With `figure`,
 * index.html and the startup figure go through main's own startup-figure server, as app:// does.
 */
export const serveFolder = async (page: Page, rootDir: string, figure: StartupFigureServer | null = null): Promise<void> => {
  const headers = (type: string) => ({ 'Content-Type': type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${APP_URL}/`)) return route.abort('blockedbyclient');
    const pathname = new URL(url).pathname;
    if (figure !== null && pathname === STARTUP_FIGURE_PATH) {
      const svg = await figure.svg();
      return svg === null ? route.fulfill({ status: 404, body: 'Not found' }) : route.fulfill({ status: 200, body: svg, headers: headers(mimeTypeOf('x.svg')) });
    }
    const file = resolveAppFile(url, rootDir);
    if (file === null || !existsSync(file) || extname(file) === '') return route.fulfill({ status: 404, body: 'Not found' });
    const isIndex = figure !== null && (pathname === '/' || pathname === '/index.html');
    const body = isIndex ? await figure.indexHtml(readFileSync(file, 'utf8')) : readFileSync(file);
    return route.fulfill({ status: 200, body, headers: headers(mimeTypeOf(file)) });
  });
};

/**
 * Binds window.api to `dispatch`, mirroring the preload: a frozen object with one method per contract channel.
 * Benchmark options (bench/): `markCalls` adds `ipc-start:<channel>` / `ipc-end:<channel>` performance
 * marks around each call, so timings that end at the bridge (e.g. PNG bytes handed to main) use the
 * page's clock. `jsonResults` hands each large result to the page as a JSON response it fetches from
 * APP_URL: Playwright's binding-result path took 17–100 s for a 100,000-row dataset (Electron's
 * structured clone: well under a second), so large results would otherwise measure the harness, not
 * the app. Small results come straight back: a second round trip through the router cost each call
 * 20–100 ms more than Electron's IPC on a busy 2-core machine.
 */
const DIRECT_RESULT_MAX_CHARS = 64 * 1024;
/** Where a large result waits for the page to fetch it (`jsonResults`). */
export const IPC_RESULT_PATH = '/__ipc-result';
/**
 * `results`: a store another server answers IPC_RESULT_PATH from (bench/lib/http-serve.ts); without it
 * Playwright's router does.
 * `prefill` (bench only): the page gets a Map `window.__ipcPrefill`; after `set(`${channel} ${JSON.stringify(input)}`, value)`
 * the next call of that channel with that input answers with a structured clone of `value` instead of crossing the
 * harness, so a timing can leave the binding's JSON out and still pay a structured clone, as Electron's IPC does.
 */
export const bindApi = async (
  page: Page,
  dispatch: Dispatch,
  {
    markCalls = false,
    jsonResults = false,
    results,
    prefill = false,
  }: { markCalls?: boolean; jsonResults?: boolean; results?: Map<string, string>; prefill?: boolean } = {},
): Promise<void> => {
  const pending = results ?? new Map<string, string>();
  let next = 0;
  if (jsonResults && results === undefined)
    await page.route(`${APP_URL}${IPC_RESULT_PATH}/*`, async (route) => {
      const id = route.request().url().split('/').pop() ?? '';
      const body = pending.get(id);
      pending.delete(id);
      return body === undefined ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ status: 200, body, contentType: 'application/json' });
    });
  await page.exposeBinding('__ipcInvoke', async ({ frame, page: p }, channel: string, payload: unknown) => {
    const result = await dispatch(channel, { url: frame.url(), isMainFrame: frame === p.mainFrame(), webContentsId: WEB_CONTENTS_ID }, payload);
    if (!jsonResults) return result;
    const json = JSON.stringify(result);
    if (json.length <= DIRECT_RESULT_MAX_CHARS) return { direct: result };
    const id = String(next++);
    pending.set(id, json);
    return { id };
  });
  await page.addInitScript(
    ({ pairs, mark, json, resultPath, fill }: { pairs: [string, string][]; mark: boolean; json: boolean; resultPath: string; fill: boolean }) => {
      const binding = (window as unknown as { __ipcInvoke: (c: string, p: unknown) => Promise<unknown> }).__ipcInvoke;
      const crossing = !json
        ? binding
        : async (c: string, p: unknown) => {
            const answer = (await binding(c, p)) as { direct: unknown } | { id: string };
            return 'direct' in answer ? answer.direct : ((await fetch(`${resultPath}/${answer.id}`)).json() as Promise<unknown>);
          };
      // Keyed `${channel} ${JSON.stringify(input)}`. A Map rather than a function: the bench runs under tsx,
      // whose keepNames would wrap a named function in a helper the page does not have.
      const filled = new Map<string, unknown>();
      if (fill) Object.defineProperty(window, '__ipcPrefill', { value: filled });
      const invoke = !fill
        ? crossing
        : async (c: string, p: unknown) => {
            const key = `${c} ${JSON.stringify(p ?? null)}`;
            if (!filled.has(key)) return crossing(c, p);
            const value = filled.get(key);
            filled.delete(key);
            return structuredClone(value);
          };
      const call = !mark
        ? invoke
        : async (channel: string, input: unknown) => {
            performance.mark(`ipc-start:${channel}`);
            try {
              return await invoke(channel, input);
            } finally {
              performance.mark(`ipc-end:${channel}`);
            }
          };
      const api = Object.freeze(Object.fromEntries(pairs.map(([method, channel]) => [method, (input?: unknown) => call(channel, input)])));
      Object.defineProperty(window, 'api', { value: api, writable: false, configurable: false, enumerable: true });
    },
    { pairs: methodChannels, mark: markCalls, json: jsonResults, resultPath: IPC_RESULT_PATH, fill: prefill },
  );
};
