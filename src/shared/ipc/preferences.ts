import { z } from 'zod';
import type { Lang } from '../view/fields';
import { channel } from './channel';
import { exportSettingsSchema, type ExportSettings } from '../export/composer-settings';

export const languageSchema = z.enum(['en', 'fr']) satisfies z.ZodType<Lang>;

/** Per-user settings that are not part of a view: a shared view file opens in its reader's language. */
export const themePreferenceSchema = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof themePreferenceSchema>;

/** Which side panels are open: the window's layout, kept by main, never part of a view. */
export const panelsSchema = z.object({ datasets: z.boolean(), drawer: z.boolean() }).strict();
export type Panels = z.infer<typeof panelsSchema>;

export type Preferences = {
  /** Chosen in the app; null until the user picks one, and the system's language is used. */
  language: Lang | null;
  /** "system" follows the system's light or dark setting. */
  theme: ThemePreference;
  /** null until the user opens or closes a panel: the window's width decides. */
  panels: Panels | null;
  /**
   * The export composer's last choices (size, scale, notes, footer, background, format); null until
   * it is first used, and the Export menu's one-click images frame the figure as it is on screen.
   */
  export: ExportSettings | null;
};

export const preferenceChannels = {
  getPreferences: channel('prefs:get', z.undefined(), {} as Preferences),
  setLanguage: channel('prefs:set-language', z.object({ language: languageSchema }).strict(), {} as Preferences),
  setTheme: channel('prefs:set-theme', z.object({ theme: themePreferenceSchema }).strict(), {} as Preferences),
  setPanels: channel('prefs:set-panels', z.object({ panels: panelsSchema }).strict(), {} as Preferences),
  setExport: channel('prefs:set-export', z.object({ export: exportSettingsSchema }).strict(), {} as Preferences),
};
