import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../shared/dataset';
import type { Lang } from '../../../../shared/view/fields';

type Props = {
  text: string;
  numeric: boolean;
  notes: readonly Note[];
  lang: Lang;
  /** Hierarchy depth of the row (0 for top level). */
  indent?: number;
  /** "row:column" for keyboard moves between cells. */
  cellId: string;
  /** The one cell of the body reachable with Tab (see useRovingCells). */
  tabStop: boolean;
  onSelect: () => void;
};

/**
 * One value of the table. Activating it opens its source; a data-quality note marks it with a
 * symbol and a tooltip shown on hover and focus, which is also the button's accessible description.
 */
export function ValueCell({ text, numeric, notes, lang, indent = 0, cellId, tabStop, onSelect }: Props) {
  const { t } = useTranslation();
  const tipId = useId();
  // Escape hides the note until the pointer or focus leaves the value (WCAG 1.4.13: dismissible).
  const [dismissed, setDismissed] = useState(false);
  const worst = notes.some((n) => n.severity === 'error')
    ? 'error'
    : notes.some((n) => n.severity === 'warning')
      ? 'warning'
      : 'info';
  return (
    <td className={numeric ? 'num' : undefined}>
      <span
        className="cell-wrap"
        onKeyDown={(e) => notes.length > 0 && e.key === 'Escape' && setDismissed(true)}
        onBlur={() => setDismissed(false)}
        onMouseLeave={() => setDismissed(false)}
      >
        <button
          type="button"
          className={notes.length > 0 ? `cell has-note note-${worst}` : 'cell'}
          onClick={onSelect}
          data-cell={cellId}
          tabIndex={tabStop ? 0 : -1}
          style={indent > 0 ? { paddingInlineStart: `${0.5 + indent * 1.25}rem` } : undefined}
          aria-describedby={notes.length > 0 ? tipId : undefined}
        >
          {text}
          {notes.length > 0 && (
            <span className="note-mark" aria-hidden="true" title={t('table.noteMark')}>
              {worst === 'info' ? '*' : '⚠'}
            </span>
          )}
        </button>
        {notes.length > 0 && (
          <span role="tooltip" id={tipId} className="tooltip" hidden={dismissed}>
            {notes.map((n) => n.text[lang]).join(' ')}
          </span>
        )}
      </span>
    </td>
  );
}
