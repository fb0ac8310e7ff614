import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, resourcesDir, type Page } from './fixtures';
import { APP_URL, createAppDispatch } from './wire-app';
import { ExplorerPage } from './pages/explorer';
import { SavedViewsPage, sessionSaved } from './pages/saved-views';
import { DialogStandIn } from './harness';
import { serializeStore, STORE_SCHEMA_VERSION } from '../../src/main/views/store-format';
import { buildViewFile } from '../../src/shared/view-file';
import { defaultViewState } from '../../src/shared/default-view-state';

const HEALTH = 'Health assessments for Canada: top countries';
const REGIONS = JSON.parse(readFileSync(join(resourcesDir, 'datasets/contributions-by-region.json'), 'utf8')) as {
  id: string;
  title: { en: string };
};
const health = JSON.parse(readFileSync(join(resourcesDir, 'datasets/health-assessments.json'), 'utf8')) as {
  rows: { values: { assessments: number } }[];
};
const bigCountries = health.rows.filter((r) => r.values.assessments >= 20_000).length;

/** A chart of the health assessments with at least 20,000 assessments: a view that differs from the default everywhere. */
const makeDistinctView = async (page: Page) => {
  const app = new ExplorerPage(page);
  await app.openDataset(HEALTH);
  await app.setRange('Health assessments', 'Minimum', '20000');
  await expect(app.bodyRows()).toHaveCount(bigCountries);
  await app.tab('Chart').click();
  await expect(app.bars()).toHaveCount(bigCountries);
  return app;
};
const expectDistinctView = async (app: ExplorerPage) => {
  await expect(app.page.getByRole('heading', { level: 2, name: HEALTH })).toBeVisible();
  await expect(app.tab('Chart')).toHaveAttribute('aria-selected', 'true');
  await expect(app.bars()).toHaveCount(bigCountries);
};
const sender = { url: `${APP_URL}/index.html`, isMainFrame: true, webContentsId: 1 };

test.use({ viewport: { width: 1600, height: 900 } });

test('the Save dialog suggests a name, and asks before a name in use: replace, keep both or cancel', async ({ page, openApp }) => {
  const app = await makeDistinctView(page);
  const views = new SavedViewsPage(page);
  const box = await views.openSaveDialog();
  await expect(box).toHaveValue(`${HEALTH} — chart`);
  await page.keyboard.press('Enter');
  await expect(views.view(`${HEALTH} — chart`)).toBeVisible();

  await app.tab('Table').click();
  const ask = await views.saveClashing(HEALTH.toUpperCase() + ' — CHART');
  await expect(ask).toContainText(`already called “${HEALTH} — chart”`);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  expect(await views.names()).toEqual([`${HEALTH} — chart`]);

  await (await views.saveClashing(`${HEALTH} — chart`)).getByRole('button', { name: 'Keep both' }).click();
  await expect(views.view(`${HEALTH} — chart (2)`)).toBeVisible();

  await (await views.saveClashing(`${HEALTH} — chart`)).getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(views.card(`${HEALTH} — chart`)).toContainText(`${HEALTH} · table`);
  await openApp();
  expect(await views.names()).toEqual([`${HEALTH} — chart`, `${HEALTH} — chart (2)`]);
  await expect(views.card(`${HEALTH} — chart`)).toContainText(`${HEALTH} · table`);
  await expect(views.card(`${HEALTH} — chart (2)`)).toContainText(`${HEALTH} · table`);
});

test('a saved view survives a restart and restores the same state', async ({ page, openApp, userDataDir }) => {
  const app = await makeDistinctView(page);
  const views = new SavedViewsPage(page);
  await views.save('Big countries');
  // The card says what the view is, and that it is the one on screen.
  const card = views.card('Big countries');
  await expect(card).toContainText(`${HEALTH} · chart`);
  await expect(card).toContainText('20,000 or more');
  await expect(card).toHaveAttribute('aria-current', 'true');

  await app.openDataset(REGIONS.title.en);
  await expect(card).not.toHaveAttribute('aria-current', 'true');
  await openApp();
  await views.view('Big countries').click();
  await expectDistinctView(app);

  // A second, fresh set of main services on the same folder (a real restart) reads it back from disk.
  const restarted = createAppDispatch({
    resourcesDir,
    userDataDir,
    dialogs: new DialogStandIn(join(userDataDir, 'x')),
    appVersion: '0.0.0-e2e',
    log: () => {},
  });
  const listed = await restarted('views:list', sender, undefined);
  expect(listed.ok && (listed.value as { views: { name: string }[] }).views.map((v) => v.name)).toEqual(['Big countries']);
});

test('the pinned default view opens at startup, ahead of the last session', async ({ page, openApp, userDataDir }) => {
  const app = await makeDistinctView(page);
  const views = new SavedViewsPage(page);
  await views.save('Start here');
  await views.action('Start here', 'Open at startup').click();
  await expect(views.region.getByText('opens at startup')).toBeVisible();

  await app.openDataset(REGIONS.title.en);
  await sessionSaved(userDataDir, REGIONS.id);
  await openApp();
  await expectDistinctView(app);
});

test("without a pinned view, the last session's view is restored", async ({ page, openApp, userDataDir }) => {
  const app = await makeDistinctView(page);
  await expect
    .poll(() => {
      try {
        return (JSON.parse(readFileSync(join(userDataDir, 'last-session.json'), 'utf8')) as { state: { tab?: string } }).state.tab;
      } catch {
        return null;
      }
    })
    .toBe('chart');
  await openApp();
  await expectDistinctView(app);
});

test('rename, reorder, delete with undo', async ({ page }) => {
  await makeDistinctView(page);
  const views = new SavedViewsPage(page);
  await views.save('One');
  await views.save('Two');
  await views.action('Two', 'Move up').click();
  await expect.poll(() => views.names()).toEqual(['Two', 'One']);
  await views.action('One', 'Rename').click();
  const box = views.region.getByRole('textbox', { name: 'New name' });
  await box.fill('Uno');
  await box.press('Enter');
  await expect(views.view('Uno')).toBeVisible();
  await views.action('Two', 'Delete').click();
  await expect.poll(() => views.names()).toEqual(['Uno']);
  await views.region.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => views.names()).toEqual(['Two', 'Uno']);
});

test.describe('view files', () => {
  const state = { ...defaultViewState('health-assessments'), tab: 'chart' as const };
  const good = buildViewFile([{ name: 'Mine', state }], '1.0.0', '2026-11-25T00:00:00Z');
  const malformed: [string, string | Uint8Array, RegExp][] = [
    ['not-json.iomview', '{"format": "iom-canada-explorer/views", ', /not valid JSON/],
    ['other.iomview', JSON.stringify({ hello: 'world' }), /not an IOM–Canada Explorer view file/],
    [
      'unknown-dataset.iomview',
      JSON.stringify({ ...good, views: [{ name: 'Ghost', state: { version: 1, datasetId: 'ghost-data' } }] }),
      /dataset “ghost-data”/,
    ],
    [
      'unknown-field.iomview',
      JSON.stringify({
        ...good,
        views: [{ name: 'Odd', state: { version: 1, datasetId: 'health-assessments', sort: { field: 'budget', dir: 'asc' } } }],
      }),
      /“budget”, not a field of “health-assessments”/,
    ],
    [
      'proto.iomview',
      JSON.stringify(good).replace('"state":{', '"state":{"__proto__":{"polluted":true},'),
      /forbidden key “__proto__”/,
    ],
    ['too-big.iomview', `${JSON.stringify(good)}${' '.repeat(1024 * 1024)}`, /at most 1 MB/],
    ['binary.iomview', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), /not UTF-8 text/],
    ['newer.iomview', JSON.stringify({ ...good, formatVersion: 99 }), /newer version of the app/],
  ];

  test('each malformed file is refused with a clear message and changes nothing', async ({ page, dialogs }) => {
    await makeDistinctView(page);
    const views = new SavedViewsPage(page);
    await views.save('Mine');
    for (const [name, content, message] of malformed) {
      dialogs.offerFile(name, content);
      await views.importViews();
      await expect(views.alert(), name).toHaveText(/^Nothing was imported\./);
      await expect(views.alert(), name).toHaveText(message);
      expect(await views.names(), name).toEqual(['Mine']);
      await views.region.getByRole('button', { name: 'Mine', exact: true }).focus(); // next round starts from a settled UI
    }
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  });

  test('a valid file imports, clashing names get " (2)", another edition warns', async ({ page, dialogs }) => {
    await makeDistinctView(page);
    const views = new SavedViewsPage(page);
    await views.save('Mine');
    dialogs.offerFile('shared.iomview', JSON.stringify({ ...good, dataEdition: '2014.9' }));
    await views.importViews();
    await expect(views.region.getByRole('status')).toContainText('Imported 1 view: Mine (2).');
    await expect(views.region.getByRole('status')).toContainText('data edition 2014.9');
    await views.view('Mine (2)').click();
    await expect(page.getByRole('tab', { name: 'Chart', exact: true })).toHaveAttribute('aria-selected', 'true');
  });

  test('exported views import back into a fresh app', async ({ page, dialogs, savedFilesDir }) => {
    await makeDistinctView(page);
    const views = new SavedViewsPage(page);
    await views.save('Round trip');
    await views.exportViews();
    await expect(views.region.getByRole('status')).toContainText('Saved 1 view to');
    const [file] = readdirSync(savedFilesDir).filter((f) => f.endsWith('.iomview'));
    expect(file).toMatch(/^round-trip-\d{4}-\d{2}-\d{2}\.iomview$/);
    const content = JSON.parse(readFileSync(join(savedFilesDir, file!), 'utf8')) as { format: string; views: { name: string }[] };
    expect(content).toMatchObject({ format: 'iom-canada-explorer/views', views: [{ name: 'Round trip' }] });
    dialogs.answerOpen(join(savedFilesDir, file!));
    await views.importViews();
    await views.view('Round trip (2)').click();
    await expectDistinctView(new ExplorerPage(page));
  });
});

test.describe('a store written by the app before thumbnails (store v2, committed fixture)', () => {
  const fixture = readFileSync(join(import.meta.dirname, '../support/fixtures/saved-views-store-v2.json'), 'utf8');
  const before = JSON.parse(fixture) as { views: { id: string; name: string }[] };
  test.use({ userDataSeed: { 'saved-views.json': fixture } });

  test('opens after the migration with every view; main gives each of bundled data a thumbnail', async ({ page, userDataDir }) => {
    const views = new SavedViewsPage(page);
    await expect.poll(() => views.names()).toEqual(before.views.map((v) => v.name));
    await expect(views.alert()).toBeHidden();
    const file = JSON.parse(readFileSync(join(userDataDir, 'saved-views.json'), 'utf8')) as {
      schemaVersion: number;
      views: { id: string; thumbnail?: string }[];
    };
    expect(file.schemaVersion).toBe(STORE_SCHEMA_VERSION);
    expect(file.views.map((v) => v.id)).toEqual(before.views.map((v) => v.id));
    expect(file.views.filter((v) => v.thumbnail !== undefined)).toHaveLength(before.views.length - 1);
    await views.view('Thematic treemap (report figure)').click();
    await expect(page.getByRole('tab', { name: 'Chart', exact: true })).toHaveAttribute('aria-selected', 'true');
  });
});

const storeWithTwoViews = serializeStore(
  {
    views: [
      { id: 'a', name: 'Survivor', state: { ...defaultViewState('health-assessments'), tab: 'chart' }, createdAt: null },
      { id: 'b', name: 'Lost in the crash', state: defaultViewState('health-assessments'), createdAt: null },
    ],
    defaultViewId: null,
  },
  '0.0.0',
);
const truncated = storeWithTwoViews.slice(0, storeWithTwoViews.indexOf('Lost in the crash') + 5);

test.describe('a corrupt store at startup', () => {
  test.use({ userDataSeed: { 'saved-views.json': truncated } });

  test('is recovered: valid views salvaged, the bad file kept byte-identical, the user told', async ({ page, userDataDir }) => {
    const views = new SavedViewsPage(page);
    await expect(views.alert()).toContainText('Your saved views file was damaged. 1 view was recovered.');
    const kept = readdirSync(userDataDir).find((f) => /^saved-views\.corrupt-.*\.json$/.test(f));
    expect(kept).toBeDefined();
    await expect(views.alert()).toContainText(kept!);
    expect(readFileSync(join(userDataDir, kept!), 'utf8')).toBe(truncated);
    expect(await views.names()).toEqual(['Survivor']);
    await views.view('Survivor').click();
    await expect(page.getByRole('tab', { name: 'Chart', exact: true })).toHaveAttribute('aria-selected', 'true');
    await views.region.getByRole('button', { name: 'Dismiss' }).click();
    await expect(views.alert()).toBeHidden();
  });
});

test.describe('a store from a newer version', () => {
  const newer = storeWithTwoViews.replace(
    `"schemaVersion": ${STORE_SCHEMA_VERSION}`,
    `"schemaVersion": ${STORE_SCHEMA_VERSION + 1}`,
  );
  test.use({ userDataSeed: { 'saved-views.json': newer } });

  test('opens read-only, explains why and is never overwritten', async ({ page, userDataDir }) => {
    const views = new SavedViewsPage(page);
    await expect(views.alert()).toContainText('saved by a newer version of the app');
    expect(await views.names()).toEqual(['Survivor', 'Lost in the crash']);
    await views.view('Survivor').click();
    await expect(page.getByRole('button', { name: 'Save view' })).toBeDisabled();
    await expect(views.action('Survivor', 'Delete')).toBeDisabled();
    expect(readFileSync(join(userDataDir, 'saved-views.json'), 'utf8')).toBe(newer);
  });
});
