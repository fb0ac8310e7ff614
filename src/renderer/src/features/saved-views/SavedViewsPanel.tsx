import { useTranslation } from 'react-i18next';
import { defaultViewState } from '../../../../shared/default-view-state';
import { useExplorer } from '../explorer/context';
import { FeedbackLine, StoreNotices } from './Notices';
import { SavedViewItem } from './SavedViewItem';
import { defaultSavedViewsStore, type SavedViewsStore, type ViewsApi } from './store';
import { useLastSession } from './useLastSession';
import { useSavedViews } from './useSavedViews';
import { ViewFileButtons } from './ViewFileButtons';
import './saved-views.css';

type Props = { store?: SavedViewsStore; sessionApi?: Pick<ViewsApi, 'getStartupView' | 'saveLastView'> };

/** The "Saved views" side panel; it also restores the startup view and records the session's view. */
export function SavedViewsPanel({ store: given, sessionApi }: Props) {
  const { t } = useTranslation();
  const { view, setView } = useExplorer();
  const { store, state } = useSavedViews(given ?? defaultSavedViewsStore());
  useLastSession(sessionApi ?? window.api, view, setView);
  const snapshot = state.snapshot;
  const readOnly = snapshot?.readOnly ?? false;
  const pinned = snapshot?.views.find((v) => v.id === snapshot.defaultViewId) ?? null;

  const reset = () => {
    if (pinned) setView(pinned.state);
    else if (view) setView(defaultViewState(view.datasetId));
  };

  return (
    <aside aria-label={t('savedViews.region')} className="saved-views">
      <div className="sv-head">
        <h2>{t('savedViews.region')}</h2>
        <div className="sv-file-buttons">
          <ViewFileButtons store={store} />
        </div>
      </div>
      {state.loadError && <p role="alert">{t('savedViews.error', { message: state.loadError })}</p>}
      {snapshot === null && !state.loadError && <p role="status">{t('savedViews.loading')}</p>}
      {snapshot && <StoreNotices notices={snapshot.notices} readOnly={readOnly} store={store} />}
      {snapshot && snapshot.views.length === 0 && <p className="sv-empty">{t('savedViews.empty')}</p>}
      {snapshot && snapshot.views.length > 0 && (
        <ul className="sv-list">
          {snapshot.views.map((v, i) => (
            <SavedViewItem
              key={v.id}
              view={v}
              isDefault={v.id === snapshot.defaultViewId}
              isFirst={i === 0}
              isLast={i === snapshot.views.length - 1}
              readOnly={readOnly}
              onApply={(sv) => setView(sv.state)}
              store={store}
            />
          ))}
        </ul>
      )}
      <button type="button" className="sv-reset" title={t('savedViews.resetHint')} disabled={!pinned && !view} onClick={reset}>
        {pinned ? t('savedViews.reset') : t('savedViews.resetDataset')}
      </button>
      <FeedbackLine feedback={state.feedback} store={store} />
    </aside>
  );
}
