import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { geoPath } from 'd3-geo';
import type { MapMode } from '../../../../shared/view-state';
import { NoDataPattern } from './NoDataPattern';
import { classOf, symbolRadius } from '../../../../shared/view/map-data';
import { useMapPalette } from './palette';
import { DEFAULT_VIEWPORT, mapHeight, mapProjection, type Outline, type Viewport } from './projection';
import { layoutMapLabels } from '../../../../shared/view/map-labels';
import { EXPORT_FONT } from '../../../../shared/export/text-metrics';

export type MapValue = { value: number | null; label: string; rowIds: string[]; iso3: string; region?: string };
export type { Viewport };

type Props = {
  /** Projected outlines (useOutlines), drawn at `drawnAt`, which may trail `viewport` while new ones come. */
  outlines: readonly Outline[];
  drawnAt: Viewport;
  values: ReadonlyMap<string, MapValue>;
  mode: MapMode;
  thresholds: readonly number[];
  maxValue: number;
  viewport: Viewport;
  onViewport: (v: Viewport) => void;
  selectedRowId: string | null;
  onSelect: (rowId: string) => void;
  /** Text for a country: its data label (or the atlas name) and value. */
  describe: (v: MapValue, countryName: string) => string;
  /** A country's name in the language on screen, from its atlas id and English atlas name. */
  nameOf: (id: string, atlasName: string) => string;
  /** A value as its label writes it ("47,294"). */
  valueText: (value: number) => string;
  width: number;
  label: string;
};

export const NO_DATA_FILL = 'url(#no-data)';
const round = (v: number) => Math.round(v * 10) / 10;
const PAN_STEP = 60;

/** The map itself: an SVG of country paths (d3-geo), zoomable by wheel/buttons/keys and draggable. */
export function WorldMap(p: Props) {
  const { t } = useTranslation();
  const pal = useMapPalette();
  const height = mapHeight(p.width);
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ x: number; y: number; dx: number; dy: number } | null>(null);
  const [hover, setHover] = useState<{ id: string; name: string; x: number; y: number } | null>(null);

  // What is on screen: pointer positions are read against it.
  const projection = useMemo(() => mapProjection(p.width, p.drawnAt), [p.width, p.drawnAt]);
  const sphere = useMemo(() => geoPath(projection).digits(1)({ type: 'Sphere' }) ?? '', [projection]);

  /** Moves the view centre by a distance in pixels (drag, arrow keys, pan buttons). */
  const panBy = (dx: number, dy: number) => {
    const c = projection.invert?.([p.width / 2 - dx, height / 2 - dy]);
    if (c && Number.isFinite(c[0]) && Number.isFinite(c[1])) p.onViewport({ center: [c[0], c[1]], zoom: p.viewport.zoom });
  };
  /** Zooms by `factor`, keeping the place under `at` (pixels in the map) where it is; the centre by default. */
  const zoomBy = (factor: number, at?: [number, number]) => {
    const zoom = p.viewport.zoom * factor;
    const anchor = at ? projection.invert?.(at) : null;
    if (!anchor || !Number.isFinite(anchor[0]) || !Number.isFinite(anchor[1]))
      return p.onViewport({ center: p.viewport.center, zoom });
    // Near the anchor the projection is close to linear: move the centre towards it by the zoom's share.
    const [lon, lat] = p.viewport.center;
    const share = 1 - 1 / factor;
    p.onViewport({ center: [lon + (anchor[0] - lon) * share, lat + (anchor[1] - lat) * share], zoom });
  };

  // React's wheel listener is passive; zooming must stop the page from scrolling.
  const zoomRef = useRef(zoomBy);
  useEffect(() => {
    zoomRef.current = zoomBy;
  });
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const box = svg.getBoundingClientRect();
      // The svg may be scaled down by CSS: convert to its own (viewBox) pixels.
      const scale = box.width > 0 ? svg.viewBox.baseVal.width / box.width : 1;
      const at: [number, number] | undefined =
        box.width > 0 ? [(e.clientX - box.left) * scale, (e.clientY - box.top) * scale] : undefined;
      zoomRef.current(e.deltaY < 0 ? 1.25 : 0.8, at);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, []);

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setDrag({ x: e.clientX, y: e.clientY, dx: 0, dy: 0 });
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (drag) setDrag({ ...drag, dx: e.clientX - drag.x, dy: e.clientY - drag.y });
  };
  const onPointerUp = () => {
    if (drag && Math.hypot(drag.dx, drag.dy) > 3) panBy(drag.dx, drag.dy);
    setDrag(null);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const move = moves[e.key];
    if (move && e.target === e.currentTarget) {
      e.preventDefault();
      panBy(move[0], move[1]);
    } else if (e.key === '+' || e.key === '=') zoomBy(1.5);
    else if (e.key === '-' || e.key === '_') zoomBy(1 / 1.5);
  };

  const isSelected = (v: MapValue | undefined) =>
    v !== undefined && p.selectedRowId !== null && v.rowIds.includes(p.selectedRowId);
  const fillOf = (v: MapValue | undefined) => {
    if (v === undefined) return NO_DATA_FILL;
    if (p.mode === 'symbols' || v.value === null) return pal.land;
    return pal.sequential(classOf(v.value, p.thresholds));
  };
  // Labels and markers (choropleth and circles; a region map's values belong to regions, not to
  // the countries that would carry them).
  const marks = useMemo(() => {
    if (p.mode === 'regions') return { labels: [], markers: [] };
    const items = p.outlines.flatMap((s) => {
      const v = p.values.get(s.id);
      if (!v || !s.box) return [];
      const value = v.value === null ? '' : p.valueText(v.value);
      return [{ id: s.id, centroid: s.centroid, box: s.box, name: p.nameOf(s.id, s.name), value, n: v.value ?? -1 }];
    });
    items.sort((a, b) => b.n - a.n);
    const laid = layoutMapLabels(items, p.width, height);
    return p.mode === 'symbols' ? { labels: laid.labels, markers: [] } : laid;
    // nameOf and valueText are new functions each render but depend on the language only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [p.outlines, p.values, p.mode, p.width, height]);
  const hovered = hover ? p.values.get(hover.id) : undefined;
  const interactive = (id: string, name: string, v: MapValue) => ({
    tabIndex: 0,
    role: 'button',
    'aria-label': p.describe(v, name),
    'aria-pressed': isSelected(v),
    onFocus: (e: React.FocusEvent<SVGElement>) => {
      const box = e.currentTarget.getBoundingClientRect?.();
      const own = svgRef.current?.getBoundingClientRect?.();
      setHover({ id, name, x: box && own ? box.x - own.x + box.width / 2 : 0, y: box && own ? box.y - own.y : 0 });
    },
    onBlur: () => setHover(null),
    onMouseMove: (e: React.MouseEvent<SVGElement>) => {
      const own = svgRef.current?.getBoundingClientRect?.();
      setHover({ id, name, x: own ? e.clientX - own.x : 0, y: own ? e.clientY - own.y : 0 });
    },
    onMouseLeave: () => setHover(null),
    onClick: () => v.rowIds[0] !== undefined && p.onSelect(v.rowIds[0]),
    onKeyDown: (e: KeyboardEvent) => {
      if ((e.key === 'Enter' || e.key === ' ') && v.rowIds[0] !== undefined) {
        e.preventDefault();
        p.onSelect(v.rowIds[0]);
      }
    },
  });

  return (
    <div className="world-map" style={{ position: 'relative' }}>
      <div className="map-buttons" role="group" aria-label={p.label}>
        <button type="button" onClick={() => zoomBy(1.5)} aria-label={t('map.zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.5)} aria-label={t('map.zoomOut')}>
          −
        </button>
        <button type="button" onClick={() => panBy(PAN_STEP, 0)} aria-label={t('map.panLeft')}>
          ←
        </button>
        <button type="button" onClick={() => panBy(-PAN_STEP, 0)} aria-label={t('map.panRight')}>
          →
        </button>
        <button type="button" onClick={() => panBy(0, PAN_STEP)} aria-label={t('map.panUp')}>
          ↑
        </button>
        <button type="button" onClick={() => panBy(0, -PAN_STEP)} aria-label={t('map.panDown')}>
          ↓
        </button>
        <button type="button" onClick={() => p.onViewport(DEFAULT_VIEWPORT)}>
          {t('map.reset')}
        </button>
      </div>
      <svg
        ref={svgRef}
        data-figure="map"
        xmlns="http://www.w3.org/2000/svg"
        width={p.width}
        height={height}
        viewBox={`0 0 ${p.width} ${height}`}
        tabIndex={0}
        aria-label={p.label}
        role="group"
        className={drag ? 'dragging' : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
        onKeyDown={onKeyDown}
      >
        <defs>
          <NoDataPattern id="no-data" fill={pal.noData} hatch={pal.hatch} />
        </defs>
        <rect width={p.width} height={height} fill={pal.sea} data-map-part="sea" />
        <g transform={drag ? `translate(${drag.dx} ${drag.dy})` : undefined}>
          <path d={sphere} fill={pal.sea} stroke={pal.sphereEdge} />
          {p.outlines.map((s) => {
            const v = p.values.get(s.id);
            const d = s.d;
            if (v === undefined)
              return (
                <path
                  key={s.id}
                  d={d}
                  fill={NO_DATA_FILL}
                  stroke={pal.border}
                  strokeWidth={0.5}
                  data-country={s.id}
                  data-has-data="false"
                  aria-hidden="true"
                >
                  <title>{`${p.nameOf(s.id, s.name)}: ${t('map.noData')}`}</title>
                </path>
              );
            return (
              <path
                key={s.id}
                d={d}
                fill={fillOf(v)}
                stroke={isSelected(v) ? pal.selected : pal.border}
                strokeWidth={isSelected(v) ? 2 : 0.5}
                data-country={s.id}
                data-has-data="true"
                className="country"
                // With circles, the circle is the control; a country listed without a figure has no circle, so its shape is.
                {...(p.mode === 'symbols' && v.value !== null ? { 'aria-hidden': true } : interactive(s.id, p.nameOf(s.id, s.name), v))}
              />
            );
          })}
          {p.mode === 'symbols' &&
            p.outlines
              .flatMap((s) => {
                const v = p.values.get(s.id);
                if (!v || v.value === null || v.value <= 0) return [];
                const [cx, cy] = s.centroid;
                if (!Number.isFinite(cx) || !Number.isFinite(cy)) return [];
                return [{ s, v, cx, cy, r: symbolRadius(v.value, p.maxValue, 28) }];
              })
              .sort((a, b) => b.r - a.r)
              .map(({ s, v, cx, cy, r }) => (
                <circle
                  key={s.id}
                  cx={cx}
                  cy={cy}
                  r={r}
                  className="symbol"
                  fill={pal.symbol}
                  fillOpacity={0.6}
                  stroke={isSelected(v) ? pal.selected : pal.border}
                  strokeWidth={isSelected(v) ? 2 : 1}
                  data-country={s.id}
                  {...interactive(s.id, p.nameOf(s.id, s.name), v)}
                />
              ))}
          {marks.markers.map((m) => {
            const v = p.values.get(m.id);
            return (
              <circle
                key={m.id}
                cx={m.cx}
                cy={m.cy}
                r={m.r}
                fill={fillOf(v)}
                stroke={isSelected(v) ? pal.selected : pal.label}
                strokeWidth={isSelected(v) ? 2 : 1.25}
                data-map-part="marker"
                data-country={m.id}
                aria-hidden="true"
                onClick={() => v?.rowIds[0] !== undefined && p.onSelect(v.rowIds[0])}
              />
            );
          })}
          <g data-map-part="labels" aria-hidden="true" fontFamily={EXPORT_FONT} textAnchor="middle" pointerEvents="none">
            {marks.labels.map((l) => (
              <text
                key={l.id}
                data-country={l.id}
                fontSize={l.size}
                fill={pal.label}
                stroke={pal.halo}
                strokeWidth={3}
                strokeLinejoin="round"
                paintOrder="stroke"
              >
                {l.lines.map((line, i) => (
                  <tspan key={i} x={round(l.x)} y={round(l.box.y + l.size * (0.95 + 1.25 * i))} fontWeight={i === 0 ? 700 : undefined}>
                    {line}
                  </tspan>
                ))}
              </text>
            ))}
          </g>
        </g>
      </svg>
      {hovered && hover && (
        <div className="map-tooltip" role="status" style={{ left: hover.x + 12, top: hover.y + 12 }}>
          {p.describe(hovered, hover.name)}
        </div>
      )}
    </div>
  );
}
