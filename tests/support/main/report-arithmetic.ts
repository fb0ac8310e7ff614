/**
 * The sums the report's own figures must satisfy. Each check compares the printed parts with a printed
 * (or derived) whole and names the cells where a mismatch has to be recorded as an
 * `arithmetic-mismatch` note.
 *
 * Tolerance: the money figures are rounded to the printed precision (mostly one decimal, "M" values such
 * as "39 M" or "2M" to the unit), so each printed figure may be off by half a unit of its last digit
 * (±0.05 for 36.6, ±0.5 for 39). A sum is accepted when the gap does not exceed the sum of those
 * half-units over every figure on both sides. Head counts are exact, so their tolerance is zero.
 */
import type { Dataset, Row } from '../../../src/shared/dataset';
import { getDataset, getRow, halfUnit, num } from './datasets';

export type Cell = { dataset: string; row: string; field: string };
export type Check = {
  name: string;
  parts: number;
  whole: number;
  tolerance: number;
  /** Where a mismatch must be noted. */
  noteOn: Cell[];
};
export const fails = (c: Check): boolean => Math.abs(c.parts - c.whole) > c.tolerance + 1e-9;

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
/** Rounding error a printed money cell may carry. */
const slack = (row: Row, key: string): number => halfUnit(num(row, key), (row.fieldSources?.[key] ?? row.source).quote);
const cellsOf = (ds: Dataset, rows: Row[], field: string): Cell[] => rows.map((r) => ({ dataset: ds.id, row: r.id, field }));

export const reportChecks = (): Check[] => {
  const checks: Check[] = [];
  const theme = getDataset('contributions-by-theme');
  const topLevel = theme.rows.filter((r) => r.values.level === 1);
  for (const parent of topLevel) {
    const children = theme.rows.filter((r) => r.values.parent === parent.id);
    if (!children.length) continue;
    checks.push({
      name: `sub-themes of ${parent.id}`,
      parts: sum(children.map((r) => num(r, 'amount'))),
      whole: num(parent, 'amount'),
      tolerance: sum([parent, ...children].map((r) => slack(r, 'amount'))),
      noteOn: cellsOf(theme, [parent], 'amount'),
    });
  }
  const themeTotal = sum(topLevel.map((r) => num(r, 'amount')));
  const themeSlack = sum(topLevel.map((r) => slack(r, 'amount')));

  const agency = getDataset('contributions-by-agency');
  checks.push({
    name: 'agency total = theme total',
    parts: sum(agency.rows.map((r) => num(r, 'amount'))),
    whole: themeTotal,
    tolerance: sum(agency.rows.map((r) => slack(r, 'amount'))) + themeSlack,
    noteOn: cellsOf(agency, agency.rows, 'amount'),
  });

  const region = getDataset('contributions-by-region');
  const assessed = getRow(theme, 'assessed-contributions');
  const attributable = topLevel.filter((r) => r !== assessed);
  checks.push({
    name: 'regions = theme total less assessed contributions',
    parts: sum(region.rows.map((r) => num(r, 'amount'))),
    whole: sum(attributable.map((r) => num(r, 'amount'))),
    tolerance: sum(region.rows.map((r) => slack(r, 'amount'))) + sum(attributable.map((r) => slack(r, 'amount'))),
    noteOn: cellsOf(region, region.rows, 'amount'),
  });

  const years = getDataset('assisted-movements-by-year');
  for (const r of years.rows) {
    const pp = r.values.publicPolicy;
    checks.push({
      name: `movements ${String(r.values.year)}: refugee + public policy = total`,
      parts: num(r, 'refugee') + (typeof pp === 'number' ? pp : 0),
      whole: num(r, 'total'),
      tolerance: 0,
      noteOn: ['refugee', 'publicPolicy', 'total'].map((field) => ({ dataset: years.id, row: r.id, field })),
    });
  }
  const totals = getDataset('assisted-movements-totals');
  const totalRow = getRow(totals, 'total-2010-2014');
  for (const field of ['refugee', 'publicPolicy', 'total']) {
    checks.push({
      name: `movements column ${field}: years add up to the printed total`,
      parts: sum(years.rows.map((r) => (typeof r.values[field] === 'number' ? num(r, field) : 0))),
      whole: num(totalRow, field),
      tolerance: 0,
      noteOn: [{ dataset: totals.id, row: totalRow.id, field }],
    });
  }
  checks.push({
    name: 'movements totals row: refugee + public policy = total',
    parts: num(totalRow, 'refugee') + num(totalRow, 'publicPolicy'),
    whole: num(totalRow, 'total'),
    tolerance: 0,
    noteOn: ['refugee', 'publicPolicy', 'total'].map((field) => ({ dataset: totals.id, row: totalRow.id, field })),
  });

  const age = getDataset('assisted-movements-by-age');
  checks.push({
    name: 'age groups add up to the refugee total',
    parts: sum(age.rows.map((r) => num(r, 'people'))),
    whole: num(totalRow, 'refugee'),
    tolerance: 0,
    noteOn: cellsOf(age, age.rows, 'people'),
  });
  return checks;
};
