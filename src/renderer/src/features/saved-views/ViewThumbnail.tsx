import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { THUMBNAIL_FRAME } from '../../../../shared/view/thumbnail-frame';
import type { Thumbnail } from '../../../../shared/view/thumbnail';
import { landPath } from './land-grid';

/** The drawing's own units; CSS sizes it (saved-views.css). Maps use the land grid's units instead. */
const W = 96;
const H = 48;
const PAD = 3;
/** Pie slices and line colours cycle through the chart series tokens (saved-views.css). */
const SERIES = 8;

const bars = (values: readonly number[], horizontal: boolean): ReactNode => {
  const n = values.length;
  const along = (horizontal ? H : W) - 2 * PAD;
  const step = along / n;
  const thick = Math.max(0.8, step * (n > 12 ? 0.8 : 0.7));
  const length = (horizontal ? W : H) - 2 * PAD;
  return values.map((v, i) => {
    const at = PAD + i * step + (step - thick) / 2;
    const len = Math.max(0.5, v * length);
    return horizontal ? (
      <rect key={i} className="sv-thumb-mark" x={PAD} y={at} width={len} height={thick} />
    ) : (
      <rect key={i} className="sv-thumb-mark" x={at} y={H - PAD - len} width={thick} height={len} />
    );
  });
};

const lines = (series: readonly (readonly number[])[]): ReactNode =>
  series.map((ys, i) => (
    <polyline
      key={i}
      className={`sv-thumb-line sv-thumb-s${(i % SERIES) + 1}`}
      points={ys.map((y, j) => `${PAD + (j * (W - 2 * PAD)) / (ys.length - 1)},${H - PAD - y * (H - 2 * PAD)}`).join(' ')}
    />
  ));

/** Slices as dashes of one circle's stroke: a pie (or donut) in a handful of attributes. */
const pie = (values: readonly number[], hole: boolean): ReactNode => {
  const outer = H / 2 - PAD;
  const r = hole ? outer * 0.75 : outer / 2;
  const width = hole ? outer * 0.5 : outer;
  const around = 2 * Math.PI * r;
  let start = 0;
  return (
    <g transform={`rotate(-90 ${W / 2} ${H / 2})`}>
      {values.map((v, i) => {
        const slice = (
          <circle
            key={i}
            className={`sv-thumb-slice sv-thumb-s${(i % SERIES) + 1}`}
            cx={W / 2}
            cy={H / 2}
            r={r}
            strokeWidth={width}
            strokeDasharray={`${v * around} ${around}`}
            strokeDashoffset={-start * around}
          />
        );
        start += v;
        return slice;
      })}
    </g>
  );
};

/** Slice-and-dice tiles, biggest first, cutting across the longer side each time. */
const treemap = (values: readonly number[]): ReactNode => {
  let box = { x: PAD, y: PAD, w: W - 2 * PAD, h: H - 2 * PAD };
  let left = values.reduce((s, v) => s + v, 0);
  return values.map((v, i) => {
    const share = left > 0 ? v / left : 0;
    left -= v;
    const wide = box.w >= box.h;
    const tile = wide ? { ...box, w: box.w * share } : { ...box, h: box.h * share };
    box = wide ? { ...box, x: box.x + tile.w, w: box.w - tile.w } : { ...box, y: box.y + tile.h, h: box.h - tile.h };
    return (
      <rect
        key={i}
        className={`sv-thumb-tile sv-thumb-s${(i % SERIES) + 1}`}
        x={tile.x}
        y={tile.y}
        width={tile.w}
        height={tile.h}
      />
    );
  });
};

const table = (values: readonly number[]): ReactNode => {
  const rows = Math.max(values.length, 3);
  const step = (H - 2 * PAD) / (rows + 1);
  return (
    <>
      <rect className="sv-thumb-head" x={PAD} y={PAD} width={W - 2 * PAD} height={step * 0.7} />
      {Array.from({ length: rows }, (_, i) => {
        const y = PAD + (i + 1) * step;
        const v = values[i];
        return (
          <g key={i}>
            <rect className="sv-thumb-cell" x={PAD} y={y + step * 0.2} width={(W - 2 * PAD) * 0.45} height={step * 0.45} />
            {v !== undefined && (
              <rect
                className="sv-thumb-mark"
                x={W / 2 + 2}
                y={y + step * 0.15}
                width={Math.max(0.5, v * (W / 2 - 2 - PAD))}
                height={step * 0.55}
              />
            )}
          </g>
        );
      })}
    </>
  );
};

const map = (dots: readonly (readonly [number, number, number])[], regions: boolean): ReactNode => (
  <>
    <rect className="sv-thumb-sea" width={THUMBNAIL_FRAME.columns} height={THUMBNAIL_FRAME.rows} />
    <path className="sv-thumb-land" d={landPath()} />
    {dots.map(([x, y, shade], i) => (
      <circle
        key={i}
        className={`sv-thumb-dot sv-thumb-shade${shade}`}
        cx={x * THUMBNAIL_FRAME.columns}
        cy={y * THUMBNAIL_FRAME.rows}
        r={regions ? 2.6 : 1.7}
      />
    ))}
  </>
);

const drawing = (t: Thumbnail): ReactNode => {
  switch (t.kind) {
    case 'bar':
    case 'column':
      return bars(t.values, t.kind === 'bar');
    case 'line':
      return lines(t.lines);
    case 'pie':
      return pie(t.values, t.hole);
    case 'treemap':
      return treemap(t.values);
    case 'table':
      return table(t.values);
    case 'map':
      return map(t.dots, t.regions);
    default: {
      const exhaustive: never = t;
      return exhaustive;
    }
  }
};

/**
 * A saved view's thumbnail (main's sketch of its figure, see shared/view/thumbnail.ts), drawn as a
 * small SVG from the design tokens: no chart or map library, so the list stays on the first screen.
 */
export function ViewThumbnail({ thumbnail }: { thumbnail: Thumbnail }) {
  const { t } = useTranslation();
  const kind = thumbnail.kind === 'pie' && thumbnail.hole ? 'donut' : thumbnail.kind;
  const viewBox = thumbnail.kind === 'map' ? `0 0 ${THUMBNAIL_FRAME.columns} ${THUMBNAIL_FRAME.rows}` : `0 0 ${W} ${H}`;
  return (
    <svg className="sv-thumb" role="img" aria-label={t(`savedViews.thumbnail.${kind}`)} viewBox={viewBox} data-kind={kind}>
      {drawing(thumbnail)}
    </svg>
  );
}
