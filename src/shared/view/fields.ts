import type { Dataset, Field, Note, Row } from '../dataset';
import { shownCell } from './country-text';

export type { Lang } from '../lang';
import type { Lang } from '../lang';

/** Datasets carry French twins of text columns as `<key>Fr`; each language shows only its own. */
const twinOf = (field: Field, keys: ReadonlySet<string>): string | null => {
  if (field.key.endsWith('Fr') && keys.has(field.key.slice(0, -2))) return field.key.slice(0, -2);
  return null;
};

/** Fields shown as columns and offered as filters / encodings, in the language on screen. */
export const visibleFields = (dataset: Pick<Dataset, 'fields'>, lang: Lang): Field[] => {
  const keys = new Set(dataset.fields.map((f) => f.key));
  return dataset.fields.filter((f) => {
    const base = twinOf(f, keys);
    if (base !== null) return lang === 'fr';
    if (lang === 'fr' && keys.has(`${f.key}Fr`)) return false;
    return true;
  });
};

/** A dataset is a hierarchy when rows point to a parent row (e.g. theme → sub-theme). */
export const isHierarchy = (dataset: Pick<Dataset, 'fields'>): boolean => dataset.fields.some((f) => f.key === 'parent');

/** Structural columns of a hierarchy are not meaningful chart/filter dimensions. */
const isStructural = (f: Field) => f.key === 'parent' || f.key === 'level';

export const measureFields = (dataset: Pick<Dataset, 'fields'>): Field[] =>
  dataset.fields.filter((f) => f.role === 'measure' && f.type === 'number');

export const dimensionFields = (dataset: Pick<Dataset, 'fields'>, lang: Lang): Field[] =>
  visibleFields(dataset, lang).filter((f) => f.role === 'dimension' && !isStructural(f));

const labelTypes = new Set<Field['type']>(['text', 'iso3', 'region', 'year', 'date']);

/** The field that names a row for people: the first text-like dimension, in the language on screen. */
export const labelField = (dataset: Pick<Dataset, 'fields'>, lang: Lang): Field | null => {
  const dims = dimensionFields(dataset, lang);
  return dims.find((f) => f.type === 'text') ?? dims.find((f) => labelTypes.has(f.type)) ?? null;
};

export const rowLabel = (dataset: Pick<Dataset, 'fields'>, row: Row, lang: Lang): string => {
  const field = labelField(dataset, lang);
  const value = field ? row.values[field.key] : undefined;
  if (value === undefined || value === null || field === null) return row.id;
  return shownCell(field, value, lang);
};

/** Notes that speak about one cell: a note with no rows (or fields) listed applies to all of them. */
export const notesForCell = (notes: readonly Note[], rowId: string, fieldKey: string): Note[] =>
  notes.filter((n) => (n.rows.length === 0 || n.rows.includes(rowId)) && (n.fields.length === 0 || n.fields.includes(fieldKey)));

export const notesForRow = (notes: readonly Note[], rowId: string): Note[] =>
  notes.filter((n) => n.rows.length === 0 || n.rows.includes(rowId));

/** The field a map can place rows by: countries first, then report regions. */
export const geoField = (dataset: Pick<Dataset, 'fields'>): Field | null =>
  dataset.fields.find((f) => f.type === 'iso3') ?? dataset.fields.find((f) => f.type === 'region') ?? null;
