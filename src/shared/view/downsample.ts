/** A point of a series along an ordered axis (years, dates). */
export type XYPoint = { x: number; y: number };

/** The most points a chart of this plot width should draw (about two per pixel column). */
export const maxPointsFor = (plotWidthPx: number): number => Math.max(2, Math.floor(Math.max(0, plotWidthPx) * 2));

/**
 * Reduces an ordered series to at most `maxPoints` points while keeping its shape: the points are
 * cut into maxPoints/2 buckets and each bucket keeps its lowest and highest point (in x order), so
 * peaks and troughs survive. Series that already fit are returned unchanged.
 */
export const downsampleMinMax = (points: readonly XYPoint[], maxPoints: number): XYPoint[] => {
  if (points.length <= maxPoints) return [...points];
  const buckets = Math.max(1, Math.floor(maxPoints / 2));
  const size = points.length / buckets;
  const out: XYPoint[] = [];
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size);
    const end = Math.min(points.length, Math.floor((b + 1) * size));
    let lo: XYPoint | undefined;
    let hi: XYPoint | undefined;
    for (let i = start; i < end; i++) {
      const p = points[i];
      if (p === undefined) continue;
      if (lo === undefined || p.y < lo.y) lo = p;
      if (hi === undefined || p.y > hi.y) hi = p;
    }
    if (lo === undefined || hi === undefined) continue;
    if (lo === hi) out.push(lo);
    else out.push(...(lo.x <= hi.x ? [lo, hi] : [hi, lo]));
  }
  return out;
};

/** A category with its value; `rowIds` are the data rows behind it. */
export type Category = { key: string; label: string; value: number; rowIds: string[] };

/**
 * Keeps the largest `max - 1` categories and folds the rest into one "other" category, so a bar or
 * pie chart never draws more marks than it has room for. Order of the kept categories is preserved.
 */
export const foldSmallCategories = (categories: readonly Category[], max: number, otherLabel: string): Category[] => {
  if (categories.length <= max) return [...categories];
  const keep = new Set(
    [...categories]
      .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
      .slice(0, Math.max(1, max - 1))
      .map((c) => c.key),
  );
  const kept = categories.filter((c) => keep.has(c.key));
  const rest = categories.filter((c) => !keep.has(c.key));
  const other: Category = {
    key: '__other__',
    label: otherLabel,
    value: rest.reduce((s, c) => s + c.value, 0),
    rowIds: rest.flatMap((c) => c.rowIds),
  };
  return [...kept, other];
};
