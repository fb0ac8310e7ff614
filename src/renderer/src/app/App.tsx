import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { presetView } from '../../../shared/presets';
import { CatalogNav } from '../features/catalog/CatalogNav';
import { useSearchIndex } from '../features/catalog/useSearchIndex';
import { ExplorerContext } from '../features/explorer/context';
import { ViewDispatchContext } from '../features/explorer/dispatch';
import { DatasetHeader, ExplorerPanel, ExplorerTabs } from '../features/explorer/ExplorerView';
import { useExplorerModel } from '../features/explorer/useExplorerModel';
import { PresetBar } from '../features/presets/PresetBar';
import { SourcePanel } from '../features/source/SourcePanel';
import { useLang } from '../hooks/useLang';
import { useResult } from '../hooks/useResult';
import { SaveViewButton } from '../features/saved-views/SaveViewButton';
import { SavedViewsPanel } from '../features/saved-views/SavedViewsPanel';
import { ViewFileButtons } from '../features/saved-views/ViewFileButtons';
import { ViewCodeButtons } from '../features/view-code/ViewCodeButtons';
import { ViewCodeOffer } from '../features/view-code/ViewCodeOffer';
import { ExportMenu } from '../features/export/ExportMenu';
import { LanguageSwitch } from '../features/language/LanguageSwitch';
import { takePrefetched } from './startup';
import { useStartupFigureSaver } from '../features/snapshot/useStartupFigureSaver';

export function App() {
  const { t } = useTranslation();
  const lang = useLang();
  const catalog = useResult(() => takePrefetched(window.api, 'catalog', () => window.api.listDatasets()), 'catalog');
  const search = useSearchIndex(catalog, lang);
  const { context, dispatch, loaded, figureRef } = useExplorerModel();
  const sessionApi = useMemo(
    () => ({
      getStartupView: () => takePrefetched(window.api, 'startupView', () => window.api.getStartupView()),
      saveLastView: window.api.saveLastView,
    }),
    [],
  );
  const { view, dataset, rows } = context;
  useStartupFigureSaver(window.api, figureRef, view, lang);
  return (
    <ExplorerContext.Provider value={context}>
      <ViewDispatchContext.Provider value={dispatch}>
        <div className="app">
          <header className="app-header">
            <div className="app-titles">
              <h1>{t('app.title')}</h1>
              <p>{t('app.subtitle')}</p>
            </div>
            <LanguageSwitch api={window.api} />
          </header>
          <CatalogNav
            catalog={catalog}
            selectedId={view?.datasetId ?? null}
            search={search.search}
            onUseSearch={search.want}
            lang={lang}
            onOpen={(datasetId, rowId) => dispatch({ type: 'open', datasetId, selectedRowId: rowId })}
            onPreset={(preset) => dispatch({ type: 'replace', view: presetView(preset) })}
          />
          <main className="content">
            <ViewCodeOffer onView={(v) => dispatch({ type: 'replace', view: v })} />
            {loaded.state === 'loading' && <p role="status">{t('explorer.opening')}</p>}
            {loaded.state === 'error' && <p role="alert">{t('table.error', { message: loaded.message })}</p>}
            {view === null && (
              <section className="welcome">
                <h2>{t('welcome.heading')}</h2>
                <p>{t('welcome.body')}</p>
              </section>
            )}
            {view !== null && dataset !== null && (
              <>
                <DatasetHeader dataset={dataset} lang={lang} />
                <PresetBar view={view} lang={lang} />
                <div className="tabs-row">
                  <ExplorerTabs dataset={dataset} view={view} />
                  <div className="view-actions">
                    {/* slot: view-actions */}
                    <SaveViewButton />
                    <ExportMenu />
                    <ViewFileButtons />
                    <ViewCodeButtons />
                  </div>
                </div>
                <ExplorerPanel dataset={dataset} rows={rows} view={view} lang={lang} figureRef={figureRef} />
              </>
            )}
          </main>
          <div className="side">
            {view !== null && dataset !== null && view.selectedRowId !== null && (
              <SourcePanel
                dataset={dataset}
                rowId={view.selectedRowId}
                lang={lang}
                onClose={() => dispatch({ type: 'select', rowId: null })}
              />
            )}
            {/* slot: side-panels */}
            <SavedViewsPanel sessionApi={sessionApi} />
          </div>
        </div>
      </ViewDispatchContext.Provider>
    </ExplorerContext.Provider>
  );
}
