import { sanitizeSvgMarkup } from '../../shared/svg/sanitize-markup';

/** Largest snapshot main keeps or serves: a chart on screen is 20–200 kB. */
export const MAX_SNAPSHOT_CHARS = 2_000_000;

const rebuild = (svg: unknown): string | null => {
  if (typeof svg !== 'string' || svg.length === 0 || svg.length > MAX_SNAPSHOT_CHARS) return null;
  try {
    return sanitizeSvgMarkup(svg);
  } catch {
    return null; // not well-formed, or not an SVG document
  }
};

/**
 * On the way into main's file: the SVG rebuilt by the shared allowlist sanitiser (src/shared/svg),
 * or null when it is not an SVG document at all (nothing is kept then).
 */
export const sanitizeSnapshotIn = (svg: unknown): string | null => rebuild(svg);

/**
 * On the way out to the page: the kept SVG only when the sanitiser leaves it exactly as it is (what
 * main wrote was already rebuilt, and rebuilding is idempotent). A file changed on disk since, e.g.
 * to carry a script or a handler, is not shown at all rather than shown cleaned.
 */
export const sanitizeSnapshotOut = (svg: unknown): string | null => {
  const rebuilt = rebuild(svg);
  return rebuilt !== null && rebuilt === svg ? rebuilt : null;
};
