import { useEffect, useMemo } from 'react';
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

/** The Chart tab (lazy-loaded with recharts): controls, figure, text summary and the data as a table. */
export default function ChartPanel({ dataset, rows, view, lang }: Props) {
  const { t } = useTranslation();
  const dispatch = useViewDispatch();
  const { attach: attachBox, element: box, width } = useElementWidth(720);
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
      <p className="chart-summary" id="chart-summary">
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
            />
          )
        )}
      </div>
      {series !== null && <ChartDataTable series={series} spec={spec} lang={lang} onSelectRows={select} />}
    </div>
  );
}
