import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../../shared/dataset';
import { normalizeForSearch } from '../../../../shared/view/rows';
import type { SearchOutcome } from '../../../../shared/view/search-index';
import type { Lang } from '../../../../shared/view/fields';
import { formatNumber } from '../../components/format';
import type { Searcher } from './useSearchIndex';
import './catalog-search.css';

type Props = {
  summaries: readonly DatasetSummary[];
  search: Searcher | null;
  lang: Lang;
  onOpen: (datasetId: string, rowId: string | null) => void;
  /** The search is being used: time to fetch what the full index needs. */
  onUse: () => void;
  /** What shows while no query is typed (the catalog); results replace it. */
  children: ReactNode;
};

/** Until the index arrives, only dataset titles are searched (plain, accent-free containment). */
const titlesOnly = (summaries: readonly DatasetSummary[], query: string, lang: Lang): SearchOutcome => {
  const needle = normalizeForSearch(query.trim());
  const groups = summaries.flatMap((s) =>
    s.status === 'ok' && normalizeForSearch(`${s.title.en} ${s.title.fr}`).includes(needle)
      ? [{ datasetId: s.id, title: s.title[lang], titleMatched: true, rows: [], moreRows: 0 }]
      : [],
  );
  return { groups, suggestion: null };
};

const display = (matched: string, lang: Lang) =>
  /^-?\d+(\.\d+)?$/.test(matched) ? formatNumber(Number(matched), lang) : matched;

/**
 * Finds datasets and single figures by words or numbers, forgiving typos and accents; results are
 * grouped by dataset and replace the catalog while a query is typed. A figure opens its dataset with
 * that row selected. Arrow keys move through the results, Escape clears the query.
 */
export function CatalogSearch({ summaries, search, lang, onOpen, onUse, children }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const resultsId = useId();
  const active = query.trim() !== '';
  const outcome = useMemo<SearchOutcome>(() => {
    if (!active) return { groups: [], suggestion: null };
    return search !== null ? search(query) : titlesOnly(summaries, query, lang);
  }, [active, query, search, summaries, lang]);
  const count = outcome.groups.reduce((n, g) => n + g.rows.length + g.moreRows + (g.rows.length === 0 ? 1 : 0), 0);

  const focusResult = (e: KeyboardEvent<HTMLElement>, step: number) => {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button.hit') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at === 0 && step < 0) {
      e.preventDefault();
      inputRef.current?.focus();
      return;
    }
    const next = buttons[Math.min(buttons.length - 1, Math.max(0, at + step))];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };
  const clear = () => {
    setQuery('');
    inputRef.current?.focus();
  };

  return (
    <>
      <div className="catalog-search" role="search">
        <label>
          {t('catalog.search')}
          <input
            ref={inputRef}
            type="search"
            aria-label={t('catalog.search')}
            // Only while the results exist: a reference to a missing element is invalid ARIA (axe: critical).
            aria-controls={active ? resultsId : undefined}
            value={query}
            placeholder={t('catalog.searchPlaceholder')}
            onFocus={onUse}
            onChange={(e) => {
              onUse();
              setQuery(e.currentTarget.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') focusResult(e, 1);
              if (e.key === 'Escape') setQuery('');
            }}
          />
        </label>
      </div>
      {!active && children}
      {active && (
        <div
          className="search-results"
          id={resultsId}
          ref={listRef}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') focusResult(e, 1);
            else if (e.key === 'ArrowUp') focusResult(e, -1);
            else if (e.key === 'Escape') clear();
          }}
        >
          <p role="status">{search === null ? t('catalog.indexing') : t('catalog.results', { count })}</p>
          {search !== null && outcome.groups.length === 0 && (
            <p className="no-results">
              {t('catalog.noResults', { query: query.trim() })}{' '}
              {outcome.suggestion !== null && (
                <button type="button" className="link-button" onClick={() => setQuery(outcome.suggestion ?? '')}>
                  {t('catalog.trySuggestion', { suggestion: outcome.suggestion })}
                </button>
              )}
            </p>
          )}
          {outcome.groups.length > 0 && (
            <ul aria-label={t('catalog.resultsLabel')} className="result-groups">
              {outcome.groups.map((g) => (
                <li key={g.datasetId} className="result-group">
                  {/* The dataset is a result of its own only when its title or description matched. */}
                  {g.titleMatched ? (
                    <button type="button" className="hit dataset-hit" onClick={() => onOpen(g.datasetId, null)}>
                      <span className="hit-title">{g.title}</span>
                      <span className="meta">{t('catalog.datasetHit')}</span>
                    </button>
                  ) : (
                    <p className="group-title">{g.title}</p>
                  )}
                  {g.rows.length > 0 && (
                    <ul aria-label={g.title}>
                      {g.rows.map((r) => (
                        <li key={r.rowId}>
                          <button type="button" className="hit row-hit" onClick={() => onOpen(g.datasetId, r.rowId)}>
                            {r.matched !== '' && r.matched !== r.label ? `${r.label}: ${display(r.matched, lang)}` : r.label}
                            {r.count > 1 && <span className="meta"> {t('catalog.sameRows', { count: r.count })}</span>}
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                  {g.moreRows > 0 && <p className="meta more-rows">{t('catalog.moreRows', { count: g.moreRows })}</p>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
