import type { Page } from '@playwright/test';
import type { ViewState } from '../../src/shared/view-state';
import { APP_URL, settle, type BenchBrowser } from './browser';
import { BENCH_DIR, createApp, seedStartupView, type Workspace } from './app';

/**
 * One run of the app in a fresh context, reopened on `state` (its last-session view, seeded through
 * the handlers): once `ready` says the figure is there and the page has settled, `measure` runs on it.
 */
export const onAppReopenedAt = async <T>(
  browser: BenchBrowser,
  ws: Workspace,
  state: ViewState,
  ready: (page: Page) => Promise<void>,
  measure: (page: Page) => Promise<T>,
): Promise<T> => {
  const app = createApp(ws, ws.reportResourcesDir);
  await seedStartupView(app, state);
  const { page, close } = await browser.open(ws.rendererDir, app.dispatch);
  try {
    await page.goto(`${APP_URL}/index.html`);
    await ready(page);
    await settle(page);
    return await measure(page);
  } finally {
    await close();
  }
};

/** One run of the floor page (bench/floor.html) in a fresh context: `measure` runs on it once loaded. */
export const onFloor = async <T>(browser: BenchBrowser, measure: (page: Page) => Promise<T>): Promise<T> => {
  const { page, close } = await browser.open(BENCH_DIR, null);
  try {
    await page.goto(`${APP_URL}/floor.html`);
    return await measure(page);
  } finally {
    await close();
  }
};
