import { z } from 'zod';
import type { Lang } from '../view/fields';
import { channel } from './channel';

export const languageSchema = z.enum(['en', 'fr']) satisfies z.ZodType<Lang>;

/** Per-user settings that are not part of a view: a shared view file opens in its reader's language. */
export type Preferences = {
  /** Chosen in the app; null until the user picks one, and the system's language is used. */
  language: Lang | null;
};

export const preferenceChannels = {
  getPreferences: channel('prefs:get', z.undefined(), {} as Preferences),
  setLanguage: channel('prefs:set-language', z.object({ language: languageSchema }).strict(), {} as Preferences),
};
