import type { LegendItem } from './legend';

/**
 * The chart's legend as an HTML list: readable by screen readers, and drawn into image exports
 * (`data-export-legend`, see export/legend-svg.ts). It replaces recharts' <Legend>, whose size
 * measurement made every chart lay itself out twice when mounted (bench/, metric 7).
 */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="html-legend" data-export-legend="">
      {items.map((item) => (
        <li key={item.key}>
          <svg className="swatch" width="12" height="12" aria-hidden="true">
            <rect width="12" height="12" fill={item.colour} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
