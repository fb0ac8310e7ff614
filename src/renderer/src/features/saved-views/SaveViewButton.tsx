import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestViewName, uniqueName, VIEW_NAME_MAX } from '../../../../shared/view/view-name';
import type { SavedView } from '../../../../shared/views/types';
import { useExplorer } from '../explorer/context';
import { useLang } from '../../hooks/useLang';
import type { SavedViewsStore } from './store';
import { useSavedViews } from './useSavedViews';
import './saved-views.css';

/**
 * "Save view": a small modal dialog with a name suggested from the view (the user can type over it)
 * that asks before a name already in use is saved: replace that view, keep both, or cancel.
 */
export function SaveViewButton({ store: given }: { store?: SavedViewsStore }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { view, dataset } = useExplorer();
  const { store, state } = useSavedViews(given);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  /** The saved view whose name the user typed again, while the dialog asks what to do. */
  const [clash, setClash] = useState<SavedView | null>(null);
  const keepBoth = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const readOnly = state.snapshot?.readOnly ?? false;

  useEffect(() => {
    if (!open) return;
    if (clash) keepBoth.current?.focus();
    else {
      // Selected, so typing replaces the suggestion and Enter keeps it.
      input.current?.focus();
      input.current?.select();
    }
  }, [open, clash]);

  const views = state.snapshot?.views ?? [];
  const problem = state.feedback?.kind === 'error' && <p role="alert">{t('savedViews.error', { message: state.feedback.message })}</p>;
  const close = () => {
    setOpen(false);
    setClash(null);
    trigger.current?.focus();
  };
  const run = async (action: () => Promise<boolean>) => {
    setBusy(true);
    const ok = await action();
    setBusy(false);
    if (ok) close();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const wanted = name.trim();
    if (!view || wanted === '' || busy) return;
    const same = views.find((v) => v.name.toLocaleLowerCase() === wanted.toLocaleLowerCase());
    if (same) setClash(same);
    else void run(() => store.save(wanted, view));
  };

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="sv-toolbar-button"
        onClick={() => {
          store.clearFeedback();
          if (view) setName(suggestViewName(dataset?.id === view.datasetId ? dataset.title : null, view, lang));
          setOpen(true);
        }}
        disabled={!view || readOnly}
        title={readOnly ? t('savedViews.readOnly') : !view ? t('savedViews.noView') : undefined}
      >
        {t('savedViews.save')}
      </button>
      {open && (
        <div className="sv-backdrop">
          <div
            role="dialog"
            aria-modal="true"
            aria-labelledby={titleId}
            className="sv-dialog"
            onKeyDown={(e) => {
              if (e.key === 'Escape') close();
              // A modal keeps Tab inside it: wrap from the last control to the first and back.
              if (e.key !== 'Tab') return;
              const controls = [...e.currentTarget.querySelectorAll<HTMLElement>('input, button:not(:disabled)')];
              const first = controls[0];
              const last = controls[controls.length - 1];
              if (!e.shiftKey && document.activeElement === last) {
                e.preventDefault();
                first?.focus();
              } else if (e.shiftKey && document.activeElement === first) {
                e.preventDefault();
                last?.focus();
              }
            }}
          >
            {clash && view ? (
              <div>
                <h2 id={titleId}>{t('savedViews.clashTitle')}</h2>
                <p>{t('savedViews.clashText', { name: clash.name, other: uniqueName(name.trim(), views.map((v) => v.name)) })}</p>
                {problem}
                <div className="sv-dialog-actions">
                  <button type="button" disabled={busy} onClick={() => void run(() => store.replace(clash.id, clash.name, view))}>
                    {t('savedViews.replace')}
                  </button>
                  <button ref={keepBoth} type="button" disabled={busy} onClick={() => void run(() => store.save(name.trim(), view))}>
                    {t('savedViews.keepBoth')}
                  </button>
                  <button type="button" onClick={close}>
                    {t('savedViews.cancel')}
                  </button>
                </div>
              </div>
            ) : (
              <form onSubmit={submit}>
                <h2 id={titleId}>{t('savedViews.dialogTitle')}</h2>
                <label>
                  {t('savedViews.name')}
                  <input ref={input} type="text" value={name} maxLength={VIEW_NAME_MAX} required onChange={(e) => setName(e.target.value)} />
                </label>
                {problem}
                <div className="sv-dialog-actions">
                  <button type="submit" disabled={busy || name.trim() === ''}>
                    {t('savedViews.confirmSave')}
                  </button>
                  <button type="button" onClick={close}>
                    {t('savedViews.cancel')}
                  </button>
                </div>
              </form>
            )}
          </div>
        </div>
      )}
    </>
  );
}
