import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../../shared/dataset';
import type { Loadable } from '../../hooks/useResult';

type Props = {
  catalog: Loadable<DatasetSummary[]>;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

export function CatalogNav({ catalog, selectedId, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  return (
    <nav aria-label={t('catalog.label')} className="catalog">
      <h2>{t('catalog.label')}</h2>
      {catalog.state === 'loading' && <p role="status">{t('catalog.loading')}</p>}
      {catalog.state === 'error' && <p role="alert">{t('catalog.error', { message: catalog.message })}</p>}
      {catalog.state === 'ready' && catalog.value.length === 0 && <p>{t('catalog.empty')}</p>}
      {catalog.state === 'ready' && (
        <ul>
          {catalog.value.map((s) =>
            s.status === 'ok' ? (
              <li key={s.id}>
                <button type="button" aria-current={s.id === selectedId ? 'true' : undefined} onClick={() => onSelect(s.id)}>
                  {s.title[lang]}
                </button>
                <span className="meta">
                  {s.period.label[lang]} · {t('catalog.rows', { count: s.rowCount })}
                </span>
              </li>
            ) : (
              <li key={s.id} className="invalid" role="alert">
                {t('catalog.invalid', { file: s.file })}: {s.problems.join('; ')}
              </li>
            ),
          )}
        </ul>
      )}
    </nav>
  );
}
