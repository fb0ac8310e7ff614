import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, resourcesDir } from './fixtures';
import { methodNames } from '../../src/shared/ipc/contract';

test('a figure from the report reaches the page through the bridge', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Datasets' });
  const movements = JSON.parse(readFileSync(join(resourcesDir, 'datasets/assisted-movements-by-year.json'), 'utf8')) as {
    title: { en: string };
    rows: { values: Record<string, unknown> }[];
  };
  await nav.getByRole('button', { name: movements.title.en }).click();
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  // The value is read from the bundled dataset file; the page can only have got it over window.api.
  const total = movements.rows[0]?.values.total;
  expect(typeof total).toBe('number');
  await expect(table).toContainText((total as number).toLocaleString('en-CA'));
});

test("window.api's keys equal the contract's channels and nothing Node-ish leaks", async ({ page }) => {
  const seen = await page.evaluate(() => ({
    keys: Object.keys(window.api).sort(),
    frozen: Object.isFrozen(window.api),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    buffer: typeof (window as unknown as { Buffer?: unknown }).Buffer,
  }));
  expect(seen).toEqual({ keys: [...methodNames].sort(), frozen: true, require: 'undefined', process: 'undefined', buffer: 'undefined' });
});

test('a malformed payload to every channel comes back as a typed error', async ({ page }) => {
  const results = await page.evaluate(async (names) => {
    const api = window.api as unknown as Record<string, (p: unknown) => Promise<{ ok: boolean; code?: string }>>;
    const out: Record<string, unknown> = {};
    for (const name of names) {
      const r = await api[name]!({ __proto__: { polluted: true }, unexpected: Symbol.for('x').toString(), id: 42, from: 'x' });
      out[name] = { ok: r.ok, code: r.code };
    }
    return out;
  }, methodNames);
  for (const name of methodNames) expect(results[name], name).toEqual({ ok: false, code: 'INVALID_PAYLOAD' });
});

test('a subframe cannot use the bridge', async ({ page, dispatch }) => {
  // Same dispatcher, but the sender is a frame other than the window's own top frame.
  const r = await dispatch('datasets:list', { url: 'http://explorer.localhost/index.html', isMainFrame: false, webContentsId: 1 }, undefined);
  expect(r).toMatchObject({ ok: false, code: 'FORBIDDEN_SENDER' });
  await expect(page.getByRole('navigation', { name: 'Datasets' })).toBeVisible();
});
