import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../../shared/dataset';
import { normalizeForSearch } from '../../../../shared/view/rows';
import { searchIndex, type SearchHit, type SearchIndex } from '../../../../shared/view/search-index';
import type { Lang } from '../../../../shared/view/fields';
import { formatNumber } from '../../components/format';

type Props = {
  summaries: readonly DatasetSummary[];
  index: SearchIndex | null;
  lang: Lang;
  onOpen: (datasetId: string, rowId: string | null) => void;
  /** The search is being used: time to fetch what the full index needs. */
  onUse: () => void;
};

/** Finds datasets and single figures by words or numbers; a figure opens its dataset with that row selected. */
export function CatalogSearch({ summaries, index, lang, onOpen, onUse }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const resultsId = useId();
  const hits = useMemo<SearchHit[]>(() => {
    if (query.trim() === '') return [];
    if (index !== null) return searchIndex(index, query);
    const needle = normalizeForSearch(query.trim());
    return summaries.flatMap((s) =>
      s.status === 'ok' && normalizeForSearch(`${s.title.en} ${s.title.fr}`).includes(needle)
        ? [{ kind: 'dataset' as const, datasetId: s.id, title: s.title[lang] }]
        : [],
    );
  }, [query, index, summaries, lang]);

  const focusResult = (e: KeyboardEvent<HTMLElement>, step: number) => {
    const buttons = [...(listRef.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[Math.min(buttons.length - 1, Math.max(0, at + step))];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };
  const display = (matched: string) => (/^-?\d+(\.\d+)?$/.test(matched) ? formatNumber(Number(matched), lang) : matched);

  return (
    <div className="catalog-search" role="search">
      <label>
        {t('catalog.search')}
        <input
          type="search"
          aria-label={t('catalog.search')}
          aria-controls={resultsId}
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
      {query.trim() !== '' && (
        <div className="search-results">
          <p role="status">{index === null ? t('catalog.indexing') : t('catalog.results', { count: hits.length })}</p>
          <ul
            id={resultsId}
            ref={listRef}
            aria-label={t('catalog.resultsLabel')}
            onKeyDown={(e) => (e.key === 'ArrowDown' ? focusResult(e, 1) : e.key === 'ArrowUp' ? focusResult(e, -1) : undefined)}
          >
            {hits.map((h) =>
              h.kind === 'dataset' ? (
                <li key={`d:${h.datasetId}`}>
                  <button type="button" onClick={() => onOpen(h.datasetId, null)}>
                    <span className="hit-title">{h.title}</span>
                    <span className="meta">{t('catalog.datasetHit')}</span>
                  </button>
                </li>
              ) : (
                <li key={`r:${h.datasetId}:${h.rowId}`}>
                  <button type="button" onClick={() => onOpen(h.datasetId, h.rowId)}>
                    <span className="hit-title">
                      {h.matched && h.matched !== h.label ? `${h.label}: ${display(h.matched)}` : h.label}
                    </span>
                    <span className="meta">{h.datasetTitle}</span>
                  </button>
                </li>
              ),
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
