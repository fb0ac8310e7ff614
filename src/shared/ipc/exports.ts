import { z } from 'zod';
import { viewStateSchema } from '../view-state';
import { channel } from './channel';
import { languageSchema } from './preferences';

export const MAX_PNG_BYTES = 40 * 1024 * 1024;
export const MAX_SVG_CHARS = 10 * 1024 * 1024;

/** Dataset id (slug) the default file name starts with, e.g. "health-assessments-2026-11-25.png". */
const baseName = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(80);
const png = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength > 8 && b.byteLength <= MAX_PNG_BYTES, 'PNG bytes missing or too large');
const lang = languageSchema;

export type SavedFile = { fileName: string; bytes: number };

export const exportChannels = {
  savePng: channel('exports:save-png', z.object({ baseName, png }).strict(), {} as SavedFile),
  saveSvg: channel(
    'exports:save-svg',
    z.object({ baseName, svg: z.string().min(1).max(MAX_SVG_CHARS) }).strict(),
    {} as SavedFile,
  ),
  copyPng: channel('exports:copy-png', z.object({ png }).strict(), null),
  /** CSV/XLSX of exactly the rows `applyView` gives for this state, built in main from the bundled data. */
  saveTable: channel(
    'exports:save-table',
    z.object({ format: z.enum(['csv', 'xlsx']), state: viewStateSchema, lang, filters: z.string().max(2000) }).strict(),
    {} as SavedFile,
  ),
  /** Prints the window (the renderer's print-only brief) to a one-page PDF. */
  savePdf: channel('exports:save-pdf', z.object({ baseName }).strict(), {} as SavedFile),
};
