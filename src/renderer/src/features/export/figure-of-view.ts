import type { Dataset, Field, Row } from '../../../../shared/dataset';
import type { ExportedFigure } from '../../../../shared/export/file-name';
import type { ViewState } from '../../../../shared/view-state';
import { resolveChart } from '../../../../shared/view/chart';
import { measureFields, type Lang } from '../../../../shared/view/fields';
import { availableMapModes, resolveMapMode } from '../../../../shared/view/map-data';

/** What the view's tab draws, as exports name it (a chart's resolved type, a map's mode). */
export const figureOfView = (dataset: Dataset, rows: readonly Row[], view: ViewState, lang: Lang): ExportedFigure => {
  if (view.tab === 'chart') return { tab: 'chart', type: resolveChart(dataset, rows, view.chart, lang)?.type ?? 'bar' };
  if (view.tab === 'map') return { tab: 'map', mode: resolveMapMode(availableMapModes(dataset, true), view.map.mode) ?? 'choropleth' };
  return { tab: 'table' };
};

/** The measure the chart and map show: the view's choice, else the dataset's first. */
export const measureOf = (dataset: Pick<Dataset, 'fields'>, view: ViewState | null): Field | null => {
  const measures = measureFields(dataset);
  return measures.find((f) => f.key === view?.chart.measure) ?? measures[0] ?? null;
};
