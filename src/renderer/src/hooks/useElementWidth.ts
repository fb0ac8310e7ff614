import { useLayoutEffect, useState } from 'react';

export type MeasuredBox = {
  /** Give this to the element to measure (it may mount after its owner, e.g. after a loading line). */
  attach: (element: HTMLElement | null) => void;
  element: HTMLElement | null;
  /** Content width, followed as it resizes; null until measured (`fallback` where nothing lays out). */
  width: number | null;
};

/**
 * Measures an element before the first paint (a layout effect), so a figure can skip drawing at a
 * guessed width: recharts' first draw is its most expensive step, and the startup chart used to pay
 * it twice, at 720 px and then at the real width (bench/, metric 1).
 */
export const useElementWidth = (fallback: number): MeasuredBox => {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (element === null) return;
    const measure = () => {
      const w = element.getBoundingClientRect().width;
      setWidth((current) => (w > 0 ? Math.round(w) : (current ?? fallback)));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, fallback]);
  return { attach: setElement, element, width: element === null ? null : width };
};
