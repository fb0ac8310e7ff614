import { z } from 'zod';

/**
 * A saved view's thumbnail, kept as data, not as a picture: what the figure looks like in a few
 * numbers (bar heights, line points, country dots, all scaled to 0..1). Main works it out from the
 * view's rows when the view is saved (thumbnail-of.ts) and stores it with the view; the card draws it
 * as a small SVG (ViewThumbnail.tsx) without the chart or map libraries, so the saved-views list costs
 * nothing on the first screen. A thumbnail that fails this schema is dropped and worked out again.
 */

export { THUMBNAIL_FRAME } from './thumbnail-frame';

/** Caps, so that a thumbnail stays a thumbnail (and the store small): at most THUMBNAIL_MAX_CHARS of JSON. */
export const THUMBNAIL_MAX_BARS = 24;
export const THUMBNAIL_MAX_SLICES = 8;
export const THUMBNAIL_MAX_LINES = 3;
export const THUMBNAIL_MAX_POINTS = 32;
export const THUMBNAIL_MAX_COUNTRIES = 60;
export const THUMBNAIL_MAX_TABLE_ROWS = 6;
export const THUMBNAIL_MAX_CHARS = 2048;

/** Value classes of the map's dots: 0 = listed without a figure, 1..5 = the map's quantile classes. */
export const THUMBNAIL_SHADES = 5;

const unit = z.number().min(0).max(1);

export const thumbnailSchema = z
  .discriminatedUnion('kind', [
    /** Bars (horizontal) or columns, each value its length relative to the longest. */
    z.object({ kind: z.enum(['bar', 'column']), values: z.array(unit).min(1).max(THUMBNAIL_MAX_BARS) }).strict(),
    /** Pie or donut slices, each value its share of the whole. */
    z.object({ kind: z.literal('pie'), values: z.array(unit).min(1).max(THUMBNAIL_MAX_SLICES), hole: z.boolean() }).strict(),
    /** Up to three lines, each its points' heights (evenly spaced), 0 = the lowest value of all lines. */
    z
      .object({
        kind: z.literal('line'),
        lines: z.array(z.array(unit).min(2).max(THUMBNAIL_MAX_POINTS)).min(1).max(THUMBNAIL_MAX_LINES),
      })
      .strict(),
    /** Tiles of a treemap's top level, each value its share of the whole. */
    z.object({ kind: z.literal('treemap'), values: z.array(unit).min(1).max(THUMBNAIL_MAX_SLICES) }).strict(),
    /** Dots: [x, y] in THUMBNAIL_FRAME (0..1) and the value class; one per country, or per region (`regions`). */
    z
      .object({
        kind: z.literal('map'),
        dots: z
          .array(z.tuple([unit, unit, z.number().int().min(0).max(THUMBNAIL_SHADES)]))
          .min(1)
          .max(THUMBNAIL_MAX_COUNTRIES),
        regions: z.boolean(),
      })
      .strict(),
    /** The first rows of the table, each with its first measure relative to the largest (empty: no measure). */
    z
      .object({ kind: z.literal('table'), values: z.array(unit).max(THUMBNAIL_MAX_TABLE_ROWS), rows: z.number().int().min(0) })
      .strict(),
  ])
  .refine((t) => JSON.stringify(t).length <= THUMBNAIL_MAX_CHARS, {
    message: `thumbnail over ${THUMBNAIL_MAX_CHARS} characters`,
  });

export type Thumbnail = z.infer<typeof thumbnailSchema>;
export type ThumbnailKind = Thumbnail['kind'];

/** A thumbnail as stored, or null when it is not a valid one (it is then worked out again). */
export const parseThumbnail = (raw: unknown): Thumbnail | null => {
  const r = thumbnailSchema.safeParse(raw);
  return r.success ? r.data : null;
};

/** Rounded to two decimals: plenty for a drawing a hundred pixels wide, and a third of the characters. */
export const toUnit = (value: number): number =>
  Number.isFinite(value) ? Math.round(Math.min(1, Math.max(0, value)) * 100) / 100 : 0;
