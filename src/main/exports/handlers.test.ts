import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/result';
import { defaultViewState } from '../../shared/default-view-state';
import { SVG_NS } from '../../shared/svg/policy';
import type { Dialogs } from '../dialogs';
import { removeDir, tempDir } from '../../../tests/support/main/views';
import { unzipSync } from 'fflate';
import { exportHandlers } from './handlers';
import { sample } from '../../../tests/support/main/export-fixtures';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const setup = (answer: string | null, saveFolder?: () => string) => {
  const asked: string[] = [];
  const copied: Uint8Array[] = [];
  let printed = 0;
  const dialogs: Dialogs = {
    chooseOpenPath: async () => null,
    chooseSavePath: async ({ defaultName }) => {
      asked.push(defaultName);
      return answer === null ? null : join(dir, answer || defaultName);
    },
    ...(saveFolder ? { saveFolder } : {}),
  };
  const handlers = exportHandlers({
    datasets: new Map([[sample.id, sample]]),
    dialogs,
    printToPdf: async () => {
      printed++;
      return new TextEncoder().encode('%PDF-1.7');
    },
    clipboard: {
      writePng: (b) => {
        copied.push(b);
      },
    },
    now: () => new Date(2026, 10, 25, 9),
  });
  return { handlers, asked, copied, printed: () => printed };
};
const codeOf = async (p: unknown) => {
  try {
    await p;
    return 'none';
  } catch (e) {
    return e instanceof AppError ? e.code : 'other';
  }
};

describe('export handlers', () => {
  it('saves a PNG under a dated default name', async () => {
    const { handlers, asked } = setup('chart.png');
    expect(await handlers.savePng({ baseName: 'health-assessments_map_en', png: PNG })).toEqual({
      fileName: 'chart.png',
      bytes: PNG.byteLength,
    });
    expect(asked).toEqual(['health-assessments_map_en_2026-11-25.png']);
    expect(new Uint8Array(readFileSync(join(dir, 'chart.png')))).toEqual(PNG);
  });

  it('refuses bytes that are not a PNG, and anything that is not an SVG document', async () => {
    const { handlers } = setup('x');
    expect(await codeOf(handlers.savePng({ baseName: 'a', png: new Uint8Array(20) }))).toBe('INVALID_FILE');
    for (const svg of ['<svg><rect/></svg>', '<html></html>', 'not xml', `<svg xmlns="${SVG_NS}"><g></svg>`])
      expect(await codeOf(handlers.saveSvg({ baseName: 'a', svg })), svg).toBe('INVALID_FILE');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes an SVG rebuilt from the allowlist: prefixed scripts, remote images and escaped url( are gone', async () => {
    const { handlers } = setup('figure.svg');
    const svg =
      `<svg xmlns="${SVG_NS}" onload="x()"><s:script xmlns:s="${SVG_NS}">alert(1)</s:script>` +
      '<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(2)</h:script><foreignObject/>' +
      '<image href="http://evil.test/i.png"/><rect width="5" fill="\\75 rl(http://evil.test/f)"/>' +
      '<text>Toronto onset = 2015, javascript: on x=1</text></svg>';
    await handlers.saveSvg({ baseName: 'a', svg });
    expect(readFileSync(join(dir, 'figure.svg'), 'utf8')).toBe(
      `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink"><rect width="5"/>` +
        '<text>Toronto onset = 2015, javascript: on x=1</text></svg>',
    );
  });

  it('cancelling writes nothing and does not even print', async () => {
    const { handlers, printed } = setup(null);
    expect(await codeOf(handlers.savePdf({ baseName: 'a' }))).toBe('CANCELLED');
    expect(await codeOf(handlers.saveTable({ format: 'csv', state: defaultViewState(sample.id), lang: 'en', filters: '' }))).toBe(
      'CANCELLED',
    );
    expect(printed()).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a write failure is an IO_ERROR and leaves no partial file', async () => {
    // The chosen folder's path runs through a file: nothing can be written there.
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    const { handlers } = setup('not-a-folder/out.csv');
    expect(await codeOf(handlers.saveTable({ format: 'csv', state: defaultViewState(sample.id), lang: 'en', filters: '' }))).toBe(
      'IO_ERROR',
    );
    rmSync(join(dir, 'not-a-folder'));
    mkdirSync(join(dir, 'taken.pdf'));
    const blocked = setup('taken.pdf');
    expect(await codeOf(blocked.handlers.savePdf({ baseName: 'a' }))).toBe('IO_ERROR');
    expect(readdirSync(dir)).toEqual(['taken.pdf']);
  });

  it('writes the PDF from printToPdf and the table from the bundled data', async () => {
    const { handlers, asked } = setup('brief.pdf');
    await handlers.savePdf({ baseName: 'contributions-by-region' });
    expect(readFileSync(join(dir, 'brief.pdf'), 'utf8')).toBe('%PDF-1.7');
    const csv = setup('t.csv');
    await csv.handlers.saveTable({ format: 'csv', state: defaultViewState(sample.id), lang: 'en', filters: '' });
    expect(csv.asked).toEqual(['contributions-by-region_table_en_2026-11-25.csv']);
    expect(readFileSync(join(dir, 't.csv'), 'utf8').split('\r\n')).toHaveLength(1 + 3 + 1); // header, rows, final CRLF
    expect(asked).toEqual(['contributions-by-region_2026-11-25.pdf']);
  });

  it('offers a counter when the folder has a file of that name: a second export never replaces the first', async () => {
    const { handlers, asked } = setup('', () => dir);
    await handlers.savePng({ baseName: 'a_bar-chart_en', png: PNG });
    const first = readFileSync(join(dir, 'a_bar-chart_en_2026-11-25.png'));
    await handlers.savePng({ baseName: 'a_bar-chart_en', png: new Uint8Array([...PNG, 1]) });
    expect(asked).toEqual(['a_bar-chart_en_2026-11-25.png', 'a_bar-chart_en_2026-11-25_2.png']);
    expect(readFileSync(join(dir, 'a_bar-chart_en_2026-11-25.png'))).toEqual(first);
    expect(readdirSync(dir).sort()).toEqual(['a_bar-chart_en_2026-11-25.png', 'a_bar-chart_en_2026-11-25_2.png']);
  });

  it('zips the CSV with its metadata, entries named after the file chosen', async () => {
    const { handlers } = setup('mine.zip');
    await handlers.saveTable({ format: 'zip', state: defaultViewState(sample.id), lang: 'en', filters: '' });
    expect(Object.keys(unzipSync(readFileSync(join(dir, 'mine.zip')))).sort()).toEqual(['README.txt', 'mine-metadata.json', 'mine.csv']);
  });

  it('copies a PNG to the injected clipboard', async () => {
    const { handlers, copied } = setup(null);
    await handlers.copyPng({ png: PNG });
    expect(copied).toEqual([PNG]);
  });
});
