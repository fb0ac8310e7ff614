import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Dataset, Row } from '../../../../shared/dataset';
import type { ViewState } from '../../../../shared/view-state';
import { isHierarchy, labelField, notesForCell, visibleFields, type Lang } from '../../../../shared/view/fields';
import { computeTotals } from '../../../../shared/view/totals';
import { formatNumber, formatValue } from '../../components/format';
import { fieldHeading } from '../../../../shared/units';
import { useViewDispatch } from '../explorer/dispatch';
import { ColumnFilters } from './ColumnFilters';
import { useRovingCells } from './useRovingCells';
import { ValueCell } from './ValueCell';

/** Below this many rows every row is in the DOM (simpler for assistive tech and find-in-page). */
export const VIRTUALIZE_FROM = 200;
const ROW_HEIGHT = 34;
const NO_ROWS: readonly Row[] = [];

type Props = { dataset: Dataset; rows: readonly Row[]; view: ViewState; lang: Lang };

export function DataTable({ dataset, rows, view, lang }: Props) {
  const { t } = useTranslation();
  const dispatch = useViewDispatch();
  const [filtersOpen, setFiltersOpen] = useState(view.filters.length > 0);
  const fields = useMemo(() => visibleFields(dataset, lang).filter((f) => f.key !== 'parent'), [dataset, lang]);
  const virtual = rows.length >= VIRTUALIZE_FROM;
  // A long table's totals follow its rows in a render of their own: adding up 100,000 rows held back the
  // first paint of a big dataset by ~135 ms and every keystroke of Find by ~15 ms (bench/, metrics 4g and 8c).
  // Its footer sits below the last row, out of view, so nothing visible moves; a short table adds at once.
  const deferredRows = useDeferredValue(rows, NO_ROWS);
  const deferredView = useDeferredValue(view, null);
  const totalsOf = virtual ? { rows: deferredRows, view: deferredView } : { rows, view };
  // Totals depend on which rows are shown, not their order: a sort must not re-add 100,000 rows (bench/, metric 4).
  const totals = useMemo(
    () => (totalsOf.view?.datasetId !== dataset.id ? null : computeTotals(dataset, totalsOf.rows)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `rows` is applyView(dataset, filters, search, sort)
    [dataset, totalsOf.view?.datasetId, totalsOf.view?.filters, totalsOf.view?.search],
  );
  // In a hierarchy the row's name is indented by its depth, so sub-themes read as parts of their theme.
  const indentKey = isHierarchy(dataset) ? labelField(dataset, lang)?.key : undefined;
  const depthOf = (row: Row) => (typeof row.values.level === 'number' ? Math.max(0, row.values.level - 1) : 0);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    enabled: virtual,
    initialRect: { width: 800, height: 600 },
  });

  const selectedIndex = view.selectedRowId === null ? -1 : rows.findIndex((r) => r.id === view.selectedRowId);
  useEffect(() => {
    if (selectedIndex < 0) return;
    if (virtual) virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
    else scrollRef.current?.querySelector('tr[aria-current="true"]')?.scrollIntoView?.({ block: 'nearest' });
    // Only when the selection (or the rows around it) changes, not on every scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedIndex, virtual]);

  const roving = useRovingCells(rows.length, fields.length, (index) => {
    if (virtual) virtualizer.scrollToIndex(index, { align: 'auto' });
  });
  const items = virtual ? virtualizer.getVirtualItems() : null;
  const shown = items ? items.map((i) => ({ row: rows[i.index], index: i.index })) : rows.map((row, index) => ({ row, index }));
  const firstIndex = shown[0]?.index ?? 0;
  const lastIndex = shown[shown.length - 1]?.index ?? 0;
  const padTop = items && items.length > 0 ? (items[0]?.start ?? 0) : 0;
  const padBottom = items && items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  return (
    <div className="data-table">
      <div className="toolbar">
        <label className="find">
          {t('table.find')}
          <input
            type="search"
            value={view.search}
            placeholder={t('table.findPlaceholder')}
            onChange={(e) => dispatch({ type: 'search', text: e.currentTarget.value })}
          />
        </label>
        <button
          type="button"
          aria-expanded={filtersOpen}
          aria-controls="column-filters"
          onClick={() => setFiltersOpen((o) => !o)}
        >
          {t('table.filters')}
          {view.filters.length > 0 ? ` (${view.filters.length})` : ''}
        </button>
        {(view.filters.length > 0 || view.search !== '') && (
          <button type="button" onClick={() => dispatch({ type: 'clear-filters' })}>
            {t('table.clear')}
          </button>
        )}
        <span role="status" className="count">
          {t('table.shown', { shown: formatNumber(rows.length, lang), total: formatNumber(dataset.rows.length, lang) })}
        </span>
      </div>
      {filtersOpen && (
        <div id="column-filters">
          <ColumnFilters
            dataset={dataset}
            fields={fields}
            filters={view.filters}
            lang={lang}
            onChange={(filter) => dispatch({ type: 'filter', filter })}
          />
        </div>
      )}
      <div className="table-scroll" ref={scrollRef} tabIndex={-1}>
        <table aria-rowcount={rows.length + 1}>
          <caption>{t('table.caption', { title: dataset.title[lang], period: dataset.period.label[lang] })}</caption>
          <thead>
            <tr>
              {fields.map((f) => {
                const dir = view.sort?.field === f.key ? view.sort.dir : null;
                return (
                  <th
                    key={f.key}
                    scope="col"
                    aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                    className={f.role === 'measure' ? 'num' : undefined}
                  >
                    <button type="button" className="sort" onClick={() => dispatch({ type: 'sort', field: f.key })}>
                      {fieldHeading(f, lang)}
                      <span aria-hidden="true" className="sort-mark">
                        {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody ref={roving.bodyRef} onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
            {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
            {shown.map(({ row, index }) =>
              row === undefined ? null : (
                <tr
                  key={row.id}
                  aria-rowindex={index + 2}
                  aria-current={row.id === view.selectedRowId ? 'true' : undefined}
                  data-row-id={row.id}
                >
                  {fields.map((f, col) => (
                    <ValueCell
                      key={f.key}
                      cellId={`${index}:${col}`}
                      tabStop={roving.isTabStop(index, col, firstIndex, lastIndex)}
                      text={formatValue(row.values[f.key], f, lang)}
                      numeric={f.role === 'measure'}
                      indent={f.key === indentKey ? depthOf(row) : 0}
                      notes={notesForCell(dataset.notes, row.id, f.key)}
                      lang={lang}
                      onSelect={() => dispatch({ type: 'select', rowId: row.id })}
                    />
                  ))}
                </tr>
              ),
            )}
            {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
            {rows.length === 0 && (
              <tr>
                <td colSpan={fields.length} className="empty">
                  {t('table.noRows')}
                </td>
              </tr>
            )}
          </tbody>
          {totals !== null && (
            <tfoot>
              <tr className="totals">
                {fields.map((f, i) => (
                  <td key={f.key} className={f.role === 'measure' ? 'num' : undefined}>
                    {i === 0 ? <strong>{t('table.total')}</strong> : f.key in totals ? formatValue(totals[f.key], f, lang) : ''}
                  </td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {totals !== null && isHierarchy(dataset) && <p className="hint">{t('table.totalHierarchy')}</p>}
    </div>
  );
}
