import type { Localized } from './dataset';
import type { ViewState } from './view-state';
import { defaultViewState } from './default-view-state';

/**
 * The report's own charts and tables, as views. Encodings left null are chosen automatically
 * (the dataset's first measure, time or text dimension); only what the report shows is fixed.
 */
export type Preset = {
  id: string;
  datasetId: string;
  title: Localized;
  /** Report line of the figure's title, for the source panel and the preset list. */
  line: number;
  view: Partial<Pick<ViewState, 'tab' | 'sort' | 'filters'>> & {
    chart?: Partial<ViewState['chart']>;
    map?: Partial<ViewState['map']>;
  };
};

export const PRESETS: readonly Preset[] = [
  {
    id: 'thematic-breakdown',
    datasetId: 'contributions-by-theme',
    title: { en: 'Thematic breakdown 2010–2015', fr: 'Répartition thématique 2010–2015' },
    line: 70,
    view: { tab: 'chart', chart: { type: 'treemap' } },
  },
  {
    id: 'agency-breakdown',
    datasetId: 'contributions-by-agency',
    title: { en: 'Agency breakdown 2010–2015', fr: 'Répartition par organisme 2010–2015' },
    line: 149,
    view: { tab: 'chart', chart: { type: 'pie' }, sort: { field: 'amount', dir: 'desc' } },
  },
  {
    id: 'geographic-breakdown',
    datasetId: 'contributions-by-region',
    title: { en: 'Geographic breakdown 2010–2015', fr: 'Répartition géographique 2010–2015' },
    line: 182,
    view: { tab: 'chart', chart: { type: 'donut' }, sort: { field: 'amount', dir: 'desc' } },
  },
  {
    id: 'humanitarian-initiatives-map',
    datasetId: 'humanitarian-initiatives',
    title: { en: 'Humanitarian initiatives 2010–2015', fr: 'Initiatives humanitaires 2010–2015' },
    line: 357,
    view: { tab: 'map', map: { mode: 'symbols' } },
  },
  {
    id: 'assisted-movements-by-year',
    datasetId: 'assisted-movements-by-year',
    title: { en: 'Assisted movements 2010–2014', fr: 'Mouvements assistés 2010–2014' },
    line: 882,
    // Printed as a table (year × refugee / public policy / total); its chart is the two parts stacked.
    view: { tab: 'table', chart: { type: 'stacked' } },
  },
  {
    id: 'assisted-movements-by-age',
    datasetId: 'assisted-movements-by-age',
    title: { en: 'Assisted movements by age 2010–2014', fr: 'Mouvements assistés par âge 2010–2014' },
    line: 878,
    view: { tab: 'chart', chart: { type: 'bar' } },
  },
  {
    id: 'health-assessments-map',
    datasetId: 'health-assessments',
    title: { en: 'Health assessments by country', fr: 'Évaluations sanitaires par pays' },
    line: 938,
    view: { tab: 'map', map: { mode: 'choropleth' }, sort: null },
  },
];

export const presetsFor = (datasetId: string): Preset[] => PRESETS.filter((p) => p.datasetId === datasetId);

export const findPreset = (id: string | null): Preset | undefined => (id === null ? undefined : PRESETS.find((p) => p.id === id));

/** The full view a preset stands for. */
export const presetView = (preset: Preset): ViewState => {
  const base = defaultViewState(preset.datasetId);
  return {
    ...base,
    ...preset.view,
    chart: { ...base.chart, ...preset.view.chart },
    map: { ...base.map, ...preset.view.map },
    presetId: preset.id,
  };
};

/**
 * Whether the view still shows the preset's data as printed: which value is selected and which tab
 * shows it (the same figure as a table) do not count as changes.
 */
export const matchesPreset = (view: ViewState, preset: Preset): boolean => {
  const expected = presetView(preset);
  return canonical({ ...view, selectedRowId: null, tab: null }) === canonical({ ...expected, selectedRowId: null, tab: null });
};

/** JSON with object keys sorted, so key order never makes two equal views differ. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
