import { z } from 'zod';
import { viewStateSchema } from '../view-state';
import { channel } from './channel';
import { languageSchema } from './preferences';
import { MAX_FILTER_TEXT } from '../view/subtitle';
import { BASE_NAME_PATTERN, MAX_BASE_NAME } from '../export/file-name';
import { MAX_SIDE, MAX_TITLE, MIN_SIDE } from '../export/composer-settings';

export const MAX_PNG_BYTES = 40 * 1024 * 1024;
export const MAX_SVG_CHARS = 10 * 1024 * 1024;

/** What the default file name starts with (exportBaseName): "health-assessments_map_en"; main adds the date. */
const baseName = z.string().regex(BASE_NAME_PATTERN).max(MAX_BASE_NAME);
const png = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength > 8 && b.byteLength <= MAX_PNG_BYTES, 'PNG bytes missing or too large');
const lang = languageSchema;

/** The composed figure as an image and the frame it was laid out for (CSS pixels). */
const figureDocument = {
  baseName,
  png,
  width: z.number().int().min(MIN_SIDE).max(MAX_SIDE),
  height: z.number().int().min(MIN_SIDE).max(MAX_SIDE),
  title: z.string().max(MAX_TITLE),
};

export type SavedFile = { fileName: string; bytes: number };

export const exportChannels = {
  savePng: channel('exports:save-png', z.object({ baseName, png }).strict(), {} as SavedFile),
  saveSvg: channel(
    'exports:save-svg',
    z.object({ baseName, svg: z.string().min(1).max(MAX_SVG_CHARS) }).strict(),
    {} as SavedFile,
  ),
  copyPng: channel('exports:copy-png', z.object({ png }).strict(), null),
  /**
   * Exactly the rows `applyView` gives for this state, built in main from the bundled data: a pure
   * CSV, that CSV zipped with its metadata and README, or an Excel workbook with a Notes sheet.
   */
  saveTable: channel(
    'exports:save-table',
    z.object({ format: z.enum(['csv', 'zip', 'xlsx']), state: viewStateSchema, lang, filters: z.string().max(MAX_FILTER_TEXT) }).strict(),
    {} as SavedFile,
  ),
  /** A one-page PDF of the composed figure (the page the frame's size: A4 for an A4 frame). */
  saveFigurePdf: channel('exports:save-figure-pdf', z.object(figureDocument).strict(), {} as SavedFile),
  /** One 16:9 PowerPoint slide: the title as text, the composed figure as an image, the source line. */
  saveSlide: channel('exports:save-slide', z.object({ ...figureDocument, source: z.string().max(MAX_TITLE) }).strict(), {} as SavedFile),
  /** Prints the window (the renderer's print-only brief) to a one-page PDF. */
  savePdf: channel('exports:save-pdf', z.object({ baseName }).strict(), {} as SavedFile),
};
