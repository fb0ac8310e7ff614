import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ViewState } from '../../shared/view-state';
import { toSaved } from '../../shared/saved-view-state';
import type { Lang } from '../../shared/view/fields';
import type { StartupFigureInput } from '../../shared/ipc/startup';
import { writeFileAtomic } from '../views/atomic-file';
import { sanitizeSnapshotIn, sanitizeSnapshotOut } from './sanitize';

/**
 * The startup figure: an SVG snapshot of the figure on screen, kept by main so the next launch shows it
 * before any of the app's script has run (index.html gets an <img> of it), then the live chart replaces it.
 */
export const STARTUP_FIGURE_FILE = 'startup-figure.json';
/** Where the page loads the snapshot from (app:// in Electron; the harness's router in tests and bench). */
export const STARTUP_FIGURE_PATH = '/startup-figure.svg';
export const STARTUP_FIGURE_ID = 'startup-figure';

/** Which view, in which language, a snapshot shows: a snapshot is only shown for the view that opens. */
export const figureKey = (state: ViewState, lang: Lang): string =>
  createHash('sha256').update(JSON.stringify({ state: toSaved(state), lang })).digest('hex');

const px = z.number().finite().min(0).max(20_000);
const recordSchema = z
  .object({
    key: z.string().regex(/^[0-9a-f]{64}$/),
    svg: z.string(),
    box: z.object({ x: px, y: px, width: px, height: px }).strict(),
    viewport: z.object({ width: px, height: px }).strict(),
  })
  .strict();
export type StartupFigure = z.infer<typeof recordSchema>;

/** Keeps the snapshot the renderer sent (null when the sanitiser refuses it: nothing is kept then). */
export const saveStartupFigure = (dir: string, input: StartupFigureInput): StartupFigure | null => {
  const svg = sanitizeSnapshotIn(input.svg);
  if (svg === null) return null;
  const record: StartupFigure = { key: figureKey(input.state, input.lang), svg, box: input.box, viewport: input.viewport };
  writeFileAtomic(join(dir, STARTUP_FIGURE_FILE), JSON.stringify(record));
  return record;
};

/**
 * The kept snapshot if it shows `expectedKey` (the view and language this launch opens on) and still
 * passes the sanitiser; null when there is none, it is damaged, stale or unsafe.
 */
export const readStartupFigure = (dir: string, expectedKey: string | null): StartupFigure | null => {
  if (expectedKey === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(dir, STARTUP_FIGURE_FILE), 'utf8'));
  } catch {
    return null;
  }
  const r = recordSchema.safeParse(parsed);
  if (!r.success || r.data.key !== expectedKey) return null;
  const svg = sanitizeSnapshotOut(r.data.svg);
  return svg === null ? null : { ...r.data, svg };
};

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * index.html with the snapshot's <img> at the top of <body>, placed where the live chart was drawn.
 * Only main's own numbers go into the markup (no text from the file): the SVG itself is fetched as an
 * image, which cannot run script. The <img> shows only in a window of the snapshot's size (a media
 * query, no script), so a figure taken at another size never sits in the wrong place.
 * The strict CSP is unchanged: no inline script; inline style was already allowed (recharts needs it).
 */
export const injectStartupFigure = (html: string, figure: StartupFigure | null): string => {
  if (figure === null) return html;
  const { x, y, width, height } = figure.box;
  const style = `position:absolute;left:${round(x)}px;top:${round(y)}px;width:${round(width)}px;height:${round(height)}px;z-index:10;pointer-events:none`;
  const { width: vw, height: vh } = figure.viewport;
  const img =
    `<style>#${STARTUP_FIGURE_ID}{display:none}@media (width:${round(vw)}px) and (height:${round(vh)}px){#${STARTUP_FIGURE_ID}{display:block}}</style>` +
    `<img id="${STARTUP_FIGURE_ID}" src=".${STARTUP_FIGURE_PATH}?v=${figure.key.slice(0, 16)}" alt="" aria-hidden="true" elementtiming="${STARTUP_FIGURE_ID}" width="${round(width)}" height="${round(height)}" style="${style}">`;
  return html.replace(/<body([^>]*)>/, (m) => `${m}${img}`);
};
