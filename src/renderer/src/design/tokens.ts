/**
 * Reads design tokens (design/tokens.css) as resolved colours, for what cannot use var(): recharts
 * props, canvas, and exported files that must stand alone. A token is resolved by letting the browser
 * compute `color: var(--token)` on a probe inside a scope, so light-dark(), a chosen theme and Windows
 * high contrast all apply exactly as they do on screen.
 */
export const SERIES_TOKENS = ['--series-1', '--series-2', '--series-3', '--series-4', '--series-5', '--series-6', '--series-7', '--series-8'] as const;

export type Theme = 'light' | 'dark';

/** Each token's resolved colour (e.g. `rgb(0, 114, 178)`); `var(--token)` where the browser cannot resolve it. */
export const resolveTokens = <T extends string>(tokens: readonly T[], theme?: Theme, doc: Document = document): Record<T, string> => {
  const probe = doc.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:absolute;width:0;height:0;overflow:hidden;visibility:hidden';
  // A theme other than the one on screen (an export with a dark background) is its own scope.
  if (theme) probe.setAttribute('data-theme', theme);
  (doc.body ?? doc.documentElement).append(probe);
  try {
    const out = {} as Record<T, string>;
    for (const token of tokens) {
      probe.style.color = `var(${token})`;
      const value = doc.defaultView?.getComputedStyle(probe).color ?? '';
      out[token] = value === '' || value.includes('var(') ? `var(${token})` : value;
    }
    return out;
  } finally {
    probe.remove();
  }
};
