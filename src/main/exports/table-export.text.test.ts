import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../shared/dataset';
import { defaultViewState } from '../../shared/default-view-state';
import { exportableText } from '../../shared/text-safety';
import { toCsvBundle } from './table-bundle';
import { neutralisedCell, tableExport, toCsv, toXlsx } from './table-export';
import { sample } from '../../../tests/support/main/export-fixtures';

/** Any UTF-16 code unit (lone surrogates, non-characters, controls) or any code point. */
const anyText = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const withNames = (names: string[]): Dataset => ({
  ...sample,
  rows: names.map((name, i) => ({ id: `r${i}`, values: { name, amount: i }, source: { line: 1, quote: 'q' } })),
});
const state = defaultViewState(sample.id);
const lineEnds = (s: string) => s.replace(/\r\n?/g, '\n');

describe('table exports take any text', () => {
  it('CSV and its zip: re-read by a CSV parser and JSON.parse, every cell and the filters as written', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 5 }), anyText, (names, filters) => {
        const t = tableExport(withNames(names), state, 'en', filters);
        const rows = parse(toCsv(t), { bom: true, relaxQuotes: false }) as string[][];
        expect(rows.slice(1).map((r) => r[0])).toEqual(t.rows.map((r) => neutralisedCell(exportableText(String(r.values.name)))));
        const files = unzipSync(toCsvBundle(t, 'x', new Date(Date.UTC(2026, 0, 1))));
        const meta = JSON.parse(strFromU8(files['x-metadata.json'] ?? new Uint8Array())) as { filters: string };
        expect(meta.filters).toBe(exportableText(filters));
      }),
      { numRuns: 300 },
    );
  });

  it('XLSX: well-formed and re-read by exceljs with the text as written (U+FFFE made the XML invalid)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyText, { minLength: 1, maxLength: 4 }), anyText, async (names, filters) => {
        const t = tableExport(withNames(names), state, 'en', filters);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await toXlsx(t)).buffer as ArrayBuffer);
        const cells = t.rows.map(
          (_, i) =>
            wb
              .getWorksheet('Data')
              ?.getRow(i + 2)
              .getCell(1).value ?? null,
        );
        // exceljs itself leaves out C0 controls, and XML reads a CR as a line end (LF): everything
        // else must come back as exported.
        // eslint-disable-next-line no-control-regex -- those are what exceljs drops
        const c0 = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
        expect(cells.map((c) => lineEnds(String(c ?? '').replace(c0, '')))).toEqual(
          t.rows.map((r) => lineEnds(exportableText(String(r.values.name)).replace(c0, ''))),
        );
      }),
      { numRuns: 40 },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await toXlsx(tableExport(withNames(['a\ufffeb']), state, 'en', 'Toronto onset = 2015 \ufffe'))).buffer as ArrayBuffer,
    );
    expect(wb.getWorksheet('Data')?.getRow(2).getCell(1).value).toBe('a\ufffdb');
  });

  it('CSV cells are neutralised by the OWASP rule: = + - @ tab CR, unless a plain number', () => {
    for (const formula of [
      "-1+cmd|' /C calc'!A0",
      '=1+1',
      '+SUM(A1)',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '-',
      '+1e',
      '-2-3',
      '1-'.slice(1),
    ])
      expect(neutralisedCell(formula), formula).toBe(`'${formula}`);
    for (const plain of ['-1', '+2', '-3.5', '-.5', '1e5', '-2E-3', '12', 'Toronto', '1-2'])
      expect(neutralisedCell(plain), plain).toBe(plain);
  });
});
