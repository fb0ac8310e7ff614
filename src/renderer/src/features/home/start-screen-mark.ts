/**
 * Sets the performance mark `start-screen-painted` once per page, just after the first frame that
 * shows the start screen's cards with main's pictures in them: a MessageChannel task queued from
 * requestAnimationFrame runs once that frame has painted. Element Timing cannot see SVG shapes, so the
 * benchmark (metric 1d, bench/metrics/first-run.ts) times navigation → this mark; nothing in the app reads it.
 */
export const START_SCREEN_MARK = 'start-screen-painted';

const marked = () => performance.getEntriesByName(START_SCREEN_MARK, 'mark').length > 0;

/** Call from an effect once the pictures are in the DOM; returns a cleanup (the screen may leave first). */
export const markStartScreenPainted = (): (() => void) | undefined => {
  if (marked() || typeof requestAnimationFrame !== 'function') return undefined;
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled && !marked()) performance.mark(START_SCREEN_MARK);
  };
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    channel.port1.close();
  };
};
