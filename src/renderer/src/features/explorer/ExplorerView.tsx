import { memo, useState, type ComponentType, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset, Row } from '../../../../shared/dataset';
import type { Tab, ViewState } from '../../../../shared/view-state';
import { isGeographic } from '../../../../shared/view/map-data';
import type { Lang } from '../../../../shared/view/fields';
import { unitLabel } from '../../../../shared/units';
import { panelId, tabId, Tabs } from '../../components/Tabs';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { DataTable } from '../table/DataTable';
import { describeView } from './describe';
import { useViewDispatch } from './dispatch';
import { lazyModule, useLazyModule, type LazyModule } from '../../hooks/useLazyModule';

// recharts and the map geometry are big: they load only when their tab is opened.
type FigureProps = { dataset: Dataset; rows: readonly Row[]; view: ViewState; lang: Lang };
type FigureTab = Exclude<Tab, 'table'>;
const figureModules = {
  chart: lazyModule(() => import('../chart/ChartPanel')),
  map: lazyModule(() => import('../map/MapPanel')),
} satisfies Record<FigureTab, LazyModule<{ default: ComponentType<FigureProps> }>>;
const FIGURE_TABS = ['chart', 'map'] as const satisfies readonly FigureTab[];

/**
 * Starts fetching a figure's code as soon as the view asks for it, while its dataset still loads:
 * a startup view on the Chart tab used to wait for the dataset, then for recharts (bench/, metric 1).
 */
export const preloadFigure = (tab: Tab): void => {
  // A failed preload is reported where the figure is shown (useLazyModule throws to the ErrorBoundary).
  if (tab !== 'table') figureModules[tab].load().catch(() => {});
};

const ID_PREFIX = 'explorer';

/** The tab actually shown: a Map tab asked of non-geographic data falls back to the table. */
export const effectiveTab = (dataset: Pick<Dataset, 'fields'>, tab: Tab): Tab =>
  tab === 'map' && !isGeographic(dataset) ? 'table' : tab;

export function DatasetHeader({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const units = [...new Set(dataset.fields.flatMap((f) => (f.unit ? [unitLabel(f.unit, lang)] : [])))];
  return (
    <header className="dataset-header">
      <p className="section-name">{dataset.section.title[lang]}</p>
      <h2 id="dataset-heading" tabIndex={-1}>
        {dataset.title[lang]}
      </h2>
      <Description key={dataset.id} text={dataset.description[lang]} />
      <p className="meta">
        {dataset.period.label[lang]} · {t('explorer.rowsLabel', { count: dataset.rows.length })}
        {units.length > 0 && ` · ${t('explorer.units', { units: units.join(', ') })}`}
        {dataset.notes.length > 0 && ` · ${t('explorer.notes', { count: dataset.notes.length })}`}
      </p>
    </header>
  );
}

/** Two lines of the description, and the rest on request: the figure keeps the window's height. */
function Description({ text }: { text: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const long = text.length > 180;
  return (
    <div className="description-wrap">
      <p className="description" id="dataset-description" data-open={open || !long}>
        {text}
      </p>
      {long && (
        <button type="button" className="link" aria-expanded={open} aria-controls="dataset-description" onClick={() => setOpen(!open)}>
          {open ? t('explorer.less') : t('explorer.more')}
        </button>
      )}
    </div>
  );
}

export function ExplorerTabs({ dataset, view }: { dataset: Dataset; view: ViewState }) {
  const { t } = useTranslation();
  const dispatch = useViewDispatch();
  const items = [
    { key: 'table' as const, label: t('explorer.table') },
    { key: 'chart' as const, label: t('explorer.chart') },
    ...(isGeographic(dataset) ? [{ key: 'map' as const, label: t('explorer.map') }] : []),
  ];
  return (
    <Tabs
      label={t('explorer.views')}
      idPrefix={ID_PREFIX}
      items={items}
      selected={effectiveTab(dataset, view.tab)}
      onSelect={(tab) => dispatch({ type: 'tab', tab })}
    />
  );
}

type PanelProps = {
  dataset: Dataset;
  rows: readonly Row[];
  view: ViewState;
  lang: Lang;
  figureRef: RefObject<HTMLDivElement | null>;
};

export function ExplorerPanel({ dataset, rows, view, lang, figureRef }: PanelProps) {
  const { t } = useTranslation();
  const dispatch = useViewDispatch();
  const tab = effectiveTab(dataset, view.tab);
  const loading = (
    <p role="status" className="loading">
      {t('explorer.loadingFigure')}
    </p>
  );
  // A figure tab, once opened, stays mounted and is hidden while another tab shows: coming back
  // to a chart then costs a style change instead of a new recharts chart, a 40–60 ms task on a
  // 2-core laptop (bench/, metric 7). The map is kept the same way.
  const [opened, setOpened] = useState<ReadonlySet<FigureTab>>(() => new Set());
  if (tab !== 'table' && !opened.has(tab)) setOpened(new Set(opened).add(tab));
  const filtered = view.filters.length > 0 || view.search.trim() !== '';
  return (
    <div role="tabpanel" id={panelId(ID_PREFIX, tab)} aria-labelledby={tabId(ID_PREFIX, tab)} className="tab-panel">
      {tab !== 'table' && filtered && (
        // The filters are edited on the Table tab; the figure says which rows it shows.
        <p className="active-filters">
          {t('explorer.filtered', {
            shown: rows.length,
            total: dataset.rows.length,
            filters: describeView(dataset, view, lang),
          })}{' '}
          <button type="button" onClick={() => dispatch({ type: 'clear-filters' })}>
            {t('table.clear')}
          </button>
        </p>
      )}
      {tab === 'table' && <DataTable dataset={dataset} rows={rows} view={view} lang={lang} />}
      {FIGURE_TABS.filter((k) => opened.has(k)).map((k) => (
        <div key={k} hidden={tab !== k}>
          <ErrorBoundary
            resetKey={`${dataset.id}/${k}`}
            fallback={(message) => <p role="alert">{t('explorer.figureFailed', { message })}</p>}
          >
            <KeptFigure
              shown={tab === k}
              tab={k}
              loading={loading}
              figureRef={figureRef}
              dataset={dataset}
              rows={rows}
              view={view}
              lang={lang}
            />
          </ErrorBoundary>
        </div>
      ))}
    </div>
  );
}

type KeptFigureProps = FigureProps & { tab: FigureTab; shown: boolean; loading: ReactNode; figureRef: PanelProps['figureRef'] };

/**
 * A hidden figure keeps what it last drew: a filter or sort on the Table tab does not redraw a chart
 * nobody sees; it catches up when shown. Only the shown figure holds `figureRef` (what Export frames).
 */
const KeptFigure = memo(Figure, (before, after) => !before.shown && !after.shown);

function Figure({ tab, shown, loading, figureRef, ...props }: KeptFigureProps) {
  // Keyed by tab (see ExplorerPanel), so the hook always follows one module.
  const Panel = useLazyModule<{ default: ComponentType<FigureProps> }>(figureModules[tab])?.default;
  return Panel === undefined ? (
    loading
  ) : (
    <div ref={shown ? figureRef : undefined} className="figure">
      <Panel {...props} />
    </div>
  );
}
