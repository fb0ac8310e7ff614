import { useEffect, useMemo, useRef, useState } from 'react';
import type { ViewState } from '../../../shared/view-state';
import { useTranslation } from 'react-i18next';
import { presetView } from '../../../shared/presets';
import { CatalogNav } from '../features/catalog/CatalogNav';
import { useSearchIndex } from '../features/catalog/useSearchIndex';
import { ExplorerContext } from '../features/explorer/context';
import { ViewDispatchContext } from '../features/explorer/dispatch';
import { DatasetHeader, ExplorerPanel, ExplorerTabs } from '../features/explorer/ExplorerView';
import { useExplorerModel } from '../features/explorer/useExplorerModel';
import { PresetBar } from '../features/presets/PresetBar';
import { HomeScreen } from '../features/home/HomeScreen';
import { SourcePanel } from '../features/source/SourcePanel';
import { useLang } from '../hooks/useLang';
import { useResult } from '../hooks/useResult';
import { SaveViewButton } from '../features/saved-views/SaveViewButton';
import { SavedViewsPanel } from '../features/saved-views/SavedViewsPanel';
import { ExportMenu } from '../features/export/ExportMenu';
import { ViewCodeButtons } from '../features/view-code/ViewCodeButtons';
import { ViewCodeOffer } from '../features/view-code/ViewCodeOffer';
import { takePrefetched } from './startup';
import { useStartupFigureSaver } from '../features/snapshot/useStartupFigureSaver';
import { AppHeader } from './AppHeader';
import { startupPreferences } from './preferences';
import { usePanels } from './usePanels';
import { useShortcuts } from './useShortcuts';

export function App() {
  const { t } = useTranslation();
  const lang = useLang();
  const catalog = useResult(() => takePrefetched(window.api, 'catalog', () => window.api.listDatasets()), 'catalog');
  const prefs = useResult(() => startupPreferences(window.api), 'preferences');
  const search = useSearchIndex(catalog, lang);
  const { context, dispatch, loaded, figureRef } = useExplorerModel();
  const panels = usePanels(window.api, prefs.state === 'ready' ? prefs.value.panels : null);
  // The start screen waits for the startup view: a restored view must not flash the start screen first.
  const [started, setStarted] = useState(false);
  const sessionApi = useMemo(
    () => ({
      getStartupView: () =>
        takePrefetched(window.api, 'startupView', () => window.api.getStartupView()).finally(() => setStarted(true)),
      saveLastView: window.api.saveLastView,
    }),
    [],
  );
  // Home closes the dataset; the view it closed is offered back on the start screen.
  const [lastView, setLastView] = useState<ViewState | null>(null);
  const goHome = () => {
    if (context.view !== null) setLastView(context.view);
    focusHome.current = true;
    dispatch({ type: 'home' });
  };
  const { view, dataset, rows } = context;
  useStartupFigureSaver(window.api, figureRef, view, lang);

  useShortcuts({ openDatasets: () => panels.set('datasets', true) });

  // Opening a dataset from the list moves focus to its heading (not on a restored or preset view).
  const focusHeading = useRef(false);
  useEffect(() => {
    if (!focusHeading.current || dataset === null) return;
    focusHeading.current = false;
    document.getElementById('dataset-heading')?.focus();
  }, [dataset]);
  const focusHome = useRef(false);
  useEffect(() => {
    if (!focusHome.current || view !== null) return;
    focusHome.current = false;
    document.getElementById('home-heading')?.focus();
  }, [view]);

  // The source of a value opens the drawer where it is shown.
  const selected = view !== null && dataset !== null && view.selectedRowId !== null;
  const { set: setPanel, drawer } = panels;
  useEffect(() => {
    if (selected && !drawer.open) setPanel('drawer', true);
    // Only a new selection opens it; closing the drawer afterwards is the user's choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, view?.selectedRowId]);

  const closeOverlays = () => {
    if (panels.datasets.mode === 'overlay' && panels.datasets.open) panels.set('datasets', false);
    if (panels.drawer.mode === 'overlay' && panels.drawer.open) panels.set('drawer', false);
  };

  return (
    <ExplorerContext.Provider value={context}>
      <ViewDispatchContext.Provider value={dispatch}>
          <div
            className="app"
            data-datasets={panels.datasets.open ? panels.datasets.mode : 'closed'}
            data-drawer={panels.drawer.open ? panels.drawer.mode : 'closed'}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && !e.defaultPrevented) closeOverlays();
            }}
          >
            <a className="skip-link" href="#content" onClick={(e) => { e.preventDefault(); document.getElementById('content')?.focus(); }}>
              {t('shell.skipToContent')}
            </a>
            <AppHeader
              datasets={panels.datasets}
              drawer={panels.drawer}
              onToggleDatasets={() => panels.set('datasets', !panels.datasets.open)}
              onToggleDrawer={() => panels.set('drawer', !panels.drawer.open)}
              home={view === null}
              onHome={goHome}
            />
            <div className="rail" id="datasets-panel" data-region="" hidden={!panels.datasets.open}>
              <CatalogNav
                catalog={catalog}
                selectedId={view?.datasetId ?? null}
                search={search.search}
                onUseSearch={search.want}
                lang={lang}
                onOpen={(datasetId, rowId) => {
                  focusHeading.current = true;
                  if (panels.datasets.mode === 'overlay') panels.set('datasets', false);
                  dispatch({ type: 'open', datasetId, selectedRowId: rowId });
                }}
                onPreset={(preset) => {
                  if (panels.datasets.mode === 'overlay') panels.set('datasets', false);
                  dispatch({ type: 'replace', view: presetView(preset) });
                }}
              />
            </div>
            {(panels.datasets.mode === 'overlay' && panels.datasets.open) || (panels.drawer.mode === 'overlay' && panels.drawer.open) ? (
              <div className="scrim" aria-hidden="true" onClick={closeOverlays} />
            ) : null}
            <main className="content" id="content" tabIndex={-1} data-region="">
              <ViewCodeOffer onView={(v) => dispatch({ type: 'replace', view: v })} />
              {loaded.state === 'loading' && <p role="status">{t('explorer.opening')}</p>}
              {loaded.state === 'error' && <p role="alert">{t('table.error', { message: loaded.message })}</p>}
              {view === null && started && (
                <HomeScreen
                  lang={lang}
                  last={lastView}
                  catalog={catalog.state === 'ready' ? catalog.value : []}
                  onOpen={(v) => {
                    focusHeading.current = true;
                    dispatch({ type: 'replace', view: v });
                  }}
                  onSource={(datasetId, rowId) => dispatch({ type: 'open', datasetId, selectedRowId: rowId })}
                />
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
                      <ViewCodeButtons />
                    </div>
                  </div>
                  <ExplorerPanel dataset={dataset} rows={rows} view={view} lang={lang} figureRef={figureRef} />
                </>
              )}
            </main>
            {/* Always mounted: the saved-views panel restores the last session even while the drawer is closed. */}
            <div className="drawer" id="side-drawer" data-region="" hidden={!panels.drawer.open}>
              {selected && (
                <SourcePanel
                  dataset={dataset}
                  rowId={view.selectedRowId as string}
                  lang={lang}
                  onClose={() => dispatch({ type: 'select', rowId: null })}
                />
              )}
              {/* slot: side-panels */}
              <SavedViewsPanel sessionApi={sessionApi} catalog={catalog.state === 'ready' ? catalog.value : undefined} />
            </div>
          </div>
      </ViewDispatchContext.Provider>
    </ExplorerContext.Provider>
  );
}
