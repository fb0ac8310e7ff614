import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../../../shared/dataset';
import { SECTION_KEYS } from '../../../../shared/constants';
import { PRESETS, type Preset } from '../../../../shared/presets';
import type { Loadable } from '../../hooks/useResult';
import type { Lang } from '../../../../shared/view/fields';
import { unitLabel } from '../../../../shared/units';
import { CatalogSearch } from './CatalogSearch';
import type { Searcher } from './useSearchIndex';

type Props = {
  catalog: Loadable<DatasetSummary[]>;
  selectedId: string | null;
  search: Searcher | null;
  onUseSearch: () => void;
  lang: Lang;
  onOpen: (datasetId: string, rowId: string | null) => void;
  onPreset: (preset: Preset) => void;
};

type OkSummary = Extract<DatasetSummary, { status: 'ok' }>;

/** Datasets grouped by report section in report order, with period and units; invalid files say why. */
const groupBySection = (summaries: readonly DatasetSummary[]) => {
  const groups = new Map<string, { title: OkSummary['section']['title']; items: OkSummary[] }>();
  for (const s of summaries) {
    if (s.status !== 'ok') continue;
    const g = groups.get(s.section.key) ?? { title: s.section.title, items: [] };
    g.items.push(s);
    groups.set(s.section.key, g);
  }
  const order = (key: string) => SECTION_KEYS.findIndex((k) => k === key);
  return [...groups.entries()].sort(([a], [b]) => order(a) - order(b));
};

export function CatalogNav({ catalog, selectedId, search, onUseSearch, lang, onOpen, onPreset }: Props) {
  const { t } = useTranslation();
  const summaries = catalog.state === 'ready' ? catalog.value : [];
  const okIds = new Set(summaries.flatMap((s) => (s.status === 'ok' ? [s.id] : [])));
  const invalid = summaries.filter((s): s is Extract<DatasetSummary, { status: 'invalid' }> => s.status === 'invalid');
  const presets = PRESETS.filter((p) => okIds.has(p.datasetId));
  return (
    <nav aria-label={t('catalog.label')} className="catalog">
      <h2>{t('catalog.label')}</h2>
      <CatalogSearch summaries={summaries} search={search} lang={lang} onOpen={onOpen} onUse={onUseSearch}>
        {catalog.state === 'loading' && <p role="status">{t('catalog.loading')}</p>}
        {catalog.state === 'error' && <p role="alert">{t('catalog.error', { message: catalog.message })}</p>}
        {catalog.state === 'ready' && summaries.length === 0 && <p>{t('catalog.empty')}</p>}
        {groupBySection(summaries).map(([key, group]) => (
          <section key={key} className="catalog-section" aria-labelledby={`section-${key}`}>
            <h3 id={`section-${key}`}>{group.title[lang]}</h3>
            <ul>
              {group.items.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className="dataset-button"
                    aria-current={s.id === selectedId ? 'true' : undefined}
                    onClick={() => onOpen(s.id, null)}
                  >
                    {s.title[lang]}
                  </button>
                  <span className="meta">
                    {s.period.label[lang]}
                    {s.units.length > 0 && ` · ${s.units.map((u) => unitLabel(u, lang)).join(', ')}`} ·{' '}
                    {t('catalog.rows', { count: s.rowCount })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {presets.length > 0 && (
          <section className="catalog-section" aria-labelledby="section-presets">
            <h3 id="section-presets">{t('presets.heading')}</h3>
            <ul>
              {presets.map((p) => (
                <li key={p.id}>
                  <button type="button" className="preset-button" onClick={() => onPreset(p)}>
                    {p.title[lang]}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        {invalid.length > 0 && (
          <section className="catalog-section invalid" aria-labelledby="section-invalid">
            <h3 id="section-invalid">{t('catalog.invalidHeading')}</h3>
            <ul>
              {invalid.map((s) => (
                <li key={s.file}>
                  <strong>{t('catalog.invalid', { file: s.file })}</strong>
                  <ul className="problems">
                    {s.problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        )}
      </CatalogSearch>
    </nav>
  );
}
