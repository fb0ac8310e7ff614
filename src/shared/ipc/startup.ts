import { z } from 'zod';
import type { DatasetSummary } from '../dataset';
import type { HomeData } from './home';
import { viewStateSchema } from '../view-state';
import type { StartupView, ViewsSnapshot } from '../views/types';
import { channel } from './channel';
import { languageSchema, type Preferences } from './preferences';

/**
 * Everything the first screen needs, in one round trip instead of four (bench/, metric 1c). `home`: the
 * start screen's pictures and numbers when there is no view to open (the start screen is then the first
 * screen, bench metric 1d); null otherwise, as the start screen may never be shown.
 */
export type StartupData = { view: StartupView; catalog: DatasetSummary[]; preferences: Preferences; views: ViewsSnapshot; home: HomeData | null };

const px = z.number().finite().min(0).max(20_000);
/** The figure on screen as an SVG, the view and language it shows, and where it was drawn. */
export const startupFigureSchema = z
  .object({
    state: viewStateSchema,
    lang: languageSchema,
    svg: z.string().min(1).max(2_000_000),
    box: z.object({ x: px, y: px, width: px, height: px }).strict(),
    viewport: z.object({ width: px, height: px }).strict(),
  })
  .strict();
export type StartupFigureInput = z.infer<typeof startupFigureSchema>;

export const startupChannels = {
  /** session:startup-view, datasets:list, prefs:get and views:list answered together. */
  getStartup: channel('session:startup', z.undefined(), {} as StartupData),
  /** Keeps the figure on screen for the next launch to show before the app's script runs; false when refused. */
  saveStartupFigure: channel('session:startup-figure', startupFigureSchema, false as boolean),
};
