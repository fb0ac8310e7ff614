import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset, Row } from '../../../../shared/dataset';
import type { ViewState } from '../../../../shared/view-state';
import { buildSeries, resolveChart } from '../../../../shared/view/chart';
import { mixedUnits, totalsMakeSense } from '../../../../shared/view/totals';
import type { Lang } from '../../../../shared/view/fields';
import { useElementWidth } from '../../hooks/useElementWidth';
import { useViewDispatch } from '../explorer/dispatch';
import { ChartControls } from './ChartControls';
import { ChartDataTable } from './ChartDataTable';
import { ChartFigure } from './ChartFigure';
import { summarizeChart } from './summary';
import { markFirstChart } from './first-chart-mark';

type Props = { dataset: Dataset; rows: readonly Row[]; view: ViewState; lang: Lang };

// Room under the plot for its legend and the "describe" and data links.
const BELOW_PLOT = 96;
/** The plot height that keeps the chart's axis above the fold, from where its box starts. */
const fitHeight = (box: HTMLElement): number => {
  const content = box.closest('.content');
  const top = box.getBoundingClientRect().top - (content?.getBoundingClientRect().top ?? 0) + (content?.scrollTop ?? 0);
  const visible = content?.clientHeight ?? window.innerHeight;
  return visible - top - BELOW_PLOT;
};

/**
 * `fitHeight`, measured before paint and again whenever the scrolling column resizes (a taller or
 * shorter window), never read during render.
 */
const useFitHeight = (box: HTMLElement | null, width: number | null): number | undefined => {
  const [height, setHeight] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    if (box === null) return;
    const measure = () => setHeight(fitHeight(box));
    measure();
    const column = box.closest('.content');
    if (column === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(column);
    return () => observer.disconnect();
    // The width changes when controls above the box rewrap, which moves its top.
  }, [box, width]);
  return height;
};

/** The Chart tab (lazy-loaded with recharts): controls, figure, text summary and the data as a table. */
export default function ChartPanel({ dataset, rows, view, lang }: Props) {
  const { t } = useTranslation();
  const dispatch = useViewDispatch();
  const { attach: attachBox, element: box, width } = useElementWidth(720);
  const plotHeight = useFitHeight(box, width);
  // The summary is always read by screen readers; sighted users open it when they want it in words.
  const [describe, setDescribe] = useState(false);
  const spec = useMemo(() => resolveChart(dataset, rows, view.chart, lang), [dataset, rows, view.chart, lang]);
  // The plot is the figure minus axis labels; budgeting on the whole width would over-estimate little.
  // Nothing is built before the box is measured (just before the first paint).
  const series = useMemo(
    () =>
      spec && width !== null
        ? buildSeries(dataset, rows, spec, { plotWidth: width - 80, otherLabel: t('chart.other'), lang })
        : null,
    [dataset, rows, spec, width, t, lang],
  );
  useEffect(() => markFirstChart(box), [series, box]);
  if (spec === null) return <p className="empty">{t('chart.nothing')}</p>;
  // Bars of families next to bars of people would compare what cannot be compared.
  const mixed = mixedUnits(dataset, rows);
  if (mixed !== null)
    return <p className="empty">{t('chart.mixedUnits', { field: mixed.field.label[lang], units: mixed.units.join(', ') })}</p>;
  const summary = series === null ? '' : summarizeChart(series, spec, lang, t, totalsMakeSense(dataset, rows));
  const select = (rowIds: readonly string[]) => {
    const first = rowIds[0];
    if (first !== undefined) dispatch({ type: 'select', rowId: first });
  };
  return (
    <div className="chart-panel">
      <ChartControls dataset={dataset} spec={spec} lang={lang} />
      <p className={describe ? 'chart-summary' : 'chart-summary visually-hidden'} id="chart-summary">
        {summary}
      </p>
      <div ref={attachBox} className="chart-box">
        {rows.length === 0 ? (
          <p className="empty">{t('chart.noRows')}</p>
        ) : (
          series !== null &&
          width !== null && (
            <ChartFigure
              series={series}
              spec={spec}
              width={width}
              lang={lang}
              selectedRowId={view.selectedRowId}
              onSelectRows={select}
              title={summary}
              height={plotHeight}
            />
          )
        )}
      </div>
      <button type="button" className="link chart-describe" aria-expanded={describe} aria-controls="chart-summary" onClick={() => setDescribe(!describe)}>
        {describe ? t('chart.hideDescription') : t('chart.showDescription')}
      </button>
      {series !== null && <ChartDataTable series={series} spec={spec} lang={lang} onSelectRows={select} />}
    </div>
  );
}
