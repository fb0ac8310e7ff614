import type { Localized } from '../dataset';
import type { Lang } from '../lang';
import type { ViewState } from '../view-state';
import { countryName } from '../countries';

/**
 * Words that tell saved views apart without opening them: what kind of figure a view is ("map",
 * "bar chart") and a suggested name ("Health assessments — map — Pakistan, Ukraine +3"). Plain text in
 * both languages, so the save dialog, the saved-view cards and the start screen say the same thing.
 */
const KIND = {
  en: {
    table: 'table',
    chart: 'chart',
    map: 'map',
    charts: { bar: 'bar chart', column: 'column chart', stacked: 'stacked bars', line: 'line chart', pie: 'pie chart', donut: 'donut chart', treemap: 'treemap' },
    maps: { choropleth: 'map of shaded countries', symbols: 'map of circles', regions: 'map of report regions' },
  },
  fr: {
    table: 'tableau',
    chart: 'graphique',
    map: 'carte',
    charts: { bar: 'barres horizontales', column: 'barres verticales', stacked: 'barres empilées', line: 'courbes', pie: 'secteurs', donut: 'anneau', treemap: 'carte proportionnelle' },
    maps: { choropleth: 'carte des pays colorés', symbols: 'carte à cercles', regions: 'carte des régions du rapport' },
  },
} as const;

/** "table", "bar chart", "map of circles"…; a chart or map left on "automatic" is just "chart" / "map". */
export const viewKind = (view: Pick<ViewState, 'tab' | 'chart' | 'map'>, lang: Lang): string => {
  const w = KIND[lang];
  if (view.tab === 'chart') return view.chart.type ? w.charts[view.chart.type] : w.chart;
  if (view.tab === 'map') return view.map.mode ? w.maps[view.map.mode] : w.map;
  return w.table;
};

/** The short tab word ("map"), as the suggested name uses it. */
export const tabWord = (view: Pick<ViewState, 'tab'>, lang: Lang): string => KIND[lang][view.tab];

/** The longest name a saved view may have. */
export const VIEW_NAME_MAX = 100;

/** "Name", "Name (2)", "Name (3)"…: the first that is not taken (case-insensitively). */
export const uniqueName = (wanted: string, taken: Iterable<string>): string => {
  const used = new Set([...taken].map((n) => n.toLocaleLowerCase()));
  if (!used.has(wanted.toLocaleLowerCase())) return wanted;
  const base = wanted.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, VIEW_NAME_MAX - suffix.length)}${suffix}`;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
};

/** Values named in a suggested name before "+N". */
const NAMED_VALUES = 2;
/** A suggested name stays well within the 100 characters a name may have. */
const NAME_MAX = 90;

/** The filter values a view picks, countries in the language on screen ("Éthiopie"). */
const pickedValues = (view: Pick<ViewState, 'filters'>, lang: Lang): string[] =>
  view.filters.flatMap((f) => (f.kind === 'values' ? f.values.map((v) => countryName(v, lang)) : []));

/**
 * A name for the view on screen: dataset title — tab — the values it is filtered to
 * ("Health assessments — map — Pakistan, Ukraine +3"). The user can type over it.
 */
export const suggestViewName = (title: Localized | null, view: Pick<ViewState, 'tab' | 'filters' | 'datasetId'>, lang: Lang): string => {
  const values = pickedValues(view, lang);
  const named = values.slice(0, NAMED_VALUES).join(', ');
  const rest = values.length - NAMED_VALUES;
  const parts = [title ? title[lang] : view.datasetId, tabWord(view, lang), ...(named ? [rest > 0 ? `${named} +${rest}` : named] : [])];
  const name = parts.join(' — ');
  return name.length <= NAME_MAX ? name : `${name.slice(0, NAME_MAX - 1).trimEnd()}…`;
};
