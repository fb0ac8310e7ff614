import type { Api } from '../../../../shared/ipc/contract';
import type { ThemePreference } from '../../../../shared/ipc/preferences';
import { setThemePreference } from '../../design/theme';

let chosenHere = false;

/** Applies the theme chosen in an earlier session; until main answers, the system's theme shows. */
export const applySavedTheme = async (api: Pick<Api, 'getPreferences'>): Promise<void> => {
  const r = await api.getPreferences();
  // Unreadable preferences are logged by main; the system's theme is a fine fallback.
  if (r.ok && !chosenHere) setThemePreference(r.value.theme);
};

/** Switches now and asks main to remember; resolves to null or to why it could not be remembered. */
export const chooseTheme = async (api: Pick<Api, 'setTheme'>, theme: ThemePreference): Promise<string | null> => {
  chosenHere = true;
  setThemePreference(theme);
  const r = await api.setTheme({ theme });
  return r.ok ? null : r.message;
};
