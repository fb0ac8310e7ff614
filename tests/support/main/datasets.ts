/** Shared helpers for the dataset tests: loading, reading cited lines, and finding numbers in text. */
import { fileURLToPath } from 'node:url';
import type { Dataset, Field, Row, SourceRef } from '../../../src/shared/dataset';
import { decodeMapFont } from '../../../src/shared/map-font';
import { loadDatasets } from '../../../src/main/datasets/loader';
import { loadSourceLines } from '../../../src/main/datasets/source-text';

export const DATASETS_DIR = fileURLToPath(new URL('../../../resources/datasets', import.meta.url));
export const SOURCE_FILE = fileURLToPath(new URL('../../../resources/source/building-better-futures.txt', import.meta.url));

export const catalog = loadDatasets(DATASETS_DIR);
export const datasets: Dataset[] = [...catalog.datasets.values()];
export const lines = loadSourceLines(SOURCE_FILE);

/** Lines 256–355 hold the humanitarian map, printed in the broken font that `decodeMapFont` undoes. */
export const MAP_FONT_LINES = { from: 256, to: 355 } as const;
export const isMapFontLine = (line: number): boolean => line >= MAP_FONT_LINES.from && line <= MAP_FONT_LINES.to;

export const rawLine = (line: number): string => lines[line - 1] ?? '';
/** The text of a line as it reads once decoded (map-font lines are decoded; others are returned as is). */
export const readableLine = (line: number): string => (isMapFontLine(line) ? decodeMapFont(rawLine(line)) : rawLine(line));

export const getDataset = (id: string): Dataset => {
  const ds = catalog.datasets.get(id);
  if (!ds) throw new Error(`dataset ${id} not loaded`);
  return ds;
};
export const getRow = (ds: Dataset, id: string): Row => {
  const row = ds.rows.find((r) => r.id === id);
  if (!row) throw new Error(`${ds.id}: no row ${id}`);
  return row;
};
export const num = (row: Row, key: string): number => {
  const v = row.values[key];
  if (typeof v !== 'number') throw new Error(`${row.id}.${key} is not a number`);
  return v;
};
/** Where a cell's value is printed: its field source if any, else the row's main source. */
export const citeOf = (row: Row, key: string): SourceRef => row.fieldSources?.[key] ?? row.source;

/** A number as printed: digits with optional thousands separators and decimals (an "M" suffix is simply ignored). */
const DIGIT_TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|¼/g;
export type Token = { text: string; value: number };
export const digitTokens = (text: string): Token[] =>
  [...text.matchAll(DIGIT_TOKEN)].map((m) => ({ text: m[0], value: m[0] === '¼' ? 0.25 : Number(m[0].replace(/,/g, '')) }));

/** Numbers spelled out in the report ("nine countries", "three-year pilot", "half a million"). */
const WORD_NUMBERS: Readonly<Record<string, number>> = {
  'half a million': 500_000, 'twenty-four': 24, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, half: 0.5,
};
const WORD_TOKEN = new RegExp(`\\b(${Object.keys(WORD_NUMBERS).join('|')})\\b`, 'gi');
export const numbersIn = (text: string): number[] => [
  ...digitTokens(text).map((t) => t.value),
  ...[...text.matchAll(WORD_TOKEN)].map((m) => WORD_NUMBERS[(m[1] ?? '').toLowerCase()] ?? Number.NaN),
];
export const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

/** Every non-empty number, year and date cell, with the numbers it states and the line it cites. */
export type NumericCell = { dataset: string; row: string; field: string; values: number[]; cite: SourceRef };
/** Numbers the app adds for structure rather than quoting the report (the depth of a hierarchy row). */
export const STRUCTURAL_FIELDS: ReadonlySet<string> = new Set(['contributions-by-theme/level']);
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
export const numericCells = (ds: Dataset): NumericCell[] =>
  ds.rows.flatMap((row) =>
    ds.fields.flatMap((field: Field) => {
      if (STRUCTURAL_FIELDS.has(`${ds.id}/${field.key}`)) return [];
      const v = row.values[field.key];
      let values: number[] = [];
      if ((field.type === 'number' || field.type === 'year') && typeof v === 'number') values = [v];
      if (field.type === 'date' && typeof v === 'string') {
        const m = DATE.exec(v);
        // Year and day must be printed; the month is usually printed as a word, so it is not required.
        values = m ? [Number(m[1]), ...(m[3] ? [Number(m[3])] : [])] : [Number.NaN];
      }
      return values.length ? [{ dataset: ds.id, row: row.id, field: field.key, values, cite: citeOf(row, field.key) }] : [];
    }),
  );

/** Half a unit of the last printed digit of `value` in the quote, i.e. the rounding error it may carry. */
export const halfUnit = (value: number, quote: string): number => {
  const token = digitTokens(quote).find((t) => sameNumber(t.value, value));
  const printed = token?.text ?? String(value);
  const decimals = printed.includes('.') ? (printed.split('.')[1] ?? '').length : 0;
  return 0.5 * 10 ** -decimals;
};
