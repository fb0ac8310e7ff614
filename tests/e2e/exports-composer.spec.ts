import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { test, expect, resourcesDir, type Page } from './fixtures';
import { ExplorerPage } from './pages/explorer';
import { ExportPage } from './pages/export';
import { ComposerPage } from './pages/composer';
import { overlaps } from './pages/svg-overlaps';
import { textWidth } from '../../src/shared/export/text-metrics';

type DatasetFile = { id: string; title: { en: string }; notes: { text: { en: string } }[] };
const datasets = readdirSync(join(resourcesDir, 'datasets'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(resourcesDir, 'datasets', f), 'utf8')) as DatasetFile);
const MOVEMENTS = datasets.find((d) => d.id === 'assisted-movements-by-year')!;
const PRESET_LABELS = ['Slide 16:9 (1920 × 1080)', 'Word, half page (624 × 432)', 'Word, full page (624 × 864)', 'A4 portrait', 'A4 landscape', 'Square (1080 × 1080)'];

const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });
const saved = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext)).sort();

const openChart = async (page: Page, title: string) => {
  const app = new ExplorerPage(page);
  await app.openDataset(title);
  await app.tab('Chart').click();
  await expect(page.locator('.chart-box svg.recharts-surface').first()).toBeVisible();
  return app;
};

test('composer: Slide 16:9 at 2× gives a 3840×2160 PNG, and one-click PNG then uses the same settings', async ({ page, savedFilesDir }) => {
  await openChart(page, MOVEMENTS.title.en);
  const composer = new ComposerPage(page);
  await composer.open();
  await composer.size('Slide 16:9 (1920 × 1080)');
  await composer.choose('PNG');
  await composer.choose('2×');
  await composer.export();
  const exporter = new ExportPage(page);
  await exporter.expectDone(/Saved “assisted-movements-by-year_line-chart_en_.*\.png”/);
  const [first] = saved(savedFilesDir, '.png');
  expect(pngSize(readFileSync(join(savedFilesDir, first!)))).toEqual({ width: 3840, height: 2160 });
  await exporter.choose('PNG image');
  await exporter.expectDone(/_2\.png/);
  const files = saved(savedFilesDir, '.png');
  expect(files).toHaveLength(2);
  expect(pngSize(readFileSync(join(savedFilesDir, files.find((f) => f !== first)!)))).toEqual({ width: 3840, height: 2160 });
});

test('composer: the edited title and footer are in the SVG; notes off leaves no note text, only the ⚠ marker', async ({ page, savedFilesDir }) => {
  await openChart(page, MOVEMENTS.title.en);
  const composer = new ComposerPage(page);
  await composer.open();
  await composer.setText('Title', 'Movements for the March briefing');
  await composer.setText('Footer line', 'Prepared by the Ottawa office');
  await composer.choose('SVG');
  await composer.choose('Off (⚠ marker only)');
  expect(await composer.previewSize()).toEqual({ width: 1920, height: 1080 }); // the slide chosen in the first test is not remembered here
  await composer.export();
  await new ExportPage(page).expectDone(/Saved .*\.svg/);
  const svg = readFileSync(join(savedFilesDir, saved(savedFilesDir, '.svg')[0]!), 'utf8');
  expect(svg).toContain('>Movements for the March briefing</text>');
  expect(svg).toContain('>Prepared by the Ottawa office</text>');
  expect(MOVEMENTS.notes.length).toBeGreaterThan(1);
  for (const note of MOVEMENTS.notes) expect(svg).not.toContain(note.text.en.slice(0, 40));
  expect(svg).toContain(`⚠ ${MOVEMENTS.notes.length} data-quality notes`);
});

test('composer: PDF and slide are real one-page documents; exporting twice keeps the first file byte for byte', async ({ page, savedFilesDir }) => {
  await openChart(page, MOVEMENTS.title.en);
  const composer = new ComposerPage(page);
  const exporter = new ExportPage(page);
  await composer.open();
  await composer.size('A4 landscape');
  await composer.choose('PDF');
  await composer.export();
  await exporter.expectDone(/\.pdf”/);
  const pdfName = saved(savedFilesDir, '.pdf')[0]!;
  const pdf = readFileSync(join(savedFilesDir, pdfName));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  await composer.open();
  await composer.export();
  await exporter.expectDone(/_2\.pdf”/);
  expect(readFileSync(join(savedFilesDir, pdfName)).equals(pdf)).toBe(true);
  expect(saved(savedFilesDir, '.pdf')).toHaveLength(2);

  await composer.open();
  await composer.choose('Slide (PowerPoint)');
  await composer.export();
  await exporter.expectDone(/\.pptx”/);
  const pptx = unzipSync(readFileSync(join(savedFilesDir, saved(savedFilesDir, '.pptx')[0]!)));
  expect(Object.keys(pptx).filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k))).toEqual(['ppt/slides/slide1.xml']);
  expect(Object.keys(pptx).some((k) => k.startsWith('ppt/media/'))).toBe(true);
});

// Every size for the most crowded chart (seven notes, line labels), and every other chart at one size,
// taking the sizes in turn, so each size meets several datasets without running 6 × every dataset.
test('composer: no two texts of an exported chart intersect, every size for the movements chart and one size for every other dataset (measured by the browser)', async ({ page, savedFilesDir }) => {
  test.setTimeout(180_000);
  const app = new ExplorerPage(page);
  const composer = new ComposerPage(page);
  const found: string[] = [];
  const sizesChecked = new Set<string>();
  let chartsChecked = 0;
  const ordered = [MOVEMENTS, ...datasets.filter((d) => d !== MOVEMENTS)];
  for (const ds of ordered) {
    await app.openDataset(ds.title.en);
    if (await app.tab('Chart').isDisabled()) continue;
    await app.tab('Chart').click();
    // A chart, or the panel's sentence saying there is nothing to plot (isVisible does not wait: the
    // chart's code may still be loading).
    const drawn = page.locator('.chart-box svg.recharts-surface').first();
    await expect(drawn.or(page.getByRole('tabpanel').locator('p.empty')).first()).toBeVisible();
    if (!(await drawn.isVisible())) continue;
    const sizes = ds === MOVEMENTS ? PRESET_LABELS : [PRESET_LABELS[chartsChecked % PRESET_LABELS.length]!];
    chartsChecked++;
    for (const label of sizes) {
      await composer.open();
      await composer.size(label);
      await composer.choose('SVG');
      await composer.export();
      await expect.poll(() => saved(savedFilesDir, '.svg').length).toBe(1);
      const file = join(savedFilesDir, saved(savedFilesDir, '.svg').at(-1)!);
      const svg = readFileSync(file, 'utf8');
      rmSync(file);
      found.push(...(await overlaps(page, svg)).map((p) => `${ds.id} ${label}: ${p}`));
      sizesChecked.add(label);
    }
  }
  // At least seven charts, so every size is met by the movements chart and at least one other dataset.
  expect(chartsChecked).toBeGreaterThanOrEqual(PRESET_LABELS.length + 1);
  expect([...sizesChecked].sort()).toEqual([...PRESET_LABELS].sort());
  expect(found).toEqual([]);
});

test('the layout’s text widths (Arial metrics) match what the browser draws in the export font, within 3%', async ({ page }) => {
  await new ExplorerPage(page).openDataset(MOVEMENTS.title.en);
  const samples = [MOVEMENTS.title.en, 'Source: IOM, Building Better Futures (2015) — Health', 'Mouvements assistés par année, 2012–2014', ...MOVEMENTS.notes.map((n) => n.text.en)];
  const measured = await page.evaluate((texts) => {
    const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
    return texts.map((t) => {
      ctx.font = '100px Arial, Helvetica, "Liberation Sans", sans-serif';
      const regular = ctx.measureText(t).width;
      ctx.font = 'bold 100px Arial, Helvetica, "Liberation Sans", sans-serif';
      return { regular, bold: ctx.measureText(t).width };
    });
  }, samples);
  samples.forEach((t, i) => {
    expect(textWidth(t, 100) / measured[i]!.regular).toBeCloseTo(1, 1);
    expect(Math.abs(textWidth(t, 100) / measured[i]!.regular - 1)).toBeLessThan(0.03);
    expect(Math.abs(textWidth(t, 100, true) / measured[i]!.bold - 1)).toBeLessThan(0.03);
  });
});
