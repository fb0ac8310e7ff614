import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListedView, SavedView } from '../../../../shared/views/types';
import type { CardText } from './card-text';
import type { SavedViewsStore } from './store';

type Props = {
  view: ListedView;
  text: CardText;
  isDefault: boolean;
  /** Moving only makes sense in the user's own order (not while sorted or searched). */
  canMove: boolean;
  isFirst: boolean;
  isLast: boolean;
  readOnly: boolean;
  onApply: (view: SavedView) => void;
  store: SavedViewsStore;
};

/**
 * One saved view: its name is the button that opens it. Action buttons are named by their action
 * only (the view name is their description), so "the button named <view>" is always the view itself.
 */
export function SavedViewItem({ view, text, isDefault, canMove, isFirst, isLast, readOnly, onApply, store }: Props) {
  const { t } = useTranslation();
  const nameId = useId();
  const aboutId = useId();
  const noteId = useId();
  // Kept in the store (a later version may bundle its dataset again), but this one cannot open it.
  const unavailable = view.unavailable === 'dataset-not-bundled';
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(view.name);
  const commitRename = async () => {
    const next = draft.trim();
    if (next !== '' && next !== view.name) await store.rename(view.id, next);
    setRenaming(false);
  };
  const action = (label: string, onClick: () => void, disabled = readOnly) => (
    <button type="button" className="sv-action" aria-describedby={nameId} title={label} disabled={disabled} onClick={onClick}>
      {label}
    </button>
  );

  return (
    <li className="sv-item" aria-current={text.current ? 'true' : undefined} data-pinned={isDefault ? '' : undefined} data-unavailable={unavailable ? '' : undefined}>
      {renaming ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void commitRename();
          }}
        >
          <input
            aria-label={t('savedViews.renameLabel')}
            value={draft}
            maxLength={100}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => void commitRename()}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setDraft(view.name);
                setRenaming(false);
              }
            }}
          />
        </form>
      ) : (
        <button
          type="button"
          className="sv-name"
          id={nameId}
          aria-describedby={unavailable ? noteId : aboutId}
          title={unavailable ? undefined : t('savedViews.apply')}
          disabled={unavailable}
          onClick={() => onApply(view)}
        >
          {view.name}
        </button>
      )}
      {text.current && <span className="sv-badge sv-current">{t('savedViews.onScreen')}</span>}
      {isDefault && <span className="sv-badge">{t('savedViews.defaultBadge')}</span>}
      <div className="sv-about" id={aboutId}>
        <span className="sv-title">{text.title}</span>
        <span className="sv-kind"> · {text.kind}</span>
        {text.filters !== '' && <span className="sv-filters">{text.filters}</span>}
        {text.date !== null && <span className="sv-date">{t('savedViews.savedOn', { date: text.date })}</span>}
      </div>
      {unavailable && (
        <p className="sv-unavailable" id={noteId}>
          {t('savedViews.notBundled')}
        </p>
      )}
      <span className="sv-actions">
        {action(t('savedViews.rename'), () => {
          setDraft(view.name);
          setRenaming(true);
        })}
        {action(t('savedViews.moveUp'), () => void store.move(view.id, -1), readOnly || !canMove || isFirst)}
        {action(t('savedViews.moveDown'), () => void store.move(view.id, 1), readOnly || !canMove || isLast)}
        {action(isDefault ? t('savedViews.unpin') : t('savedViews.pin'), () => void store.setDefault(isDefault ? null : view.id))}
        {action(t('savedViews.exportOne'), () => void store.exportFile([view.id]), false)}
        {action(t('savedViews.delete'), () => void store.remove(view))}
      </span>
    </li>
  );
}
