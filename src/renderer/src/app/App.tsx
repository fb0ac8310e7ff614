import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogNav } from '../features/catalog/CatalogNav';
import { PlainTable } from '../features/table/PlainTable';
import { useResult } from '../hooks/useResult';

export function App() {
  const { t } = useTranslation();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const catalog = useResult(() => window.api.listDatasets(), 'catalog');
  const dataset = useResult(
    () => (selectedId ? window.api.getDataset({ id: selectedId }) : Promise.resolve({ ok: true as const, value: null })),
    selectedId ?? '',
  );
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p>{t('app.subtitle')}</p>
      </header>
      <CatalogNav catalog={catalog} selectedId={selectedId} onSelect={setSelectedId} />
      <main className="content">
        {dataset.state === 'loading' && <p role="status">{t('catalog.loading')}</p>}
        {dataset.state === 'error' && <p role="alert">{t('table.error', { message: dataset.message })}</p>}
        {dataset.state === 'ready' && dataset.value === null && (
          <section>
            <h2>{t('welcome.heading')}</h2>
            <p>{t('welcome.body')}</p>
          </section>
        )}
        {dataset.state === 'ready' && dataset.value !== null && <PlainTable dataset={dataset.value} />}
      </main>
    </div>
  );
}
