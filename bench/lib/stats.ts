/** Order statistics used by every metric (nearest-rank, so every reported value was really observed). */
export const quantile = (values: readonly number[], q: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
};

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export const p75 = (values: readonly number[]): number => quantile(values, 0.75);
export const max = (values: readonly number[]): number => (values.length === 0 ? Number.NaN : Math.max(...values));
export const round1 = (n: number): number => Math.round(n * 10) / 10;
