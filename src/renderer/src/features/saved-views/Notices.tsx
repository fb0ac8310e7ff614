import { useTranslation } from 'react-i18next';
import type { StoreNotice } from '../../../../shared/views/types';
import type { Feedback, SavedViewsStore } from './store';

function NoticeText({ notice }: { notice: StoreNotice }) {
  const { t } = useTranslation();
  switch (notice.kind) {
    case 'recovered':
      return (
        <>
          {t('savedViews.notice.recovered', {
            count: notice.salvaged,
            keptAs: notice.keptAs,
            backupPart: notice.fromBackup ? t('savedViews.notice.fromBackup', { count: notice.fromBackup }) : '',
          })}
          {notice.problems.length > 0 && <small> {t('savedViews.notice.problems', { list: notice.problems.join('; ') })}</small>}
        </>
      );
    case 'newer-version':
      return (
        <>
          {t('savedViews.notice.newerVersion', {
            by: notice.appVersion ? t('savedViews.notice.newerBy', { version: notice.appVersion }) : '',
          })}
        </>
      );
    case 'unreadable':
      return <>{t('savedViews.notice.unreadable', { message: notice.message })}</>;
    default: {
      const exhaustive: never = notice;
      return exhaustive;
    }
  }
}

/** What happened to the store at startup; stays until dismissed (read-only notices cannot be dismissed). */
export function StoreNotices({
  notices,
  readOnly,
  store,
}: {
  notices: StoreNotice[];
  readOnly: boolean;
  store: SavedViewsStore;
}) {
  const { t } = useTranslation();
  if (notices.length === 0) return readOnly ? <p className="sv-notice">{t('savedViews.readOnly')}</p> : null;
  return (
    <div role="alert" className="sv-notice">
      {notices.map((n, i) => (
        <p key={i}>
          <NoticeText notice={n} />
        </p>
      ))}
      {!readOnly && (
        <button type="button" onClick={() => void store.dismissNotices()}>
          {t('savedViews.dismiss')}
        </button>
      )}
    </div>
  );
}

/** The latest outcome: quiet status for successes, an alert for failures. */
export function FeedbackLine({ feedback, store }: { feedback: Feedback | null; store: SavedViewsStore }) {
  const { t } = useTranslation();
  if (feedback === null) return <p role="status" className="sv-feedback" />;
  switch (feedback.kind) {
    case 'saved':
      return (
        <p role="status" className="sv-feedback">
          {t('savedViews.saved', { name: feedback.name })}
        </p>
      );
    case 'deleted':
      return (
        <p role="status" className="sv-feedback">
          {t('savedViews.deleted', { name: feedback.view.name })}{' '}
          <button type="button" onClick={() => void store.undoRemove(feedback.view.id)}>
            {t('savedViews.undo')}
          </button>
        </p>
      );
    case 'imported':
      return (
        <div role="status" className="sv-feedback">
          <p>{t('savedViews.imported', { count: feedback.names.length, names: feedback.names.join(', ') })}</p>
          {feedback.warnings.map((w, i) => (
            <p key={i} className="sv-warning">
              {w.kind === 'other-edition'
                ? t('savedViews.otherEdition', { file: w.fileEdition, app: w.appEdition })
                : t('savedViews.skipped', {
                    count: w.skipped.length,
                    total: w.total,
                    names: w.skipped.map((s) => s.name).join(', '),
                  })}
            </p>
          ))}
        </div>
      );
    case 'exported':
      return (
        <p role="status" className="sv-feedback">
          {t('savedViews.exported', { count: feedback.count, file: feedback.file })}
        </p>
      );
    case 'error': {
      const key =
        feedback.action === 'import'
          ? 'savedViews.importFailed'
          : feedback.action === 'export'
            ? 'savedViews.exportFailed'
            : 'savedViews.error';
      return (
        <p role="alert" className="sv-error">
          {t(key, { message: feedback.message })}
        </p>
      );
    }
    default: {
      const exhaustive: never = feedback;
      return exhaustive;
    }
  }
}
