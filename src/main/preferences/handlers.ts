import { z } from 'zod';
import { AppError } from '../../shared/ipc/result';
import { languageSchema, panelsSchema, themePreferenceSchema, type Preferences, type preferenceChannels } from '../../shared/ipc/preferences';
import { exportSettingsSchema } from '../../shared/export/composer-settings';
import { systemLanguage } from '../../shared/system-language';
import type { Lang } from '../../shared/view/fields';
import type { Handlers } from '../ipc/handle';
import type { OpenJsonStore } from '../views/json-store';
import { openVersionedFile } from '../views/versioned-file';

type PreferenceHandlers = Pick<Handlers, keyof typeof preferenceChannels>;

export const PREFERENCES_NAME = 'preferences';

// Unknown keys are dropped rather than refused: a later version may add settings to the same file.
// A file from before the theme and panels were kept has neither: the defaults apply.
const preferencesFileSchema = z.object({
  language: languageSchema.nullable(),
  theme: themePreferenceSchema.default('system'),
  panels: panelsSchema.nullable().default(null),
  // Export settings that no longer read (a later version's preset) are forgotten alone, not the file.
  export: exportSettingsSchema.nullable().catch(null).default(null),
});
const defaults: Preferences = { language: null, theme: 'system', panels: null, export: null };

export type PreferencesDeps = {
  userDataDir: string;
  log: (message: string) => void;
  /** The system's preferred languages (Electron: the app's locale); the language until the user picks one. */
  systemLanguages?: readonly string[];
  openJsonStore?: OpenJsonStore;
};

export const openPreferences = (deps: PreferencesDeps): { handlers: PreferenceHandlers; language: () => Lang } => {
  const file = openVersionedFile<Preferences>({
    dir: deps.userDataDir,
    name: PREFERENCES_NAME,
    schemaVersion: 1,
    what: 'the preferences file',
    decode: (data) => {
      const r = preferencesFileSchema.safeParse(data);
      return r.success ? { ok: true, value: r.data } : { ok: false, message: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
    },
    encode: (p) => ({ ...p }),
    log: deps.log,
    openJsonStore: deps.openJsonStore,
  });
  const fallback = systemLanguage(deps.systemLanguages ?? []);
  const update = (change: Partial<Preferences>): Preferences => {
    const next: Preferences = { ...(file.get() ?? defaults), ...change };
    const saved = file.set(next);
    if (saved.saved) return next;
    // The choice still applies until the app closes; only remembering it failed.
    if (saved.readOnly) throw new AppError('STORE_READ_ONLY', 'The preferences file was written by a newer version of this app, so it is left as it is.');
    throw new AppError('IO_ERROR', `The preferences file could not be written: ${saved.message}`);
  };
  return {
    // The renderer makes the same choice from the same inputs (i18n/index.ts).
    language: () => file.get()?.language ?? fallback,
    handlers: {
      getPreferences: () => file.get() ?? defaults,
      setLanguage: ({ language }) => update({ language }),
      setTheme: ({ theme }) => update({ theme }),
      setPanels: ({ panels }) => update({ panels }),
      setExport: ({ export: settings }) => update({ export: settings }),
    },
  };
};
