import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, resourcesDir, type Page } from './fixtures';
import { ExplorerPage } from './pages/explorer';
import { ExportPage } from './pages/export';

const HEALTH = 'Health assessments for Canada: top countries';
type HealthRow = { values: { country: string; iso3: string; assessments: number } };
const health = JSON.parse(readFileSync(join(resourcesDir, 'datasets/health-assessments.json'), 'utf8')) as { rows: HealthRow[] };
const MIN = 20_000;
const kept = health.rows.filter((r) => r.values.assessments >= MIN);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Width and height from the IHDR chunk, which always follows the signature. */
const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(String.fromCharCode(...bytes.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

/** Decodes the PNG in the page and counts what was drawn: it must be the figure, not a blank canvas. */
const inkOf = (page: Page, png: Uint8Array) =>
  page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let inked = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (r < 240 || g < 240 || b < 240) inked++;
      colours.add((r << 16) | (g << 8) | b);
    }
    return { inkedShare: inked / (data.length / 4), colours: colours.size };
  }, Buffer.from(png).toString('base64'));

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const openFilteredChart = async (page: Page) => {
  const app = new ExplorerPage(page);
  await app.openDataset(HEALTH);
  await app.setRange('Health assessments', 'Minimum', String(MIN));
  await app.tab('Chart').click();
  await expect(app.bars()).toHaveCount(kept.length);
  return app;
};
/** Width of the figure the export frames: the chart's <svg> on screen. */
const figureWidth = (page: Page) =>
  page
    .locator('.chart-box svg.recharts-surface')
    .first()
    .evaluate((svg) => Math.round(svg.getBoundingClientRect().width));

test('PNG: a real PNG at 2× the export size by default, 3× when asked', async ({ page, savedFilesDir, dialogs }) => {
  await openFilteredChart(page);
  const exportWidth = Math.max((await figureWidth(page)) + 32, 400);
  const exporter = new ExportPage(page);

  await exporter.choose('PNG image');
  const name = `health-assessments_bar-chart_en_${today()}.png`;
  await exporter.expectDone(new RegExp(`Saved “${name}”`));
  const png = new Uint8Array(readFileSync(join(savedFilesDir, name)));
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const at2 = pngSize(png);
  expect(at2.width).toBe(exportWidth * 2);
  // Bars, axes and text in several colours (the encoder runs in a worker: it must get the pixels).
  const ink = await inkOf(page, png);
  expect(ink.inkedShare).toBeGreaterThan(0.03);
  expect(ink.colours).toBeGreaterThan(10);

  dialogs.answerSave('hi-res.png');
  await exporter.choose('PNG image', { hiRes: true });
  await exporter.expectDone(/Saved “hi-res\.png”/);
  const at3 = pngSize(new Uint8Array(readFileSync(join(savedFilesDir, 'hi-res.png'))));
  expect(at3).toEqual({ width: exportWidth * 3, height: (at2.height / 2) * 3 });
});

/** The widths of the bitmaps the page hands to a worker (only the PNG encoder is given any). */
const recordEncodes = async (page: Page) => {
  await page.evaluate(() => {
    const w = window as unknown as { __encoded: number[] };
    w.__encoded = [];
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
      const message = args[0];
      const bitmap = typeof message === 'object' && message !== null ? (message as { bitmap?: unknown }).bitmap : undefined;
      if (bitmap instanceof ImageBitmap) w.__encoded.push(bitmap.width);
      Reflect.apply(post, this, args);
    };
  });
  return () => page.evaluate(() => [...(window as unknown as { __encoded: number[] }).__encoded]);
};

test('PNG: the image is encoded while the menu is open, so choosing PNG finds it ready', async ({ page, savedFilesDir, dialogs }) => {
  await openFilteredChart(page);
  const exportWidth = Math.max((await figureWidth(page)) + 32, 400);
  const encoded = await recordEncodes(page);
  const exporter = new ExportPage(page);

  await exporter.open();
  await expect.poll(encoded).toEqual([exportWidth * 2]);
  dialogs.answerSave('ready.png');
  await exporter.pick('PNG image');
  await exporter.expectDone(/Saved “ready\.png”/);
  expect(await encoded()).toEqual([exportWidth * 2]); // nothing more was encoded after the choice
  expect(pngSize(new Uint8Array(readFileSync(join(savedFilesDir, 'ready.png')))).width).toBe(exportWidth * 2);

  // Ticking "High resolution" prepares the 3× image instead, and that is the one exported.
  await exporter.open({ hiRes: true });
  await expect.poll(async () => (await encoded()).at(-1)).toBe(exportWidth * 3);
  const before = (await encoded()).length;
  dialogs.answerSave('ready-3x.png');
  await exporter.pick('PNG image');
  await exporter.expectDone(/Saved “ready-3x\.png”/);
  expect(await encoded()).toHaveLength(before);
  expect(pngSize(new Uint8Array(readFileSync(join(savedFilesDir, 'ready-3x.png')))).width).toBe(exportWidth * 3);
});

test('SVG: parses, has title, filters and source, and nothing that runs', async ({ page, savedFilesDir }) => {
  await openFilteredChart(page);
  await new ExportPage(page).choose('SVG image');
  const name = `health-assessments_bar-chart_en_${today()}.svg`;
  await new ExportPage(page).expectDone(new RegExp(`Saved “${name}”`));
  const svg = readFileSync(join(savedFilesDir, name), 'utf8');
  expect(svg).not.toMatch(/<script|foreignObject|\son[a-z]+=|javascript:/i);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      texts: [...doc.querySelectorAll(':scope > text')].map((t) => t.textContent),
      bars: doc.querySelectorAll('.recharts-bar-rectangle').length,
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.texts[0]).toBe(HEALTH);
  expect(parsed.texts.join(' ')).toMatch(/20,000|20000/);
  expect(parsed.texts.join(' ')).toContain('Source: IOM, Building Better Futures (2015) — ');
  expect(parsed.bars).toBe(kept.length);
});

test("SVG of the map: its legend (drawn outside the map's svg on screen) is in the file", async ({ page, savedFilesDir }) => {
  const app = await openFilteredChart(page);
  await app.tab('Map').click();
  // The legend shows at once; the outlines come from a worker. Export what a user sees drawn.
  await expect(app.countriesWithData()).toHaveCount(kept.length);
  const onScreen = page.locator('[data-export-legend] li');
  await expect(onScreen.first()).toBeVisible();
  const labels = (await onScreen.allTextContents()).map((t) => t.trim());
  await new ExportPage(page).choose('SVG image');
  const name = `health-assessments_map_en_${today()}.svg`;
  await new ExportPage(page).expectDone(new RegExp(`Saved “${name}”`));
  const texts = await page.evaluate(
    (text) =>
      [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll(':scope > text')].map((t) => t.textContent),
    readFileSync(join(savedFilesDir, name), 'utf8'),
  );
  expect(labels.length).toBeGreaterThan(1);
  expect(labels).toContain('No data');
  expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/^Legend/), ...labels]));
});

test('CSV: a zip of the pure CSV (exactly the filtered, sorted rows) with its metadata and README', async ({ page, savedFilesDir }) => {
  const app = await openFilteredChart(page);
  await app.tab('Table').click();
  await app.columnHeader('Health assessments').getByRole('button').click(); // ascending
  const shown = await app.columnValues(1);
  await new ExportPage(page).choose('CSV and metadata (.zip)');
  const stem = `health-assessments_table_en_${today()}`;
  await new ExportPage(page).expectDone(new RegExp(`Saved “${stem}\\.zip”`));
  const files = unzipSync(readFileSync(join(savedFilesDir, `${stem}.zip`)));
  expect(Object.keys(files).sort()).toEqual(['README.txt', `${stem}-metadata.json`, `${stem}.csv`]);
  const bytes = Buffer.from(files[`${stem}.csv`] ?? []);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = parse(bytes, { bom: true }) as string[][];
  const [header, ...rows] = records;
  expect(header).toEqual(['Country (ISO 3166-1 alpha-3)', 'Country', 'Health assessments (assessments)']);
  const expected = [...kept].sort((a, b) => a.values.assessments - b.values.assessments);
  expect(rows).toEqual(expected.map((r) => [r.values.iso3, r.values.country, String(r.values.assessments)]));
  expect(expected.map((r) => r.values.country)).toEqual(shown);
  const meta = JSON.parse(Buffer.from(files[`${stem}-metadata.json`] ?? []).toString('utf8')) as { filters: string; rows: number; source: { reportLines: number[] } };
  expect(meta.rows).toBe(kept.length);
  expect(meta.filters).toMatch(/20,000 or more/);
  expect(meta.source.reportLines.length).toBeGreaterThan(0);
});

test('Excel: a Data sheet of the filtered rows and a Notes sheet', async ({ page, savedFilesDir }) => {
  await openFilteredChart(page);
  await new ExportPage(page).choose('Excel');
  const name = `health-assessments_table_en_${today()}.xlsx`;
  await new ExportPage(page).expectDone(new RegExp(`Saved “${name}”`));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(savedFilesDir, name));
  const data = wb.getWorksheet('Data');
  expect(data?.rowCount).toBe(kept.length + 1);
  expect(data?.getRow(1).getCell(3).value).toBe('Health assessments (assessments)');
  const numbers = kept.map((r) => r.values.assessments);
  expect([...Array(kept.length).keys()].map((i) => data?.getRow(i + 2).getCell(3).value)).toEqual(numbers);
  expect(String(wb.getWorksheet('Notes')?.getCell('A2').value)).toMatch(/^Source: IOM/);
});

test('PDF: a one-page brief, written where the dialog says', async ({ page, savedFilesDir }) => {
  await openFilteredChart(page);
  await new ExportPage(page).choose('PDF');
  const name = `health-assessments_bar-chart_en_${today()}.pdf`;
  await new ExportPage(page).expectDone(new RegExp(`Saved “${name}”`));
  const pdf = readFileSync(join(savedFilesDir, name));
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  // The brief is only there while printing.
  await expect(page.locator('.print-brief')).toHaveCount(0);
});

test('cancelling the save dialog writes nothing and says nothing', async ({ page, savedFilesDir, dialogs }) => {
  await openFilteredChart(page);
  const exporter = new ExportPage(page);
  for (const format of ['PNG image', 'CSV and metadata (.zip)', 'PDF'] as const) {
    dialogs.answerSave(null);
    await exporter.choose(format);
    await expect(exporter.status()).toHaveText('');
  }
  await expect.poll(() => dialogs.asked.filter((a) => a.kind === 'save').length).toBe(3);
  await expect(exporter.alert()).toHaveCount(0);
  expect(readdirSync(savedFilesDir)).toEqual([]);
});

test('a write failure is shown to the user', async ({ page, dialogs }) => {
  await openFilteredChart(page);
  dialogs.answerSave('no-such-folder/out.zip');
  await new ExportPage(page).choose('CSV and metadata (.zip)');
  await expect(new ExportPage(page).alert()).toHaveText(/^Export failed: Could not write “out\.zip”/);
});

test('Copy image puts a PNG on the clipboard', async ({ page, exportStandIns }) => {
  await openFilteredChart(page);
  await new ExportPage(page).choose('Copy image');
  await new ExportPage(page).expectDone(/copied/);
  expect(exportStandIns.copied).toHaveLength(1);
  const copied = exportStandIns.copied[0] ?? new Uint8Array();
  expect([...copied.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
});

test('file names: the chart and the map of one dataset get different names; a second export never replaces the first', async ({ page, savedFilesDir }) => {
  const app = await openFilteredChart(page);
  const exporter = new ExportPage(page);
  const chart = `health-assessments_bar-chart_en_${today()}.png`;
  await exporter.choose('PNG image');
  await exporter.expectDone(new RegExp(`Saved “${chart}”`));
  const first = readFileSync(join(savedFilesDir, chart));
  await exporter.choose('PNG image');
  const again = `health-assessments_bar-chart_en_${today()}_2.png`;
  await exporter.expectDone(new RegExp(`Saved “${again}”`));
  expect(readFileSync(join(savedFilesDir, chart)).equals(first)).toBe(true);

  await app.tab('Map').click();
  await expect(app.countriesWithData()).toHaveCount(kept.length);
  await exporter.choose('PNG image');
  const map = `health-assessments_map_en_${today()}.png`;
  await exporter.expectDone(new RegExp(`Saved “${map}”`));
  expect(readdirSync(savedFilesDir).sort()).toEqual([chart, again, map].sort());
  expect(readFileSync(join(savedFilesDir, chart)).equals(first)).toBe(true);
});

/**
 * Pairs of visible <text> boxes that intersect, in the page's figure svg or, given SVG text, in that
 * file drawn into the page. Each pair is named by its two texts.
 */
const overlappingTexts = (page: Page, svgText?: string) =>
  page.evaluate((text) => {
    let root: SVGSVGElement | null;
    if (text) {
      const host = document.createElement('div');
      host.style.cssText = 'position:absolute;left:0;top:0;';
      host.append(document.importNode(new DOMParser().parseFromString(text, 'image/svg+xml').documentElement, true));
      document.body.append(host);
      root = host.querySelector('svg');
    } else root = document.querySelector<SVGSVGElement>('.chart-box svg.recharts-surface');
    if (!root) return ['no figure'];
    const boxes = [...root.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() !== '' && t.getClientRects().length > 0)
      .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0);
    const out: string[] = [];
    const eps = 0.5;
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (a.r.left + eps < b.r.right && b.r.left + eps < a.r.right && a.r.top + eps < b.r.bottom && b.r.top + eps < a.r.bottom)
          out.push(`${a.text} × ${b.text}`);
      }),
    );
    if (text) root.parentElement?.remove();
    return out;
  }, svgText ?? null);

const allDatasets = readdirSync(join(resourcesDir, 'datasets'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(resourcesDir, 'datasets', f), 'utf8')) as { id: string; title: { en: string } });

// The smaller window is the crowded one; exports scale the figure as drawn, so their labels are these.
for (const size of [{ width: 1024, height: 640 }])
  test(`labels: no two texts of any bundled dataset's chart overlap at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    const app = new ExplorerPage(page);
    const found: string[] = [];
    for (const ds of allDatasets) {
      await app.openDataset(ds.title.en);
      if (await app.tab('Chart').isDisabled()) continue;
      await app.tab('Chart').click();
      const figure = page.locator('.chart-box svg.recharts-surface').first();
      if (!(await figure.isVisible({ timeout: 3000 }).catch(() => false))) continue;
      found.push(...(await overlappingTexts(page)).map((pair) => `${ds.id}: ${pair}`));
    }
    expect(found).toEqual([]);
  });

test('labels: the exported SVG of the movements line chart has no overlapping texts', async ({ page, savedFilesDir }) => {
  const app = new ExplorerPage(page);
  await app.openDataset(allDatasets.find((d) => d.id === 'assisted-movements-by-year')?.title.en ?? '');
  await app.tab('Chart').click();
  await new ExportPage(page).choose('SVG image');
  await new ExportPage(page).expectDone(/Saved/);
  const file = readdirSync(savedFilesDir).find((f) => f.endsWith('.svg')) ?? '';
  expect(await overlappingTexts(page, readFileSync(join(savedFilesDir, file), 'utf8'))).toEqual([]);
});
