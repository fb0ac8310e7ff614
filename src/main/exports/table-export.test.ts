import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../shared/dataset';
import { applyView } from '../../shared/view/rows';
import { defaultViewState } from '../../shared/default-view-state';
import { toCsvBundle } from './table-bundle';
import { tableExport, toCsv, toXlsx, type TableExport } from './table-export';
import { sample } from '../../../tests/support/main/export-fixtures';

const state = {
  ...defaultViewState(sample.id),
  filters: [{ kind: 'range' as const, field: 'amount', min: 10, max: null }],
  sort: { field: 'amount', dir: 'desc' as const },
};
const everything = defaultViewState(sample.id);

/** What a data tool should read for each exported cell: a number, text, or nothing. */
const expectedCells = (t: TableExport): (string | number | null)[][] =>
  t.rows.map((r) =>
    t.fields.map((f) => {
      const v: CellValue | undefined = r.values[f.key];
      return v === null || v === undefined ? null : typeof v === 'number' ? v : Array.isArray(v) ? v.join('; ') : v;
    }),
  );

/** Reads a CSV back as a data tool does: one header, then records; numbers cast, empty cells null. */
const readCsv = (csv: string) => {
  const records = parse(csv, { bom: true, cast: (value, ctx) => (ctx.quoting || value === '' ? (value === '' && !ctx.quoting ? null : value) : Number.isNaN(Number(value)) ? value : Number(value)) }) as (string | number | null)[][];
  return { header: records[0], rows: records.slice(1) };
};

describe('table export', () => {
  it('holds exactly the rows applyView gives, in its order, with notes of those rows only', () => {
    const t = tableExport(sample, state, 'en', 'Amount ≥ 10');
    expect(t.rows).toEqual(applyView(sample, state));
    expect(t.rows.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(t.notes.map((n) => n.id)).toEqual(['n1']);
  });

  it('CSV: pure, read back by a CSV parser as the same rows and types as the table', () => {
    const t = tableExport(sample, everything, 'fr', '');
    const csv = toCsv(t);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const back = readCsv(csv);
    expect(back.header).toEqual(['Région', 'Montant (millions $ CA)']);
    // The formula-looking text keeps its neutralising quote; everything else is the table's value.
    expect(back.rows).toEqual(expectedCells(t).map((r) => r.map((c) => (c === '=HYPERLINK("x")' ? `'${c}` : c))));
    expect(back.rows.at(-1)?.[1]).toBeNull(); // the blank figure is an empty cell
    expect(csv).not.toMatch(/Source|Note|Filtre/);
  });

  it('CSV: a cell that would run as a formula is neutralised', () => {
    expect(toCsv(tableExport(sample, everything, 'en', ''))).toContain(`"'=HYPERLINK(""x"")",`);
  });

  it('zip: the CSV with its metadata and a README, entries named after the file', () => {
    const now = new Date(Date.UTC(2026, 11, 6, 9));
    const t = tableExport(sample, state, 'en', 'Amount: 10 or more');
    const zip = toCsvBundle(t, 'regions_table_en_2026-12-06', now);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'regions_table_en_2026-12-06-metadata.json', 'regions_table_en_2026-12-06.csv']);
    expect(files['regions_table_en_2026-12-06.csv']).toEqual(strToU8(toCsv(t)));
    const meta = JSON.parse(strFromU8(files['regions_table_en_2026-12-06-metadata.json'] ?? new Uint8Array())) as Record<string, unknown>;
    expect(meta).toMatchObject({
      title: 'Contributions by region',
      filters: 'Amount: 10 or more',
      rows: 2,
      source: { section: 'Overview', reportLines: [1, 2] },
      notes: [{ severity: 'warning', text: 'Totals differ' }],
      exported: '2026-12-06T09:00:00.000Z',
    });
    expect(meta.columns).toContainEqual({ heading: 'Amount (million CAD)', key: 'amount', type: 'number', unit: 'million CAD' });
    expect(strFromU8(files['README.txt'] ?? new Uint8Array())).toContain('Filters: Amount: 10 or more');
    // The same export at the same moment is the same bytes.
    expect(toCsvBundle(t, 'regions_table_en_2026-12-06', now)).toEqual(zip);
  });

  it('XLSX: read back with exceljs, the same rows and types; a blank cell is empty; a Notes sheet', async () => {
    const t = tableExport(sample, everything, 'en', 'Amount ≥ 10');
    const bytes = await toXlsx(t);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const data = wb.getWorksheet('Data');
    expect(data?.getRow(1).values).toEqual([undefined, 'Region', 'Amount (million CAD)']);
    const cells = t.rows.map((_, i) => t.fields.map((_f, j) => data?.getRow(i + 2).getCell(j + 1).value ?? null));
    expect(cells).toEqual(expectedCells(t));
    expect(data?.getRow(4).getCell(2).type).toBe(ExcelJS.ValueType.Null);
    expect(data?.rowCount).toBe(t.rows.length + 1);
    const notes = wb.getWorksheet('Notes');
    const text = (notes?.getColumn(1).values ?? []).join('\n');
    expect(text).toContain('Source: IOM, Building Better Futures (2015) — Overview');
    expect(text).toContain('Note: Totals differ');
    expect(text).toContain('Filters: Amount ≥ 10');
  });
});
