/**
 * Sets the performance mark `first-chart-interactive` once per page, as soon as the first chart's
 * marks (bars, sectors, lines or treemap tiles) are in the DOM with React's handlers attached. The
 * benchmarks (bench/metrics/startup.ts) time navigation → this mark; nothing in the app reads it.
 */
export const FIRST_CHART_MARK = 'first-chart-interactive';
const MARKS = '.recharts-rectangle, .recharts-sector, .recharts-line-curve, [class*="recharts-treemap-depth-"]';

/** Call from an effect with the chart's container; returns a cleanup (recharts may draw after its first commit). */
export const markFirstChart = (box: HTMLElement | null): (() => void) | undefined => {
  if (box === null || performance.getEntriesByName(FIRST_CHART_MARK, 'mark').length > 0) return undefined;
  const drawn = () => {
    if (box.querySelector(MARKS) === null) return false;
    performance.mark(FIRST_CHART_MARK);
    return true;
  };
  if (drawn()) return undefined;
  const observer = new MutationObserver(() => {
    if (drawn()) observer.disconnect();
  });
  observer.observe(box, { childList: true, subtree: true });
  return () => observer.disconnect();
};
