/**
 * The map thumbnail's frame: equirectangular, Antarctica and the far north left out, on a grid of
 * 5° cells (what a card draws the land with). Apart from thumbnail.ts so that the renderer can use
 * it without zod (the saved-views list is on the first screen).
 */
export const THUMBNAIL_FRAME = { north: 84, south: -56, columns: 72, rows: 28 } as const;
