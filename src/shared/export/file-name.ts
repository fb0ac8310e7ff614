import type { ChartType, MapMode } from '../view-state';
import type { Lang } from '../view/fields';

/** What an export shows, as its file name says it: "map", "bar-chart", "table"… */
export type ExportedFigure = { tab: 'table' } | { tab: 'chart'; type: ChartType } | { tab: 'map'; mode: MapMode };

const MAP_WORDS: Record<MapMode, string> = { choropleth: 'map', symbols: 'symbol-map', regions: 'region-map' };

/** The slug main's channels accept as a file-name base ("health-assessments_map_en"). */
export const BASE_NAME_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
export const MAX_BASE_NAME = 120;

export const figureWord = (figure: ExportedFigure): string =>
  figure.tab === 'table' ? 'table' : figure.tab === 'map' ? MAP_WORDS[figure.mode] : figure.type === 'treemap' ? 'treemap' : `${figure.type}-chart`;

/**
 * The start of an export's file name: dataset, what it shows, language ("health-assessments_map_en").
 * Main adds the date and, when that name is taken in the folder, a counter (src/main/exports).
 */
export const exportBaseName = (datasetId: string, figure: ExportedFigure, lang: Lang): string =>
  `${datasetId}_${figureWord(figure)}_${lang}`;
