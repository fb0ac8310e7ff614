import { useTranslation } from 'react-i18next';
import type { MapMode } from '../../../../shared/view-state';
import { NoDataPattern } from './NoDataPattern';
import { symbolRadius } from '../../../../shared/view/map-data';
import { useMapPalette } from './palette';

type Props = { mode: MapMode; thresholds: readonly number[]; maxValue: number; format: (v: number) => string; unit: string };

/** Binned classes (or reference circles) plus the "no data" swatch, as a list screen readers can read; image exports draw it too (`data-export-legend`). */
export function MapLegend({ mode, thresholds, maxValue, format, unit }: Props) {
  const { t } = useTranslation();
  const pal = useMapPalette();
  const classes =
    thresholds.length === 0
      ? []
      : [
          t('map.below', { value: format(thresholds[0] ?? 0) }),
          ...thresholds.slice(1).map((to, i) => t('map.between', { from: format(thresholds[i] ?? 0), to: format(to) })),
          t('map.above', { value: format(thresholds[thresholds.length - 1] ?? 0) }),
        ];
  const refs = [maxValue, maxValue / 4, maxValue / 16].filter((v) => v > 0);
  return (
    <div className="map-legend" data-export-legend="">
      <h3>
        {t('map.legend')}
        {unit ? ` (${unit})` : ''}
      </h3>
      <ul>
        {mode !== 'symbols' &&
          classes.map((label, i) => (
            <li key={label}>
              <svg width="18" height="14" aria-hidden="true">
                <rect width="18" height="14" fill={pal.sequential(i)} stroke={pal.swatchEdge} />
              </svg>
              {label}
            </li>
          ))}
        {mode === 'symbols' &&
          refs.map((v) => {
            const r = symbolRadius(v, maxValue, 28);
            return (
              <li key={v}>
                <svg width={60} height={2 * r + 2} aria-hidden="true">
                  <circle cx={30} cy={r + 1} r={r} fill={pal.symbol} fillOpacity={0.6} stroke={pal.border} />
                </svg>
                {format(v)}
              </li>
            );
          })}
        <li>
          <svg width="18" height="14" aria-hidden="true">
            <rect width="18" height="14" fill="url(#no-data-legend)" stroke={pal.swatchEdge} />
            <defs>
              <NoDataPattern id="no-data-legend" fill={pal.noData} hatch={pal.hatch} />
            </defs>
          </svg>
          {t('map.noData')}
        </li>
      </ul>
    </div>
  );
}
