import { useTranslation } from 'react-i18next';
import { findPreset, matchesPreset, presetsFor, presetView, type Preset } from '../../../../shared/presets';
import type { ViewState } from '../../../../shared/view-state';
import type { Lang } from '../../../../shared/view/fields';
import { useViewDispatch } from '../explorer/dispatch';

/** The report's own figures for this dataset, and the way back to one after changing the view. */
export function PresetBar({ view, lang }: { view: ViewState; lang: Lang }) {
  const { t } = useTranslation();
  const dispatch = useViewDispatch();
  const presets = presetsFor(view.datasetId);
  const active = findPreset(view.presetId);
  const apply = (p: Preset) => dispatch({ type: 'replace', view: { ...presetView(p), selectedRowId: view.selectedRowId } });
  if (presets.length === 0 && !active) return null;
  const unchanged = active !== undefined && matchesPreset(view, active);
  return (
    <div className="preset-bar" role="group" aria-label={t('presets.heading')}>
      {active && unchanged && (
        <span className="preset-status">{`${active.title[lang]} · ${t('presets.current', { line: active.line })}`}</span>
      )}
      {active && !unchanged && (
        <>
          <span className="preset-status">{t('presets.edited', { title: active.title[lang] })}</span>
          <button type="button" onClick={() => apply(active)}>
            {t('presets.reset')}
          </button>
        </>
      )}
      {!active &&
        presets.map((p) => (
          <button type="button" key={p.id} onClick={() => apply(p)}>
            {t('presets.show', { title: p.title[lang] })}
          </button>
        ))}
    </div>
  );
}
