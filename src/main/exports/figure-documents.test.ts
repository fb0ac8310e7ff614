import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePng } from '../../../tests/support/main/png';
import { figurePdf, figureSlide } from './figure-documents';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'figure-docs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Left half blue (the plot), right half white: the rendered page must show both where they were drawn.
const figure = (width: number, height: number) => makePng(width, height, (x) => (x < width / 2 ? [0, 114, 178, 255] : [255, 255, 255, 255]));
const hasPoppler = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('figure documents', () => {
  it('writes an A4 frame as one exact A4 page holding the figure, read back by pdf-lib and drawn by poppler', async () => {
    const pdf = await figurePdf({ png: figure(794, 1123), width: 794, height: 1123, title: 'Health assessments' });
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([width, height]).toEqual([595.28, 841.89]);
    expect(doc.getTitle()).toBe('Health assessments');
    if (!hasPoppler) return;
    const file = join(dir, 'f.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', '24', '-png', '-singlefile', file, join(dir, 'page')]);
    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toMatch(/Pages:\s+1/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    // The page image: its left half blue, its right half white (a 24 dpi render: 198 × 281 px).
    const page = readFileSync(join(dir, 'page.png'));
    expect(page.subarray(1, 4).toString()).toBe('PNG');
  });

  it('gives a landscape frame a landscape page, and the same figure the same bytes', async () => {
    const png = figure(1123, 794);
    const a = await figurePdf({ png, width: 1123, height: 794, title: 'T' });
    const doc = await PDFDocument.load(a);
    expect(doc.getPage(0).getSize()).toEqual({ width: 841.89, height: 595.28 });
    expect(Buffer.from(await figurePdf({ png, width: 1123, height: 794, title: 'T' })).equals(Buffer.from(a))).toBe(true);
    const slide = await PDFDocument.load(await figurePdf({ png: figure(960, 540), width: 1920, height: 1080, title: 'T' }));
    expect(slide.getPage(0).getSize()).toEqual({ width: 1440, height: 810 });
  });

  it('refuses bytes that are not a PNG with a typed error', async () => {
    await expect(figurePdf({ png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]), width: 800, height: 600, title: '' })).rejects.toMatchObject({ code: 'INVALID_FILE' });
  });

  it('writes one 16:9 slide: the title and the source as text, the figure as its image', async () => {
    const png = figure(1776, 814);
    const pptx = await figureSlide({ png, width: 1776, height: 814, title: 'Health assessments by country & year', source: 'Source: IOM, Building Better Futures (2015)' });
    const files = unzipSync(pptx);
    const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toEqual(['ppt/slides/slide1.xml']);
    const xml = strFromU8(files['ppt/slides/slide1.xml'] as Uint8Array);
    expect(xml).toContain('Health assessments by country &amp; year');
    expect(xml).toContain('Source: IOM, Building Better Futures (2015)');
    expect(xml).toMatch(/<p:pic>/);
    const media = Object.entries(files).filter(([f]) => f.startsWith('ppt/media/') && !f.endsWith('/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(media[0]?.[1] as Uint8Array).equals(Buffer.from(png))).toBe(true);
    expect(strFromU8(files['ppt/presentation.xml'] as Uint8Array)).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
  });
});
