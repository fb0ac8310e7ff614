import type { CellValue, Field } from '../dataset';
import { countryName } from '../countries';
import type { Lang } from '../lang';

/** A field, or just its type (and key): enough to tell a country column. */
export type FieldLike = Pick<Field, 'type'> & { key?: string };

/** A column that names countries: ISO codes, or the report's country names. */
export const isCountryField = (field: FieldLike): boolean =>
  field.type === 'iso3' || field.key === 'country' || field.key === 'countryFr';

/**
 * A cell's text as shown, a country's name in the language on screen ("Ethiopia" reads "Éthiopie" in
 * French; English keeps the report's spelling). Codes stay codes; other columns are left alone.
 */
export const shownText = (field: FieldLike, text: string, lang: Lang): string =>
  field.type === 'text' && isCountryField(field) ? countryName(text, lang) : text;

/** shownText over a cell that may be a list ("Haiti, Nepal"). */
export const shownCell = (field: FieldLike, value: CellValue | undefined, lang: Lang): string => {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => shownText(field, v, lang)).join(', ');
  return shownText(field, String(value), lang);
};
