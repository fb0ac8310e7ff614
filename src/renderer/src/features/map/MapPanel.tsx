import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset, Row } from '../../../../shared/dataset';
import type { ViewState } from '../../../../shared/view-state';
import { measureFields, rowLabel, type Lang } from '../../../../shared/view/fields';
import {
  availableMapModes,
  quantileThresholds,
  resolveMapMode,
  valuesByCountry,
  valuesByRegion,
} from '../../../../shared/view/map-data';
import { formatNumber } from '../../components/format';
import { unitLabel } from '../../../../shared/units';
import { useElementWidth } from '../../hooks/useElementWidth';
import { loadDataset } from '../explorer/dataset-cache';
import { useResult } from '../../hooks/useResult';
import { useViewDispatch } from '../explorer/dispatch';
import { byAtlasId } from './codes';
import { numericToAlpha3 } from '../../../../shared/country-table';
import { countryName } from '../../../../shared/countries';
import { useOutlines } from './useOutlines';
import { MapLegend } from './MapLegend';
import { WorldMap, type MapValue } from './WorldMap';
import { DEFAULT_VIEWPORT, isDefaultViewport } from './projection';

type Props = { dataset: Dataset; rows: readonly Row[]; view: ViewState; lang: Lang };

const COUNTRY_REGIONS = 'country-regions';

/**
 * "Show whole world" is a map setting, kept for the session, not a part of the ViewState: adding it
 * there would mean a new view format (VIEW_STATE_VERSION 2) that every saved view, view file and
 * view code would carry, for a choice that only changes the default framing. A view that was panned
 * or zoomed already saves exactly what it shows (centre and zoom).
 */
let wholeWorldChoice = false;

/** The Map tab (lazy-loaded with d3-geo and the bundled world atlas). */
export default function MapPanel({ dataset, rows, view, lang }: Props) {
  const { t } = useTranslation();
  const dispatch = useViewDispatch();
  const { attach: attachBox, width } = useElementWidth(900);
  const needsRegions = !dataset.fields.some((f) => f.type === 'iso3') && dataset.fields.some((f) => f.type === 'region');
  const regions = useResult<Dataset | null>(
    () => (needsRegions ? loadDataset(window.api, COUNTRY_REGIONS) : Promise.resolve({ ok: true as const, value: null })),
    needsRegions ? COUNTRY_REGIONS : '',
  );
  const countryRegions = regions.state === 'ready' ? regions.value : null;
  const modes = availableMapModes(dataset, countryRegions !== null);
  const mode = resolveMapMode(modes, view.map.mode);
  const measures = measureFields(dataset);
  const measure = measures.find((f) => f.key === view.chart.measure) ?? measures[0] ?? null;
  const [wholeWorld, setWholeWorld] = useState(wholeWorldChoice);

  // Cheap for report-sized data, and recomputed only when the view or dataset changes.
  const values = ((): ReadonlyMap<string, MapValue> => {
    const label = (r: Row) => rowLabel(dataset, r, lang);
    if (mode === 'regions' && countryRegions) return byAtlasId(valuesByRegion(dataset, rows, measure, countryRegions, label));
    if (mode === 'choropleth' || mode === 'symbols') return byAtlasId(valuesByCountry(dataset, rows, measure, label));
    return new Map<string, MapValue>();
  })();
  const numbers = (() => {
    // Regions: one value per region, not per country, so big regions do not weigh more in the classes.
    const unique =
      mode === 'regions'
        ? new Map([...values.values()].map((v) => [v.region, v.value]))
        : new Map([...values].map(([k, v]) => [k, v.value]));
    return [...unique.values()].filter((v): v is number => v !== null);
  })();
  // Fitted to the countries with a figure while the view is at its default framing; once panned or
  // zoomed, the view's own centre and zoom.
  // A country listed without a figure counts: it is drawn and can be selected.
  const withData = [...values.keys()].sort();
  const fitted = !wholeWorld && isDefaultViewport(view.map) && withData.length > 0;
  const { outlines, detail, viewport: drawnAt, error } = useOutlines(width, view.map, fitted ? withData : null, withData);
  const thresholds = quantileThresholds(numbers, Math.min(5, Math.max(2, numbers.length)));
  const maxValue = numbers.length > 0 ? Math.max(...numbers) : 0;

  if (needsRegions && regions.state === 'loading') return <p role="status">{t('map.loading')}</p>;
  if (mode === null) return <p className="empty">{needsRegions ? t('map.noRegions') : t('map.noMode')}</p>;
  const unit = measure?.unit ? unitLabel(measure.unit, lang) : '';
  const fmt = (v: number) => formatNumber(v, lang);
  // Rows may count different things (families, IDPs…): a unit column then names each row's unit.
  const unitColumn = dataset.fields.find((f) => f.role === 'dimension' && /^(unit|[a-z][a-zA-Z0-9]*Unit)$/.test(f.key));
  const unitOf = (v: MapValue) => {
    const own = unitColumn ? dataset.rows.find((r) => r.id === v.rowIds[0])?.values[unitColumn.key] : undefined;
    return typeof own === 'string' && v.rowIds.length === 1 ? own : unit;
  };
  const describe = (v: MapValue, countryName: string) => {
    const value = v.value === null ? t('map.noFigure') : `${fmt(v.value)} ${unitOf(v)}`.trim();
    return v.region ? t('map.region', { name: countryName, region: v.label, value }) : t('map.value', { name: v.label, value });
  };
  const globalRow = mode === 'regions' ? rows.find((r) => Object.values(r.values).includes('GLOBAL')) : undefined;
  const globalValue = globalRow && measure ? globalRow.values[measure.key] : undefined;
  const countriesWithData = mode === 'regions' ? values.size : [...values.values()].filter((v) => v.value !== null).length;

  return (
    <div className="map-panel">
      <div className="chart-controls">
        {modes.length > 1 && (
          <label>
            {t('map.mode')}
            <select
              value={mode}
              onChange={(e) => dispatch({ type: 'map', patch: { mode: modes.find((m) => m === e.currentTarget.value) ?? null } })}
            >
              {modes.map((m) => (
                <option key={m} value={m}>
                  {t(`map.modes.${m}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="map-whole-world">
          <input
            type="checkbox"
            checked={wholeWorld}
            onChange={(e) => {
              wholeWorldChoice = e.currentTarget.checked;
              setWholeWorld(wholeWorldChoice);
              dispatch({ type: 'map', patch: DEFAULT_VIEWPORT });
            }}
          />
          {t('map.wholeWorld')}
        </label>
        <span role="status" className="count">
          {t('map.countries', { count: countriesWithData })}
          {detail === '50m' ? ` · ${t('map.detail')}` : ''}
        </span>
      </div>
      <div ref={attachBox} className="map-box">
        {error !== null && <p role="alert">{t('map.failed', { message: error })}</p>}
        {error === null && outlines === null && <p role="status">{t('map.loading')}</p>}
        {outlines !== null && drawnAt !== null && width !== null && (
          <WorldMap
            outlines={outlines}
            drawnAt={drawnAt}
            values={values}
            mode={mode}
            thresholds={thresholds}
            maxValue={maxValue}
            viewport={fitted ? drawnAt : { center: view.map.center, zoom: view.map.zoom }}
            onViewport={(v) => dispatch({ type: 'map', patch: v })}
            selectedRowId={view.selectedRowId}
            onSelect={(rowId) => dispatch({ type: 'select', rowId })}
            describe={describe}
            nameOf={(id, atlasName) => {
              const iso3 = numericToAlpha3(id);
              return iso3 === undefined ? atlasName : countryName(iso3, lang);
            }}
            valueText={fmt}
            width={width}
            label={t('map.label', { measure: measure ? measure.label[lang] : dataset.title[lang] })}
          />
        )}
      </div>
      <MapLegend mode={mode} thresholds={thresholds} maxValue={maxValue} format={fmt} unit={unit} />
      {typeof globalValue === 'number' && (
        <p className="hint">{t('map.global', { value: `${fmt(globalValue)} ${unit}`.trim() })}</p>
      )}
    </div>
  );
}
