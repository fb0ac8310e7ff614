/** Steps an axis may take within each power of ten: 1, 2, 2.5, 5 (×10ⁿ) read as round numbers. */
const STEPS = [1, 2, 2.5, 5, 10];

export type NiceAxis = { domain: [number, number]; ticks: number[] };

/**
 * A value axis that starts at zero (or below, for negative data) and ends at the first round number
 * at or above the data: 47,294 → 50,000 (ticks every 10,000), not 60,000. Among round steps giving
 * at most `maxTicks` intervals, the one whose top is nearest the data wins.
 */
export const niceAxis = (dataMin: number, dataMax: number, maxTicks = 6): NiceAxis => {
  // `|| 0` turns -0 into 0.
  const lo = Math.min(0, dataMin) || 0;
  const hi = Math.max(0, dataMax);
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi - lo <= 0) return { domain: [0, 1], ticks: [0, 1] };
  const span = hi - lo;
  const magnitude = 10 ** Math.floor(Math.log10(span / maxTicks));
  let best: { step: number; top: number; bottom: number } | null = null;
  for (const power of [magnitude, magnitude * 10]) {
    for (const s of STEPS) {
      const step = s * power;
      const bottom = Math.floor(lo / step) * step;
      const top = Math.ceil(hi / step) * step;
      if ((top - bottom) / step > maxTicks) continue;
      if (best === null || top - bottom < best.top - best.bottom) best = { step, top, bottom };
    }
  }
  const { step, top, bottom } = best ?? { step: span, top: hi, bottom: lo };
  const ticks: number[] = [];
  // Rounded to the step's precision, so 0.1 + 0.2 does not print as 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let v = bottom; v <= top + step / 2; v += step) ticks.push(Number(v.toFixed(digits)) || 0);
  return { domain: [ticks[0] ?? bottom, ticks.at(-1) ?? top], ticks };
};
