import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import type { Dataset, Field, Row } from '../dataset';
import { countryName } from '../countries';
import { isCountryField } from './country-text';
import { cellText, normalizeForSearch } from './rows';
import { measureFields, rowLabel, type Lang } from './fields';

/** One row that matched, with the value that matched; identical rows of a dataset are merged (count). */
export type RowHit = { rowId: string; label: string; matched: string; count: number };
/** A dataset's results: whether its title or description matched, and its best rows, best first. */
export type SearchGroup = { datasetId: string; title: string; titleMatched: boolean; rows: RowHit[]; moreRows: number };
export type SearchOutcome = { groups: SearchGroup[]; suggestion: string | null };

type Doc = { id: number; title?: string; about?: string; text?: string };
type Value = { display: string; terms: ReadonlySet<string> };
type DocInfo = { datasetId: string; rowId: string | null; label: string; values: Value[]; figure?: string };

export type SearchIndex = { mini: MiniSearch<Doc>; docs: DocInfo[]; titles: ReadonlyMap<string, string> };

const TOKEN = /\d+(?:\.\d+)?|[\p{L}\p{N}]+/gu;

/**
 * Words and numbers of a text as the index keeps them: accents, case and thousands separators gone
 * ("47 294", "47,294" → 47294), a French decimal comma read as a point ("101,8" → 101.8).
 */
export const searchTerms = (text: string): string[] =>
  normalizeForSearch(text)
    .replace(/(\d),(\d)/g, '$1.$2')
    .match(TOKEN) ?? [];

const isCountry = isCountryField;

/** What a cell shows (a country in the language on screen) and every term it can be found by. */
const cellValues = (field: Field, row: Row, lang: Lang): Value[] => {
  const raw = row.values[field.key];
  const items = Array.isArray(raw) ? raw : [raw];
  return items.flatMap((item) => {
    const text = cellText(item);
    if (text === '') return [];
    if (!isCountry(field)) return [{ display: text, terms: new Set(searchTerms(text)) }];
    const names = [text, countryName(text, 'en'), countryName(text, 'fr')];
    return [{ display: countryName(text, lang), terms: new Set(names.flatMap(searchTerms)) }];
  });
};

/** A row's label with a country named in the language on screen. */
const labelOf = (ds: Dataset, row: Row, lang: Lang): string => {
  const label = rowLabel(ds, row, lang);
  return ds.fields.some((f) => isCountry(f) && row.values[f.key] === label) ? countryName(label, lang) : label;
};

const fuzzyFor = (term: string) => (/\d/.test(term) || term.length < 4 ? false : 0.2);
const searchOptions = {
  combineWith: 'AND' as const,
  // While typing, the last word is usually unfinished; earlier ones are whole.
  prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1,
  fuzzy: fuzzyFor,
  // A dataset's title weighs most; its description least (it mentions many countries in passing).
  boost: { title: 3, about: 0.5 },
};

const emptyIndex = (): SearchIndex => ({
  mini: new MiniSearch<Doc>({
    fields: ['title', 'about', 'text'],
    tokenize: searchTerms,
    processTerm: (term) => term,
    searchOptions: { ...searchOptions, tokenize: searchTerms, processTerm: (term: string) => term },
  }),
  docs: [],
  titles: new Map<string, string>(),
});

const addDataset = ({ mini, docs, titles }: SearchIndex, ds: Dataset, lang: Lang): void => {
  const add = (info: DocInfo, doc: Omit<Doc, 'id'>) => {
    mini.add({ id: docs.length, ...doc });
    docs.push(info);
  };
  (titles as Map<string, string>).set(ds.id, ds.title[lang]);
  const meta = [ds.description.en, ds.description.fr, ds.section.title.en, ds.section.title.fr, ds.period.label[lang]];
  add({ datasetId: ds.id, rowId: null, label: ds.title[lang], values: [] }, { title: `${ds.title.en} ${ds.title.fr}`, about: meta.join(' ') });
  const measures = measureFields(ds);
  for (const row of ds.rows) {
    const values = ds.fields.flatMap((f) => cellValues(f, row, lang));
    const text = values.flatMap((v) => [...v.terms]).join(' ');
    const figure = measures.map((f) => row.values[f.key]).find((v) => typeof v === 'number');
    add(
      { datasetId: ds.id, rowId: row.id, label: labelOf(ds, row, lang), values, ...(figure === undefined ? {} : { figure: String(figure) }) },
      { text },
    );
  }
};

/**
 * One document per dataset (titles, descriptions and section in both languages) and one per row
 * (every value, countries under their English and French names and code). Titles shown are in `lang`.
 */
export const buildSearchIndex = (datasets: readonly Dataset[], lang: Lang): SearchIndex => {
  const index = emptyIndex();
  for (const ds of datasets) addDataset(index, ds, lang);
  return index;
};

/**
 * The same index built a dataset at a time, giving the event loop a turn between datasets: built in
 * one go it was a 55–75 ms task on the page's main thread, right when the user started typing (bench
 * metric 7).
 */
export const buildSearchIndexInSlices = async (datasets: readonly Dataset[], lang: Lang): Promise<SearchIndex> => {
  const index = emptyIndex();
  for (const ds of datasets) {
    addDataset(index, ds, lang);
    await new Promise((resolve) => setTimeout(resolve));
  }
  return index;
};

/**
 * What to show beside a row's label: the value it was found by when that is not the label itself,
 * otherwise the row's figure (so "Haiti" reads "Haiti: 1,200", not just "Haiti").
 */
const matchedValue = (info: DocInfo, result: MiniResult): string => {
  const terms = new Set(result.terms);
  const found = info.values.find((v) => v.display !== info.label && [...v.terms].some((t) => terms.has(t)));
  return found?.display ?? info.figure ?? '';
};

/** Groups hits by dataset (best dataset first), merging rows that read the same. */
const group = (index: SearchIndex, results: readonly MiniResult[], rowsPerGroup: number): SearchGroup[] => {
  const groups = new Map<string, SearchGroup & { seen: Map<string, RowHit> }>();
  for (const r of results) {
    const info = index.docs[r.id as number];
    if (info === undefined) continue;
    const g = groups.get(info.datasetId) ?? {
      datasetId: info.datasetId,
      title: index.titles.get(info.datasetId) ?? info.datasetId,
      titleMatched: false,
      rows: [],
      moreRows: 0,
      seen: new Map<string, RowHit>(),
    };
    groups.set(info.datasetId, g);
    if (info.rowId === null) {
      g.titleMatched = true;
      continue;
    }
    const matched = matchedValue(info, r);
    const key = `${info.label}\u0000${matched}`;
    const same = g.seen.get(key);
    if (same) same.count += 1;
    else if (g.rows.length < rowsPerGroup) {
      const hit = { rowId: info.rowId, label: info.label, matched, count: 1 };
      g.seen.set(key, hit);
      g.rows.push(hit);
    } else g.moreRows += 1;
  }
  return [...groups.values()].map(({ seen: _seen, ...g }) => g);
};

/**
 * Datasets and rows holding every word of the query, forgiving a typo in words of four letters or
 * more and finishing the last word as it is typed; numbers must match exactly. When nothing is found,
 * a looser match offers a suggestion to try instead.
 */
export const searchIndex = (index: SearchIndex, query: string, rowsPerGroup = 5): SearchOutcome => {
  if (searchTerms(query).length === 0) return { groups: [], suggestion: null };
  const results = index.mini.search(query);
  if (results.length > 0) return { groups: group(index, results, rowsPerGroup), suggestion: null };
  const [best] = index.mini.autoSuggest(query, { combineWith: 'OR', prefix: true, fuzzy: (t) => (/\d/.test(t) ? false : 0.34) });
  return { groups: [], suggestion: best?.suggestion ?? null };
};
