import type { Dataset } from '../dataset';
import { cellText, normalizeForSearch } from './rows';
import { rowLabel, type Lang } from './fields';

export type SearchHit =
  | { kind: 'dataset'; datasetId: string; title: string }
  | { kind: 'row'; datasetId: string; datasetTitle: string; rowId: string; label: string; matched: string };

type Entry = { hit: SearchHit; text: string; values: string[] };

export type SearchIndex = { entries: Entry[] };

/** One entry per dataset (title, description, section) and one per row (every value, both languages). */
export const buildSearchIndex = (datasets: readonly Dataset[], lang: Lang): SearchIndex => {
  const entries: Entry[] = [];
  for (const ds of datasets) {
    const title = ds.title[lang];
    const meta = [
      ds.title.en,
      ds.title.fr,
      ds.description.en,
      ds.description.fr,
      ds.section.title.en,
      ds.section.title.fr,
      ds.period.label[lang],
    ];
    entries.push({ hit: { kind: 'dataset', datasetId: ds.id, title }, text: normalizeForSearch(meta.join(' ')), values: [] });
    for (const row of ds.rows) {
      const values = ds.fields.map((f) => cellText(row.values[f.key])).filter((v) => v !== '');
      entries.push({
        hit: { kind: 'row', datasetId: ds.id, datasetTitle: title, rowId: row.id, label: rowLabel(ds, row, lang), matched: '' },
        text: normalizeForSearch(values.join(' ')),
        values,
      });
    }
  }
  return { entries };
};

/**
 * Entries containing every word of the query (accents, case and thousands separators ignored, so
 * "47,294" finds 47294). Datasets come first; a row hit says which of its values matched.
 */
export const searchIndex = (index: SearchIndex, query: string, limit = 30): SearchHit[] => {
  const words = normalizeForSearch(query.trim())
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [];
  const datasets: SearchHit[] = [];
  const rows: SearchHit[] = [];
  for (const e of index.entries) {
    if (!words.every((w) => e.text.includes(w))) continue;
    if (e.hit.kind === 'dataset') datasets.push(e.hit);
    else if (rows.length < limit) {
      const matched = e.values.find((v) => words.some((w) => normalizeForSearch(v).includes(w))) ?? '';
      rows.push({ ...e.hit, matched });
    }
  }
  return [...datasets, ...rows].slice(0, limit);
};
