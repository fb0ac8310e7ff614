import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../../shared/dataset';
import type { ChartSpec } from '../../../../shared/view/chart';
import { dimensionFields, measureFields, type Lang } from '../../../../shared/view/fields';
import { fieldHeading } from '../../../../shared/units';
import { useViewDispatch } from '../explorer/dispatch';

/** Chart type, measure, category and (for stacked bars and lines) the split: only choices that suit the data. */
export function ChartControls({ dataset, spec, lang }: { dataset: Dataset; spec: ChartSpec; lang: Lang }) {
  const { t } = useTranslation();
  const dispatch = useViewDispatch();
  const measures = measureFields(dataset);
  const dims = dimensionFields(dataset, lang).filter((f) => f.type !== 'list');
  const stackable = dims.filter((f) => f.key !== spec.dimension.key && f.type !== 'year' && f.type !== 'date');
  return (
    <div className="chart-controls">
      <label>
        {t('chart.type')}
        <select
          value={spec.type}
          onChange={(e) =>
            dispatch({ type: 'chart', patch: { type: spec.types.find((x) => x === e.currentTarget.value) ?? null } })
          }
        >
          {spec.types.map((type) => (
            <option key={type} value={type}>
              {t(`chart.types.${type}`)}
            </option>
          ))}
        </select>
      </label>
      {measures.length > 1 && (
        <label>
          {t('chart.measure')}
          <select
            value={spec.measure.key}
            onChange={(e) => dispatch({ type: 'chart', patch: { measure: e.currentTarget.value } })}
          >
            {measures.map((f) => (
              <option key={f.key} value={f.key}>
                {fieldHeading(f, lang)}
              </option>
            ))}
          </select>
        </label>
      )}
      {spec.type !== 'treemap' && dims.length > 1 && (
        <label>
          {t('chart.dimension')}
          <select
            value={spec.dimension.key}
            onChange={(e) => dispatch({ type: 'chart', patch: { dimension: e.currentTarget.value } })}
          >
            {dims.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label[lang]}
              </option>
            ))}
          </select>
        </label>
      )}
      {(spec.type === 'stacked' || spec.type === 'line') && stackable.length > 0 && (
        <label>
          {t('chart.stack')}
          <select
            value={spec.stack?.key ?? ''}
            onChange={(e) =>
              dispatch({ type: 'chart', patch: { stack: e.currentTarget.value === '' ? null : e.currentTarget.value } })
            }
          >
            {spec.type === 'line' && <option value="">{t('chart.noStack')}</option>}
            {stackable.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label[lang]}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
