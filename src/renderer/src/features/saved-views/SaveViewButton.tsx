import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorer } from '../explorer/context';
import type { SavedViewsStore } from './store';
import { useSavedViews } from './useSavedViews';
import './saved-views.css';

/** "Save view": asks for a name in a small modal dialog and saves the view on screen. */
export function SaveViewButton({ store: given }: { store?: SavedViewsStore }) {
  const { t } = useTranslation();
  const { view } = useExplorer();
  const { store, state } = useSavedViews(given);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const readOnly = state.snapshot?.readOnly ?? false;

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!view || name.trim() === '' || busy) return;
    setBusy(true);
    const ok = await store.save(name.trim(), view);
    setBusy(false);
    if (ok) {
      setName('');
      close();
    }
  };

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="sv-toolbar-button"
        onClick={() => {
          store.clearFeedback();
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
            <form onSubmit={(e) => void submit(e)}>
              <h2 id={titleId}>{t('savedViews.dialogTitle')}</h2>
              <label>
                {t('savedViews.name')}
                <input ref={input} type="text" value={name} maxLength={100} required onChange={(e) => setName(e.target.value)} />
              </label>
              {state.feedback?.kind === 'error' && (
                <p role="alert">{t('savedViews.error', { message: state.feedback.message })}</p>
              )}
              <div className="sv-dialog-actions">
                <button type="submit" disabled={busy || name.trim() === ''}>
                  {t('savedViews.confirmSave')}
                </button>
                <button type="button" onClick={close}>
                  {t('savedViews.cancel')}
                </button>
              </div>
            </form>
          </div>
        </div>
      )}
    </>
  );
}
