import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../../shared/dataset';
import { decodeMapFont } from '../../../../shared/map-font';
import { notesForRow, rowLabel, type Lang } from '../../../../shared/view/fields';
import { useResult } from '../../hooks/useResult';

/** Lines of report text shown around the cited one. */
const CONTEXT = 4;

type Props = { dataset: Dataset; rowId: string; lang: Lang; onClose: () => void };

/** Provenance of the selected value: verbatim quote, the report lines around it, its section and notes. */
export function SourcePanel({ dataset, rowId, lang, onClose }: Props) {
  const { t } = useTranslation();
  const row = dataset.rows.find((r) => r.id === rowId);
  const line = row?.source.line ?? 1;
  const from = Math.max(1, line - CONTEXT);
  const lines = useResult(() => window.api.getSourceLines({ from, to: line + CONTEXT }), row ? `${from}-${line}` : '');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Announce the new provenance without stealing focus from the value the user is on.
    headingRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [rowId]);

  const fieldLabel = (key: string) => dataset.fields.find((f) => f.key === key)?.label[lang] ?? key;
  const notes = row ? notesForRow(dataset.notes, row.id) : [];
  return (
    <aside aria-label={t('source.label')} className="source-panel">
      <div className="panel-head">
        <h2 ref={headingRef}>{t('source.label')}</h2>
        <button type="button" onClick={onClose} aria-label={t('source.close')}>
          ×
        </button>
      </div>
      {row === undefined ? (
        <p>{t('source.missing')}</p>
      ) : (
        <>
          <h3>{rowLabel(dataset, row, lang)}</h3>
          <p className="meta">{t('source.section', { section: dataset.section.title[lang] })}</p>
          <p>{t('source.quoted', { line: row.source.line })}</p>
          <blockquote className="quote" cite={`#line-${row.source.line}`}>
            {row.source.quote}
          </blockquote>
          {row.source.encoding === 'map-font' && (
            <p className="hint">{t('source.decoded', { text: decodeMapFont(row.source.quote) })}</p>
          )}
          {lines.state === 'loading' && <p role="status">{t('source.loading')}</p>}
          {lines.state === 'error' && <p role="alert">{t('source.failed', { message: lines.message })}</p>}
          {lines.state === 'ready' && (
            <figure className="report-lines">
              <figcaption>
                {t('source.context', { from: lines.value.from, to: lines.value.from + lines.value.lines.length - 1 })}
              </figcaption>
              <ol start={lines.value.from}>
                {lines.value.lines.map((text, i) => {
                  const n = lines.value.from + i;
                  const cited = n === row.source.line;
                  return (
                    <li key={n} value={n} className={cited ? 'cited' : undefined} aria-current={cited ? 'true' : undefined}>
                      <span className="line-no">{t('source.lineNumber', { line: n })}</span>
                      {cited ? <mark>{text || ' '}</mark> : <span>{text || ' '}</span>}
                    </li>
                  );
                })}
              </ol>
            </figure>
          )}
          {row.fieldSources && Object.keys(row.fieldSources).length > 0 && (
            <>
              <h3>{t('source.fieldSources')}</h3>
              <ul className="field-sources">
                {Object.entries(row.fieldSources).map(([key, ref]) => (
                  <li key={key}>{t('source.fieldSource', { field: fieldLabel(key), line: ref.line, quote: ref.quote })}</li>
                ))}
              </ul>
            </>
          )}
          {notes.length > 0 && (
            <>
              <h3>{t('source.notes')}</h3>
              <ul className="notes">
                {notes.map((n) => (
                  <li key={n.id} className={`note note-${n.severity}`}>
                    <strong>{t(`source.severity.${n.severity}`)}:</strong> {n.text[lang]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </aside>
  );
}
