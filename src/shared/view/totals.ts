import type { Dataset, Field, Row } from '../dataset';
import { isHierarchy } from './fields';

/** Units whose values do not add up across rows (shares, rates, averages, ranks). */
const NON_ADDITIVE_UNIT = /%|percent|pour ?cent|rate|taux|average|moyenne|ratio|rank|per\b|par\b/i;

export const isAdditive = (field: Field): boolean =>
  field.role === 'measure' && field.type === 'number' && !(field.unit !== undefined && NON_ADDITIVE_UNIT.test(field.unit));

const TOTAL_LABEL = /^\s*(total|grand total|sum|somme)\b/i;

/** A text column naming each row's unit (`unit`, `reachedUnit`…): rows may then count different things. */
const isUnitColumn = (f: Field) => f.role === 'dimension' && /^(unit|[a-z][a-zA-Z0-9]*Unit)$/.test(f.key);

/** The units named by a unit column among these rows, when they are more than one (else empty). */
export const mixedUnits = (dataset: Pick<Dataset, 'fields'>, rows: readonly Row[]): { field: Field; units: string[] } | null => {
  for (const f of dataset.fields.filter(isUnitColumn)) {
    const units = [...new Set(rows.flatMap((r) => (typeof r.values[f.key] === 'string' ? [r.values[f.key] as string] : [])))];
    if (units.length > 1) return { field: f, units };
  }
  return null;
};

/** A value comparable with ===: lists by their content, missing as null. */
const sameness = (v: Row['values'][string] | undefined) => (Array.isArray(v) ? JSON.stringify(v) : (v ?? null));

/**
 * Whether a totals row means something for these rows: no when the rows count different things
 * (a unit column with several values: families and people do not add up), or when the data
 * already prints its own total row (it would be counted twice).
 */
export const totalsMakeSense = (dataset: Pick<Dataset, 'fields' | 'rows'>, rows: readonly Row[]): boolean => {
  if (rows.length < 2) return false;
  // Stops at the first row whose unit differs from the first row's (100,000 rows: bench/, metric 4).
  for (const f of dataset.fields.filter(isUnitColumn)) {
    const first = sameness(rows[0]?.values[f.key]);
    if (rows.some((r) => sameness(r.values[f.key]) !== first)) return false;
  }
  const printed = printedTotalRows(dataset);
  return printed.size === 0 || !rows.some((r) => printed.has(r));
};

const printedTotals = new WeakMap<readonly Row[], ReadonlySet<Row>>();

/** Rows of the dataset that are the report's own totals ("Total", "Somme"…): found once per dataset. */
const printedTotalRows = (dataset: Pick<Dataset, 'fields' | 'rows'>): ReadonlySet<Row> => {
  let found = printedTotals.get(dataset.rows);
  if (found === undefined) {
    const textKeys = dataset.fields.filter((f) => f.role === 'dimension' && f.type === 'text').map((f) => f.key);
    found = new Set(dataset.rows.filter((r) => textKeys.some((k) => typeof r.values[k] === 'string' && TOTAL_LABEL.test(r.values[k]))));
    printedTotals.set(dataset.rows, found);
  }
  return found;
};

/**
 * Rows that a total may add: in a hierarchy, a row whose ancestor is also shown is already counted
 * in that ancestor (themes include their sub-themes), so only the top-most shown rows count.
 */
export const countedRows = (dataset: Pick<Dataset, 'fields' | 'rows'>, rows: readonly Row[]): Row[] => {
  if (!isHierarchy(dataset)) return [...rows];
  const parentOf = new Map(dataset.rows.map((r) => [r.id, typeof r.values.parent === 'string' ? r.values.parent : null]));
  const shown = new Set(rows.map((r) => r.id));
  const hasShownAncestor = (id: string): boolean => {
    const seen = new Set<string>();
    let p = parentOf.get(id) ?? null;
    while (p !== null && !seen.has(p)) {
      if (shown.has(p)) return true;
      seen.add(p);
      p = parentOf.get(p) ?? null;
    }
    return false;
  };
  return rows.filter((r) => !hasShownAncestor(r.id));
};

/** Totals per additive measure, or null when a totals row would mislead. Sums are rounded to hide float noise. */
export const computeTotals = (dataset: Pick<Dataset, 'fields' | 'rows'>, rows: readonly Row[]): Record<string, number> | null => {
  if (!totalsMakeSense(dataset, rows)) return null;
  const additive = dataset.fields.filter(isAdditive);
  if (additive.length === 0) return null;
  const counted = countedRows(dataset, rows);
  const totals: Record<string, number> = {};
  for (const f of additive) {
    let sum = 0;
    for (const r of counted) {
      const v = r.values[f.key];
      if (typeof v === 'number') sum += v;
    }
    totals[f.key] = Math.round(sum * 1e6) / 1e6;
  }
  return totals;
};
