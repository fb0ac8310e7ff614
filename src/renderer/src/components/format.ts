import type { CellValue } from '../../../shared/dataset';
import type { Lang } from '../../../shared/view/fields';
import { shownCell, type FieldLike } from '../../../shared/view/country-text';

export const localeOf = (lang: Lang) => (lang === 'fr' ? 'fr-CA' : 'en-CA');

// toLocaleString with options builds an Intl.NumberFormat on every call (table cells, chart labels and
// ticks: a measurable part of startup, bench/ metric 1); one formatter per language and precision instead.
const numberFormats = new Map<string, Intl.NumberFormat>();

export const formatNumber = (value: number, lang: Lang, maximumFractionDigits = 2): string => {
  const key = `${lang}/${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
};

/**
 * How a cell reads on screen; years keep their digits ungrouped ("2010", not "2,010"); a country's
 * name is in the language on screen.
 */
export const formatValue = (value: CellValue | undefined, field: FieldLike, lang: Lang): string => {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'number') return field.type === 'year' ? String(value) : formatNumber(value, lang);
  return shownCell(field, value, lang);
};

