/**
 * Plain values the renderer needs at runtime, kept apart from the zod schemas that define them: a
 * value import from a schema module pulls zod (~28 kB gzip) into the renderer bundle, which never
 * validates anything itself (main does). view-state.ts and dataset.ts build on these. This module imports
 * nothing, so it can never sit in an import circle.
 */

export const VIEW_STATE_VERSION = 1;

/** Report sections, in report order (the catalog groups datasets in this order). */
export const SECTION_KEYS = ['overview', 'humanitarian', 'orderly-migration', 'protection-capacity', 'timeline', 'key-figures'] as const;
