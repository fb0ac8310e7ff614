import ExcelJS from 'exceljs';
import type { CellValue, Dataset, Field, Note, Row } from '../../shared/dataset';
import { applyView } from '../../shared/view/rows';
import type { ViewState } from '../../shared/view-state';
import { fieldHeading } from '../../shared/units';
import type { Lang } from '../../shared/view/fields';
import { exportableText } from '../../shared/text-safety';

const LABELS = {
  en: {
    source: 'Source: IOM, Building Better Futures (2015)',
    filters: 'Filters',
    notes: 'Notes',
    note: 'Note',
    rows: 'Rows',
    data: 'Data',
  },
  fr: {
    source: 'Source : OIM, Building Better Futures (2015)',
    filters: 'Filtres',
    notes: 'Notes',
    note: 'Note',
    rows: 'Lignes',
    data: 'Données',
  },
} as const;

// French puts a space before the colon.
const labelled = (lang: Lang, label: Exclude<keyof (typeof LABELS)['en'], 'source'>, text: string | number) =>
  `${LABELS[lang][label]}${lang === 'fr' ? ' : ' : ': '}${text}`;

/** Notes that concern what was exported: dataset-wide ones and those citing an exported row. */
const notesFor = (dataset: Dataset, rows: readonly Row[]): Note[] => {
  const ids = new Set(rows.map((r) => r.id));
  return dataset.notes.filter((n) => n.rows.length === 0 || n.rows.some((r) => ids.has(r)));
};

export type TableExport = {
  dataset: Dataset;
  lang: Lang;
  headers: string[];
  fields: Field[];
  rows: Row[];
  notes: Note[];
  sourceLine: string;
  filters: string;
};

export const tableExport = (dataset: Dataset, state: ViewState, lang: Lang, filters: string): TableExport => {
  const rows = applyView(dataset, state);
  return {
    dataset,
    lang,
    headers: dataset.fields.map((f) => fieldHeading(f, lang)),
    fields: dataset.fields,
    rows,
    notes: notesFor(dataset, rows),
    sourceLine: `${LABELS[lang].source} — ${dataset.section.title[lang]}`,
    // The one piece of user text (a filter value can be anything): it goes to the XLSX Notes sheet,
    // the metadata JSON and the README, so it is made exportable once, here.
    filters: exportableText(filters),
  };
};

/** Cell text any file can hold (non-characters and lone surrogates become U+FFFD; see text-safety). */
const cellText = (v: CellValue | undefined): string =>
  v === undefined || v === null ? '' : exportableText(Array.isArray(v) ? v.join('; ') : String(v));

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * OWASP's rule for CSV injection: a cell starting with = + - @ tab or CR that is not a plain number
 * would run as a formula in a spreadsheet (`-1+cmd|' /C calc'!A0`), so it is prefixed with ' as text.
 */
export const neutralisedCell = (text: string): string =>
  /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;

const csvCell = (text: string) => {
  const safe = neutralisedCell(exportableText(text));
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * Pure CSV that data tools read as a table (pandas, R, Power Query): UTF-8 with a BOM (so Excel reads
 * accents), CRLF lines, one header row and one line per row, blank cells empty. Source, filters and
 * notes go beside it (tableMetadata), never below the data.
 */
export const toCsv = (t: TableExport): string => {
  const lines = [t.headers.map(csvCell).join(',')];
  for (const row of t.rows) lines.push(t.fields.map((f) => csvCell(cellText(row.values[f.key]))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};

/** A "Data" sheet with typed cells (numbers stay numbers) and a "Notes" sheet with source, filters and notes. */
export const toXlsx = async (t: TableExport): Promise<Uint8Array> => {
  const { lang } = t;
  const title = t.dataset.title[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'IOM–Canada Explorer';
  wb.title = exportableText(title);
  const data = wb.addWorksheet(LABELS[lang].data, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.addRow(t.headers.map(exportableText)).font = { bold: true };
  for (const row of t.rows)
    data.addRow(
      t.fields.map((f) => {
        const v = row.values[f.key];
        // A blank cell stays empty (null), not '': a column of numbers with a gap still reads as numbers.
        return typeof v === 'number' ? v : v === null || v === undefined ? null : cellText(v);
      }),
    );
  data.columns.forEach((c, i) => (c.width = Math.min(50, Math.max(10, (t.headers[i]?.length ?? 10) + 2))));
  const notes = wb.addWorksheet(LABELS[lang].notes);
  notes.getColumn(1).width = 120;
  // exceljs drops C0 controls but writes non-characters and lone surrogates into XML that Excel then
  // refuses: every text goes through exportableText.
  const note = (text: string) => notes.addRow([exportableText(text)]);
  note(title).font = { bold: true };
  note(t.sourceLine);
  note(labelled(lang, 'rows', t.rows.length));
  if (t.filters) note(labelled(lang, 'filters', t.filters));
  for (const n of t.notes) note(labelled(lang, 'note', n.text[lang]));
  return new Uint8Array(await wb.xlsx.writeBuffer());
};
