import { z } from 'zod';
import { MAX_FOOTER, MAX_SIDE, MIN_SIDE, PRESET_IDS, type ComposerFormat, type ExportSettings, type NotesMode } from './composer-presets';

export * from './composer-presets';

/**
 * The export composer's choices, kept by main as a preference so the next export (and the Export
 * menu's one-click "PNG image") uses the last ones.
 */
export const notesModeSchema = z.enum(['full', 'footnotes', 'off']) satisfies z.ZodType<NotesMode>;
export const composerFormatSchema = z.enum(['png', 'svg', 'pdf', 'pptx', 'csv', 'xlsx']) satisfies z.ZodType<ComposerFormat>;

const side = z.number().int().min(MIN_SIDE).max(MAX_SIDE);

export const exportSettingsSchema = z
  .object({
    preset: z.enum(PRESET_IDS),
    /** Used when `preset` is custom. */
    width: side,
    height: side,
    scale: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    notes: notesModeSchema,
    footer: z.string().max(MAX_FOOTER),
    background: z.enum(['light', 'dark']),
    format: composerFormatSchema,
  })
  .strict() satisfies z.ZodType<ExportSettings>;

