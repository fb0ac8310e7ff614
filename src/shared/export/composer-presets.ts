
/**
 * The export composer's sizes and defaults, without zod (the renderer has no zod in its bundle).
 * Sizes are CSS pixels at 96 per inch.
 */
export const PRESETS = {
  /** A 16:9 slide at full HD. */
  slide: { width: 1920, height: 1080 },
  /** A Word page's text width (6.5 in) and half its text height (4.5 in). */
  'word-half': { width: 624, height: 432 },
  /** A Word page's text width and its full text height (9 in). */
  'word-full': { width: 624, height: 864 },
  /** A4 at 96 px per inch (210 × 297 mm). */
  'a4-portrait': { width: 794, height: 1123 },
  'a4-landscape': { width: 1123, height: 794 },
  square: { width: 1080, height: 1080 },
} as const;
export type PresetId = keyof typeof PRESETS | 'custom';
export const PRESET_IDS = [...(Object.keys(PRESETS) as (keyof typeof PRESETS)[]), 'custom'] as const satisfies readonly PresetId[];

export const MIN_SIDE = 320;
export const MAX_SIDE = 4000;
export const MAX_FOOTER = 200;
export const MAX_TITLE = 300;

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = {
  preset: 'slide',
  width: 1200,
  height: 800,
  // A slide is already full HD; 2× and 3× are a choice.
  scale: 1,
  notes: 'full',
  footer: '',
  background: 'light',
  format: 'png',
};

/** The frame a choice of settings draws: a preset's size, or the custom width × height. */
export const frameOf = (s: Pick<ExportSettings, 'preset' | 'width' | 'height'>): { width: number; height: number } =>
  s.preset === 'custom' ? { width: s.width, height: s.height } : PRESETS[s.preset];

/**
 * A slide's figure: the image main fits between the slide's own title and source line
 * (slideFigureArea in src/main/exports/figure-documents.ts, 12.33 × 5.55 in).
 */
export const SLIDE_FIGURE = { width: 1920, height: 864 } as const;

/** The frame an export is laid out in: a slide's figure area for PowerPoint, else the chosen size. */
export const exportFrame = (s: Pick<ExportSettings, 'preset' | 'width' | 'height' | 'format'>): { width: number; height: number } =>
  s.format === 'pptx' ? SLIDE_FIGURE : frameOf(s);

/** The scale an image export is drawn at: a PNG's as chosen; PDF and slide at 2× at least, so they print and project sharply. */
export const rasterScale = (s: Pick<ExportSettings, 'format' | 'scale'>): 1 | 2 | 3 => (s.format === 'png' ? s.scale : s.scale === 3 ? 3 : 2);

export type NotesMode = 'full' | 'footnotes' | 'off';
export type ComposerFormat = 'png' | 'svg' | 'pdf' | 'pptx' | 'csv' | 'xlsx';
/** The composer's choices (validated by exportSettingsSchema in composer-settings.ts, kept by main). */
export type ExportSettings = {
  preset: (typeof PRESET_IDS)[number];
  width: number;
  height: number;
  scale: 1 | 2 | 3;
  notes: NotesMode;
  footer: string;
  background: 'light' | 'dark';
  format: ComposerFormat;
};
