import { useTranslation } from 'react-i18next';
import type { SavedViewsStore } from './store';
import { useSavedViews } from './useSavedViews';
import './saved-views.css';

/** "Open views…" / "Share views…" (all of them) through main's file dialogs. Outcomes show in the panel. */
export function ViewFileButtons({ store: given }: { store?: SavedViewsStore }) {
  const { t } = useTranslation();
  const { store, state } = useSavedViews(given);
  const readOnly = state.snapshot?.readOnly ?? false;
  const none = (state.snapshot?.views.length ?? 0) === 0;
  return (
    <>
      <button
        type="button"
        className="sv-toolbar-button"
        disabled={readOnly}
        title={readOnly ? t('savedViews.readOnly') : undefined}
        onClick={() => void store.importFile()}
      >
        {t('savedViews.importViews')}
      </button>
      <button type="button" className="sv-toolbar-button" disabled={none} onClick={() => void store.exportFile()}>
        {t('savedViews.exportViews')}
      </button>
    </>
  );
}
