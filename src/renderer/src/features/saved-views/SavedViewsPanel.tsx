import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../../shared/dataset';
import { useLang } from '../../hooks/useLang';
import { arrangeViews, cardText, type SortKey } from './card-text';
import { defaultViewState } from '../../../../shared/default-view-state';
import { useExplorer } from '../explorer/context';
import { FeedbackLine, StoreNotices } from './Notices';
import { SavedViewItem } from './SavedViewItem';
import { defaultSavedViewsStore, type SavedViewsStore, type ViewsApi } from './store';
import { useLastSession } from './useLastSession';
import { useSavedViews } from './useSavedViews';
import { ViewFileButtons } from './ViewFileButtons';
import './saved-views.css';

type Props = {
  store?: SavedViewsStore;
  sessionApi?: Pick<ViewsApi, 'getStartupView' | 'saveLastView'>;
  /** The catalog, for dataset titles on the cards (ids are shown until it is there). */
  catalog?: readonly DatasetSummary[];
};
const SORTS: readonly SortKey[] = ['order', 'name', 'date', 'dataset'];

/** The "Saved views" side panel; it also restores the startup view and records the session's view. */
export function SavedViewsPanel({ store: given, sessionApi, catalog }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { view, setView, dataset } = useExplorer();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('order');
  const sortId = useId();
  const { store, state } = useSavedViews(given ?? defaultSavedViewsStore());
  useLastSession(sessionApi ?? window.api, view, setView);
  const snapshot = state.snapshot;
  const readOnly = snapshot?.readOnly ?? false;
  const pinned = snapshot?.views.find((v) => v.id === snapshot.defaultViewId) ?? null;
  const titles = useMemo(
    () => new Map((catalog ?? []).flatMap((d) => (d.status === 'ok' ? [[d.id, d] as const] : []))),
    [catalog],
  );
  const all = useMemo(
    () => (snapshot?.views ?? []).map((v, i) => ({ view: v, index: i, text: cardText(v, titles, { view, dataset }, lang) })),
    [snapshot, titles, view, dataset, lang],
  );
  const shown = arrangeViews(all, query, sort, lang);
  const canMove = sort === 'order' && query.trim() === '';
  const count = all.length;

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
      {count > 1 && (
        <div className="sv-tools">
          <input
            type="search"
            className="sv-search"
            aria-label={t('savedViews.searchLabel')}
            placeholder={t('savedViews.searchLabel')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <label htmlFor={sortId} className="sv-sort-label">
            {t('savedViews.sortLabel')}
          </label>
          <select id={sortId} value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            {SORTS.map((k) => (
              <option key={k} value={k}>
                {t(`savedViews.sort.${k}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {count > 0 && shown.length === 0 && <p className="sv-empty">{t('savedViews.noMatch', { query: query.trim() })}</p>}
      {shown.length > 0 && snapshot && (
        <ul className="sv-list">
          {shown.map((it, i) => (
            <SavedViewListEntry key={it.view.id} heading={sort === 'dataset' && it.text.title !== shown[i - 1]?.text.title ? it.text.title : null}>
              <SavedViewItem
                view={it.view}
                text={it.text}
                isDefault={it.view.id === snapshot.defaultViewId}
                canMove={canMove}
                isFirst={it.index === 0}
                isLast={it.index === count - 1}
                readOnly={readOnly}
                onApply={(sv) => setView(sv.state)}
                store={store}
              />
            </SavedViewListEntry>
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

/** Grouped by dataset, the first view of each dataset carries the dataset's heading above its card. */
function SavedViewListEntry({ heading, children }: { heading: string | null; children: ReactNode }) {
  return (
    <>
      {heading !== null && (
        <li className="sv-group">
          <h3>{heading}</h3>
        </li>
      )}
      {children}
    </>
  );
}
