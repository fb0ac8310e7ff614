import { textWidth } from '../export/text-metrics';
import { intersects, type Box } from './labels';

/** A country with data as projected: where its centre is, its extent in pixels, its name and value ('' when it has none). */
export type MapLabelInput = { id: string; centroid: [number, number]; box: [[number, number], [number, number]]; name: string; value: string };
/** `lines`: the name, then the value when the country has one. */
export type MapLabel = { id: string; x: number; y: number; lines: string[]; size: number; box: Box };
export type MapMarker = { id: string; cx: number; cy: number; r: number };

/** Below this many pixels across (both ways) a country is hard to see or to point at: it gets a marker. */
export const SMALL_COUNTRY = 12;
export const MARKER_RADIUS = 4.5;
/** Line height as a share of the font size; the browser's text box is ~1.15 em in Arial. */
const LEADING = 1.25;
const GAP = 2;

/** The label font size for a map width: readable on a laptop, not shouting on a 1920 px slide. */
export const labelSize = (width: number): number => Math.max(10, Math.min(13, Math.round(width / 85)));

const inside = (b: Box, w: number, h: number) => b.x >= GAP && b.y >= GAP && b.x + b.width <= w - GAP && b.y + b.height <= h - GAP;

/**
 * Markers for the small countries with data (Moldova, Haiti… at world scale), and a label (name,
 * value) for every country with data where one fits: in `items`' order (the caller puts the largest
 * values first), each label tries its country's centre, then right, left, above and below of it, and
 * is kept only inside the frame and clear of every label and marker kept so far. A label that does
 * not fit is left out (the value stays in the tooltip, the table and the legend's class) rather than
 * pointing at the wrong country.
 */
export const layoutMapLabels = (items: readonly MapLabelInput[], width: number, height: number, size = labelSize(width)) => {
  const visible = items.filter((i) => Number.isFinite(i.centroid[0]) && Number.isFinite(i.centroid[1]));
  const markers: MapMarker[] = visible
    .filter((i) => i.box[1][0] - i.box[0][0] < SMALL_COUNTRY && i.box[1][1] - i.box[0][1] < SMALL_COUNTRY)
    .map((i) => ({ id: i.id, cx: i.centroid[0], cy: i.centroid[1], r: MARKER_RADIUS }));
  const markerBox = (m: MapMarker): Box => ({ x: m.cx - m.r, y: m.cy - m.r, width: 2 * m.r, height: 2 * m.r });
  const labels: MapLabel[] = [];
  for (const item of visible) {
    const lines = item.value === '' ? [item.name] : [item.name, item.value];
    const w = Math.max(...lines.map((l, i) => textWidth(l, size, i === 0))) + 2;
    const h = lines.length * size * LEADING;
    const [cx, cy] = item.centroid;
    const own = markers.find((m) => m.id === item.id);
    const off = (own?.r ?? 0) + 3;
    const candidates: Box[] = [
      ...(own ? [] : [{ x: cx - w / 2, y: cy - h / 2, width: w, height: h }]),
      { x: cx + off, y: cy - h / 2, width: w, height: h },
      { x: cx - off - w, y: cy - h / 2, width: w, height: h },
      { x: cx - w / 2, y: cy - off - h, width: w, height: h },
      { x: cx - w / 2, y: cy + off, width: w, height: h },
    ];
    const box = candidates.find(
      (b) =>
        inside(b, width, height) &&
        !labels.some((l) => intersects(b, l.box, GAP)) &&
        !markers.some((m) => m.id !== item.id && intersects(b, markerBox(m), GAP)) &&
        !(own && intersects(b, markerBox(own), 0)),
    );
    if (box) labels.push({ id: item.id, x: box.x + box.width / 2, y: box.y, lines, size, box });
  }
  return { labels, markers };
};
