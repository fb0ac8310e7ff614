import type { Dataset, Field, Row } from '../dataset';
import type { MapMode } from '../view-state';
import { cellText } from './rows';
import { measureFields } from './fields';
import { isAdditive } from './totals';

/** What the map can draw for a dataset: countries by iso3, or report regions through country-regions. */
export const availableMapModes = (dataset: Pick<Dataset, 'fields'>, regionsKnown: boolean): MapMode[] => {
  const hasMeasure = measureFields(dataset).length > 0;
  if (dataset.fields.some((f) => f.type === 'iso3')) return hasMeasure ? ['choropleth', 'symbols'] : ['choropleth'];
  if (dataset.fields.some((f) => f.type === 'region') && regionsKnown) return ['regions'];
  return [];
};

export const isGeographic = (dataset: Pick<Dataset, 'fields'>): boolean =>
  dataset.fields.some((f) => f.type === 'iso3' || f.type === 'region');

export const resolveMapMode = (available: readonly MapMode[], asked: MapMode | null): MapMode | null =>
  asked !== null && available.includes(asked) ? asked : (available[0] ?? null);

export type CountryValue = { value: number | null; rowIds: string[]; label: string };

const fieldOfType = (dataset: Pick<Dataset, 'fields'>, type: Field['type']) => dataset.fields.find((f) => f.type === type);

/**
 * Value per ISO3 country code for the shown rows (summed when additive, else the mean). A country
 * listed without a number still counts as "has a row" (value null) so it can be selected.
 */
export const valuesByCountry = (
  dataset: Pick<Dataset, 'fields'>,
  rows: readonly Row[],
  measure: Field | null,
  labelOf: (r: Row) => string,
) => {
  const iso = fieldOfType(dataset, 'iso3');
  const out = new Map<string, CountryValue>();
  if (!iso) return out;
  const counts = new Map<string, number>();
  for (const r of rows) {
    const codes = r.values[iso.key];
    for (const code of Array.isArray(codes) ? codes : [cellText(codes)]) {
      if (!/^[A-Z]{3}$/.test(code)) continue;
      const v = measure ? r.values[measure.key] : null;
      const prev = out.get(code) ?? { value: null, rowIds: [], label: labelOf(r) };
      const n = (counts.get(code) ?? 0) + (typeof v === 'number' ? 1 : 0);
      counts.set(code, n);
      const value = typeof v === 'number' ? (prev.value ?? 0) + v : prev.value;
      out.set(code, { value, rowIds: [...prev.rowIds, r.id], label: prev.label });
    }
  }
  if (measure && !isAdditive(measure))
    for (const [code, cv] of out) {
      const n = counts.get(code) ?? 0;
      if (cv.value !== null && n > 0) out.set(code, { ...cv, value: cv.value / n });
    }
  return out;
};

/**
 * Spreads region values onto the countries of each region (country-regions dataset: iso3 → region),
 * so a region choropleth can be drawn with country shapes.
 */
export const valuesByRegion = (
  dataset: Pick<Dataset, 'fields'>,
  rows: readonly Row[],
  measure: Field | null,
  countryRegions: Pick<Dataset, 'fields' | 'rows'>,
  labelOf: (r: Row) => string,
) => {
  const regionField = fieldOfType(dataset, 'region');
  const crIso = fieldOfType(countryRegions, 'iso3');
  const crRegion = fieldOfType(countryRegions, 'region');
  const out = new Map<string, CountryValue & { region: string }>();
  if (!regionField || !crIso || !crRegion) return out;
  const byRegion = new Map<string, CountryValue>();
  for (const r of rows) {
    const region = cellText(r.values[regionField.key]);
    // "Global" is the report's bucket for multiregional work, not a place: painting its countries would mislead.
    if (region === 'GLOBAL') continue;
    const v = measure ? r.values[measure.key] : null;
    const prev = byRegion.get(region) ?? { value: null, rowIds: [], label: labelOf(r) };
    byRegion.set(region, {
      value: typeof v === 'number' ? (prev.value ?? 0) + v : prev.value,
      rowIds: [...prev.rowIds, r.id],
      label: prev.label,
    });
  }
  for (const c of countryRegions.rows) {
    const code = cellText(c.values[crIso.key]);
    const region = cellText(c.values[crRegion.key]);
    const rv = byRegion.get(region);
    if (rv && /^[A-Z]{3}$/.test(code)) out.set(code, { ...rv, region });
  }
  return out;
};

const roundSignificant = (v: number, digits: number): number => {
  if (v === 0) return 0;
  const p = Math.pow(10, digits - Math.ceil(Math.log10(Math.abs(v))));
  return Math.round(v * p) / p;
};

/**
 * Class breaks for a choropleth: quantile thresholds (skewed counts such as health assessments
 * still spread over every class), rounded to two significant digits and deduplicated.
 * A value v falls in class i when thresholds[i-1] ≤ v < thresholds[i].
 */
export const quantileThresholds = (values: readonly number[], classes: number): number[] => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length < 2 || classes < 2) return [];
  const out: number[] = [];
  for (let i = 1; i < classes; i++) {
    const q = sorted[Math.floor((i * sorted.length) / classes)];
    if (q === undefined) continue;
    const t = roundSignificant(q, 2);
    if (t > (sorted[0] ?? 0) && !out.includes(t)) out.push(t);
  }
  return out.sort((a, b) => a - b);
};

export const classOf = (value: number, thresholds: readonly number[]): number => {
  let i = 0;
  while (i < thresholds.length && value >= (thresholds[i] ?? Infinity)) i++;
  return i;
};

/** Sequential, colour-blind-safe (viridis), light to dark. */
export const SEQUENTIAL = ['#fde725', '#7ad151', '#22a884', '#2a788e', '#414487', '#440154'] as const;

export const colourFor = (value: number, thresholds: readonly number[]): string =>
  SEQUENTIAL[Math.min(SEQUENTIAL.length - 1, classOf(value, thresholds))] ?? SEQUENTIAL[0];

/** Proportional symbol radius: area proportional to the value. */
export const symbolRadius = (value: number, maxValue: number, maxRadius: number): number =>
  value <= 0 || maxValue <= 0 ? 0 : Math.max(1.5, maxRadius * Math.sqrt(value / maxValue));

/** ISO 3166 numeric codes as world-atlas writes them ("004" for Afghanistan). */
export const paddedNumeric = (numeric: string | number | undefined): string | null =>
  numeric === undefined || numeric === '' ? null : String(numeric).padStart(3, '0');
