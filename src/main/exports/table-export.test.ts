import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { applyView } from '../../shared/view/rows';
import { defaultViewState } from '../../shared/view-state';
import { tableExport, toCsv, toXlsx } from './table-export';
import { sample } from './test-fixtures';

const state = {
  ...defaultViewState(sample.id),
  filters: [{ kind: 'range' as const, field: 'amount', min: 10, max: null }],
  sort: { field: 'amount', dir: 'desc' as const },
};

describe('table export', () => {
  it('holds exactly the rows applyView gives, in its order, with notes of those rows only', () => {
    const t = tableExport(sample, state, 'en', 'Amount ≥ 10');
    expect(t.rows).toEqual(applyView(sample, state));
    expect(t.rows.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(t.notes.map((n) => n.id)).toEqual(['n1']);
  });

  it('CSV: BOM, units in headers, quoting, then source, filters and notes', () => {
    const csv = toCsv(tableExport(sample, state, 'fr', 'Montant ≥ 10'), 'fr');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Région,Montant (millions $ CA)',
      '"Africa, ""sub-Saharan""",40',
      'Amérique latine,12.5',
      '',
      '"Source : OIM, Building Better Futures (2015) — Aperçu"',
      'Filtres : Montant ≥ 10',
      'Note : Les totaux diffèrent',
      '',
    ]);
  });

  it('CSV: a cell that would run as a formula is neutralised', () => {
    const csv = toCsv(tableExport(sample, defaultViewState(sample.id), 'en', ''), 'en');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",`);
  });

  it('XLSX: numbers stay numbers, and a Notes sheet carries source and notes', async () => {
    const bytes = await toXlsx(tableExport(sample, state, 'en', 'Amount ≥ 10'), 'en', sample.title.en);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const data = wb.getWorksheet('Data');
    expect(data?.getRow(1).values).toEqual([undefined, 'Region', 'Amount (million CAD)']);
    expect(data?.getRow(2).values).toEqual([undefined, 'Africa, "sub-Saharan"', 40]);
    expect(data?.rowCount).toBe(3);
    const notes = wb.getWorksheet('Notes');
    const text = (notes?.getColumn(1).values ?? []).join('\n');
    expect(text).toContain('Source: IOM, Building Better Futures (2015) — Overview');
    expect(text).toContain('Note: Totals differ');
    expect(text).toContain('Filters: Amount ≥ 10');
  });
});
