import type { Dataset, Field } from '../dataset';
import type { ViewState } from '../view-state';
import { fieldHeading } from '../units';
import type { Lang } from './fields';

/**
 * The one limit on a view's description in words (export subtitles, the CSV/Excel metadata, the
 * line above a filtered figure). Main's table-export channel accepts exactly this much, and
 * `describeFilters` never writes more: long filters are abbreviated ("and 3 more"), never refused.
 */
export const MAX_FILTER_TEXT = 1000;
/** Values of one filter named before "and N more". */
const VALUES_SHOWN = 3;
/** A single value longer than this is cut with an ellipsis (the full value stays in the view). */
const VALUE_CHARS = 60;

const WORDS = {
  en: {
    and: 'and',
    more: (n: number) => `and ${n} more`,
    moreFilters: (n: number) => `and ${n} more ${n === 1 ? 'filter' : 'filters'}`,
    atLeast: (v: string) => `${v} or more`,
    atMost: (v: string) => `up to ${v}`,
    search: (text: string) => `matching “${text}”`,
    sorted: (field: string, dir: 'asc' | 'desc') => `sorted by ${field} (${dir === 'asc' ? 'ascending' : 'descending'})`,
    colon: ': ',
  },
  fr: {
    and: 'et',
    more: (n: number) => `et ${n} ${n === 1 ? 'autre' : 'autres'}`,
    moreFilters: (n: number) => `et ${n} ${n === 1 ? 'autre filtre' : 'autres filtres'}`,
    atLeast: (v: string) => `${v} ou plus`,
    atMost: (v: string) => `jusqu’à ${v}`,
    search: (text: string) => `correspondant à « ${text} »`,
    sorted: (field: string, dir: 'asc' | 'desc') => `trié par ${field} (${dir === 'asc' ? 'croissant' : 'décroissant'})`,
    colon: ' : ',
  },
} as const;

const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};
const formatNumber = (v: number, lang: Lang, field: Field | undefined) => {
  if (field?.type === 'year') return String(v);
  const format = (numberFormats[lang] ??= new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 2 }));
  return format.format(v);
};

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** "Pakistan, Ukraine and 3 more" / "Pakistan et Ukraine". */
export const listInWords = (values: readonly string[], lang: Lang, shown = VALUES_SHOWN): string => {
  const w = WORDS[lang];
  const named = values.slice(0, shown).map((v) => cut(v, VALUE_CHARS));
  const rest = values.length - named.length;
  if (rest > 0) return `${named.join(', ')} ${w.more(rest)}`;
  if (named.length <= 1) return named.join('');
  return `${named.slice(0, -1).join(', ')} ${w.and} ${named.at(-1)}`;
};

/** A field's name inside a sentence: "sorted by health assessments" (but "ISO code" keeps its capitals). */
const inSentence = (label: string) => (/^[A-ZÀ-Ý][a-zà-ÿ]/.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label);

type Options = {
  /** Name each filter's field ("Country: Kenya, Ukraine"); a subtitle lists the values alone. */
  withFields: boolean;
};

/** Each active filter and the search, in words, each part short; sort not included. */
const filterParts = (dataset: Pick<Dataset, 'fields'>, view: Pick<ViewState, 'filters' | 'search'>, lang: Lang, opts: Options) => {
  const w = WORDS[lang];
  const fieldOf = (key: string) => dataset.fields.find((f) => f.key === key);
  const parts: string[] = [];
  for (const f of view.filters) {
    const field = fieldOf(f.field);
    const name = field ? field.label[lang] : f.field;
    let text: string;
    if (f.kind === 'values') {
      if (f.values.length === 0) continue;
      text = listInWords(f.values, lang);
    } else {
      if (f.min === null && f.max === null) continue;
      const num = (v: number) => formatNumber(v, lang, field);
      text = f.min !== null && f.max !== null ? `${num(f.min)}–${num(f.max)}` : f.min !== null ? w.atLeast(num(f.min)) : w.atMost(num(f.max ?? 0));
      // A year range reads by itself ("2012–2014"); a number range needs its field ("Assessments: 20,000 or more").
      if (field?.type !== 'year' && field?.type !== 'date' && !opts.withFields) text = `${field ? fieldHeading(field, lang) : name}${w.colon}${text}`;
    }
    parts.push(opts.withFields ? `${cut(name, VALUE_CHARS)}${w.colon}${text}` : text);
  }
  const search = view.search.trim();
  if (search !== '') parts.push(w.search(cut(search, VALUE_CHARS)));
  return parts;
};

/** Joins parts with `separator`, keeping within MAX_FILTER_TEXT by naming how many parts were left out. */
const joinWithin = (parts: readonly string[], separator: string, lang: Lang): string => {
  const all = parts.join(separator);
  if (all.length <= MAX_FILTER_TEXT) return all;
  const kept: string[] = [];
  for (const part of parts) {
    const tail = WORDS[lang].moreFilters(parts.length - kept.length - 1);
    if ([...kept, part].join(separator).length + separator.length + tail.length > MAX_FILTER_TEXT) break;
    kept.push(part);
  }
  return `${[...kept, WORDS[lang].moreFilters(parts.length - kept.length)].join(separator)}`;
};

const sortPart = (dataset: Pick<Dataset, 'fields'>, view: Pick<ViewState, 'sort'>, lang: Lang): string | null => {
  if (!view.sort) return null;
  const field = dataset.fields.find((f) => f.key === view.sort?.field);
  return WORDS[lang].sorted(inSentence(cut(field ? field.label[lang] : view.sort.field, VALUE_CHARS)), view.sort.dir);
};

/**
 * Which rows a view shows, with each filter's field named: "Country: Kenya and Ukraine; Health
 * assessments: 20,000 or more; sorted by health assessments (descending)". Empty when the view
 * shows every row in the dataset's order. Never longer than MAX_FILTER_TEXT.
 */
export const describeFilters = (dataset: Pick<Dataset, 'fields'>, view: Pick<ViewState, 'filters' | 'search' | 'sort'>, lang: Lang): string => {
  const sort = sortPart(dataset, view, lang);
  // French sets a space before the semicolon.
  return joinWithin([...filterParts(dataset, view, lang, { withFields: true }), ...(sort ? [sort] : [])], lang === 'fr' ? ' ; ' : '; ', lang);
};

/**
 * The subtitle of an exported figure: the filters and sort in words ("Pakistan, Ukraine and 3 more
 * · 2012–2014 · sorted by amount"), or, when nothing is filtered, the dataset's period and what is
 * measured in which unit ("2010 – 2014 · Movements (people)"). Never longer than MAX_FILTER_TEXT.
 */
export const viewSubtitle = (
  dataset: Pick<Dataset, 'fields' | 'period'>,
  view: Pick<ViewState, 'filters' | 'search' | 'sort'>,
  lang: Lang,
  measure: Field | null,
): string => {
  const filters = filterParts(dataset, view, lang, { withFields: false });
  const context = filters.length > 0 ? filters : [dataset.period.label[lang], ...(measure ? [fieldHeading(measure, lang)] : [])];
  const sort = sortPart(dataset, view, lang);
  return joinWithin([...context, ...(sort ? [sort] : [])], ' · ', lang);
};
