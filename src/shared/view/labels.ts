/** A box in figure pixels: x, y of its top-left corner. */
export type Box = { x: number; y: number; width: number; height: number };

export const intersects = (a: Box, b: Box, gap = 0): boolean =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/**
 * Which side of a line chart's point its value label goes: above when the point is at least as high
 * as the mean of its neighbours (a peak, or a rise), below otherwise (a dip), so the label stays off
 * the line segments on either side.
 */
export const labelSide = (values: readonly (number | undefined)[], index: number): 'above' | 'below' => {
  const v = values[index];
  if (v === undefined) return 'above';
  const near = [values[index - 1], values[index + 1]].filter((n): n is number => n !== undefined);
  if (near.length === 0) return 'above';
  return v >= near.reduce((a, b) => a + b, 0) / near.length ? 'above' : 'below';
};

/**
 * Keeps the labels that fit: in priority order, a label is kept when its box meets neither a kept
 * label, nor any obstacle (axes, tick labels, marks), nor leaves `frame`. Returns the kept indices.
 * Dropping rather than nudging: a value moved away from its mark reads as another mark's.
 */
export const placeLabels = (labels: readonly Box[], obstacles: readonly Box[], frame: Box | null, gap = 2): number[] => {
  const kept: number[] = [];
  labels.forEach((box, i) => {
    if (frame && (box.x < frame.x || box.y < frame.y || box.x + box.width > frame.x + frame.width || box.y + box.height > frame.y + frame.height)) return;
    if (obstacles.some((o) => intersects(box, o, gap))) return;
    if (kept.some((k) => intersects(box, labels[k] as Box, gap))) return;
    kept.push(i);
  });
  return kept;
};
