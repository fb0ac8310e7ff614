import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Dataset, Row } from '../../../../shared/dataset';
import { fieldHeading } from '../../../../shared/units';
import { notesForRows } from './notes';
import './print.css';

export const BRIEF_MAX_ROWS = 20;
const MAX_QUOTES = 6;

type Props = { dataset: Dataset; rows: readonly Row[]; filters: string; figureUrl: string | null; source: string };

const cell = (v: Row['values'][string] | undefined, lang: string) =>
  v === undefined || v === null
    ? ''
    : Array.isArray(v)
      ? v.join(', ')
      : typeof v === 'number'
        ? v.toLocaleString(lang === 'fr' ? 'fr-CA' : 'en-CA')
        : v;

/**
 * The one-page view brief printed to PDF: figure, the first rows of the table, the active filters,
 * notes and source quotes. It is portalled to <body> and only visible under @media print.
 */
export function PrintBrief({ dataset, rows, filters, figureUrl, source }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  const shown = rows.slice(0, BRIEF_MAX_ROWS);
  const notes = notesForRows(dataset, rows);
  const quotes = shown.slice(0, MAX_QUOTES).map((r) => r.source);
  return createPortal(
    <article className="print-brief" aria-hidden="true">
      <h1>{dataset.title[lang]}</h1>
      <p className="pb-meta">
        {dataset.period.label[lang]} · {t('export.brief.rows', { count: rows.length })}
      </p>
      <p>
        <strong>{t('export.brief.filters')}:</strong> {filters}
      </p>
      {figureUrl && <img className="pb-figure" src={figureUrl} alt="" />}
      <table>
        <thead>
          <tr>
            {dataset.fields.map((f) => (
              <th key={f.key}>{fieldHeading(f, lang)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.id}>
              {dataset.fields.map((f) => (
                <td key={f.key}>{cell(r.values[f.key], lang)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown.length && (
        <p className="pb-more">{t('export.brief.moreRows', { count: rows.length - shown.length })}</p>
      )}
      {notes.length > 0 && (
        <section>
          <h2>{t('export.brief.notes')}</h2>
          <ul>
            {notes.map((n) => (
              <li key={n.id}>{n.text[lang]}</li>
            ))}
          </ul>
        </section>
      )}
      {quotes.length > 0 && (
        <section>
          <h2>{t('export.brief.quotes')}</h2>
          <ul>
            {quotes.map((q, i) => (
              <li key={i}>
                “{q.quote}” ({t('export.brief.line', { line: q.line })})
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer>
        {source}. {t('export.brief.generated', { date: new Date().toLocaleDateString(lang === 'fr' ? 'fr-CA' : 'en-CA') })}
      </footer>
    </article>,
    document.body,
  );
}
