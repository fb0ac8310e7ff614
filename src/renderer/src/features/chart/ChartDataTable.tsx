import { useTranslation } from 'react-i18next';
import type { ChartSeries, ChartSpec, TreeNode } from '../../../../shared/view/chart';
import type { Lang } from '../../../../shared/view/fields';
import { formatNumber } from '../../components/format';
import { fieldHeading } from '../../../../shared/units';

type Props = { series: ChartSeries; spec: ChartSpec; lang: Lang; onSelectRows: (rowIds: readonly string[]) => void };

type Line = { key: string; label: string; cells: (number | null)[]; rowIds: readonly string[]; depth: number };

const flattenTree = (nodes: TreeNode[], depth = 0): Line[] =>
  nodes.flatMap((n) => [
    { key: n.key, label: n.label, cells: [n.value], rowIds: n.rowIds, depth },
    ...flattenTree(n.children, depth + 1),
  ]);

/** The chart's numbers as a table: the accessible alternative to the picture, one button per mark. */
export function ChartDataTable({ series, spec, lang, onSelectRows }: Props) {
  const { t } = useTranslation();
  let columns: string[];
  let lines: Line[];
  switch (series.kind) {
    case 'categories':
      columns = [fieldHeading(spec.measure, lang)];
      lines = series.categories.map((c) => ({ key: c.key, label: c.label, cells: [c.value], rowIds: c.rowIds, depth: 0 }));
      break;
    case 'stacked':
      columns = series.segments.map((s) => s.label);
      lines = series.categories.map((c) => ({
        key: c.key,
        label: c.label,
        cells: series.segments.map((s) => c.values[s.key] ?? null),
        rowIds: c.rowIds,
        depth: 0,
      }));
      break;
    case 'lines': {
      columns = series.lines.map((l) => l.label);
      const xs = [...new Set(series.lines.flatMap((l) => l.points.map((p) => p.x)))].sort((a, b) => a - b);
      lines = xs.map((x) => ({
        key: String(x),
        label: String(x),
        cells: series.lines.map((l) => l.points.find((p) => p.x === x)?.y ?? null),
        rowIds: series.lines.flatMap((l) => l.points.find((p) => p.x === x)?.rowIds ?? []),
        depth: 0,
      }));
      break;
    }
    case 'tree':
      columns = [fieldHeading(spec.measure, lang)];
      lines = flattenTree(series.nodes);
      break;
    default: {
      const exhaustive: never = series;
      return exhaustive;
    }
  }
  return (
    <details className="chart-data">
      <summary>{t('chart.dataTable')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{spec.dimension.label[lang]}</th>
            {columns.map((c) => (
              <th scope="col" key={c} className="num">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.key}>
              <th scope="row" style={{ paddingInlineStart: `${0.5 + l.depth * 1.25}rem` }}>
                {l.rowIds.length > 0 ? (
                  <button
                    type="button"
                    className="link"
                    onClick={() => onSelectRows(l.rowIds)}
                    aria-label={t('chart.select', { label: l.label })}
                  >
                    {l.label}
                  </button>
                ) : (
                  l.label
                )}
              </th>
              {l.cells.map((v, i) => (
                <td key={i} className="num">
                  {v === null ? '—' : formatNumber(v, lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
