import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Dispatch } from '../../src/main/ipc/handle';
import type { Dataset, DatasetSummary } from '../../src/shared/dataset';
import type { ViewState } from '../../src/shared/view-state';
import { APP_URL, WEB_CONTENTS_ID, createAppWiring } from '../../tests/e2e/wire-app';
import type { StartupFigureServer } from '../../src/main/snapshot/handlers';
import { DialogStandIn } from '../../tests/e2e/harness';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The sender the page's window.api calls carry (the app's own top frame), for calls made from Node. */
export const SENDER = { url: `${APP_URL}/index.html`, isMainFrame: true, webContentsId: WEB_CONTENTS_ID };
export const BENCH_DIR = join(ROOT, 'bench');

/** Everything one bench run works in; removed by `dispose`. */
export type Workspace = {
  /** A copy of out/renderer taken at start, so a rebuild by someone else mid-run cannot mix two builds. */
  rendererDir: string;
  /** The repository's resources/ (what the app ships). */
  reportResourcesDir: string;
  /** A temp copy of resources/ with the generated large dataset added (bench only, never shipped). */
  scaleResourcesDir: string;
  /** A copy of the main build's start-screen figures (out/main/home-figures.json), which main answers from. */
  homeFiguresFile: string;
  tmp: string;
  dispose: () => void;
};

export const createWorkspace = (): Workspace => {
  const built = join(ROOT, 'out/renderer');
  if (!existsSync(join(built, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first.');
  const tmp = mkdtempSync(join(tmpdir(), 'iom-bench-'));
  cpSync(built, join(tmp, 'renderer'), { recursive: true });
  cpSync(join(ROOT, 'resources'), join(tmp, 'resources'), { recursive: true });
  const homeFigures = join(ROOT, 'out/main/home-figures.json');
  if (!existsSync(homeFigures)) throw new Error('out/main/home-figures.json is missing: run `npm run build` first.');
  cpSync(homeFigures, join(tmp, 'home-figures.json'));
  return {
    homeFiguresFile: join(tmp, 'home-figures.json'),
    rendererDir: join(tmp, 'renderer'),
    reportResourcesDir: join(ROOT, 'resources'),
    scaleResourcesDir: join(tmp, 'resources'),
    tmp,
    dispose: () => rmSync(tmp, { recursive: true, force: true }),
  };
};

export type AppInstance = { dispatch: Dispatch; figure: StartupFigureServer; dialogs: DialogStandIn; userDataDir: string };

/**
 * The real main-process handlers for one run, with a fresh user-data folder (no saved views or last
 * session unless the run seeds them) and the E2E save-dialog stand-in writing into the workspace.
 */
export const createApp = (ws: Workspace, resourcesDir: string): AppInstance => {
  const userDataDir = mkdtempSync(join(ws.tmp, 'user-'));
  const dialogs = new DialogStandIn(join(userDataDir, 'saved'));
  const { dispatch, figure } = createAppWiring({ resourcesDir, userDataDir, dialogs, appVersion: '0.0.0-bench', log: () => {}, homeFiguresFile: ws.homeFiguresFile });
  return { dispatch, figure, dialogs, userDataDir };
};

/** Makes the app reopen on `state` at its next start, through its own last-session handler. */
export const seedStartupView = async (app: AppInstance, state: ViewState): Promise<void> => {
  const saved = await app.dispatch('session:last-view', SENDER, { state });
  if (!saved.ok) throw new Error(`could not save the last-session view: ${JSON.stringify(saved)}`);
};

/** Every valid dataset of the catalog, read through the same handlers the page uses. */
export const readCatalog = async (dispatch: Dispatch): Promise<Dataset[]> => {
  const list = await dispatch('datasets:list', SENDER, undefined);
  if (!list.ok) throw new Error(`datasets:list failed: ${JSON.stringify(list)}`);
  const out: Dataset[] = [];
  for (const s of list.value as DatasetSummary[]) {
    if (s.status !== 'ok') continue;
    const got = await dispatch('datasets:get', SENDER, { id: s.id });
    if (got.ok) out.push(got.value as Dataset);
  }
  return out;
};
