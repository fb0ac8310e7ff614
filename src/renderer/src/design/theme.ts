import type { ThemePreference } from '../../../shared/ipc/preferences';

/**
 * The theme on screen: the user's choice, or the system's (prefers-color-scheme) when the choice is
 * "system". Applied as html[data-theme], which design/tokens.css reads; Windows high contrast
 * (forced-colors) overrides both there. Listeners hear every change, whatever its cause.
 */
let preference: ThemePreference = 'system';
let version = 0;
const listeners = new Set<() => void>();

const media = (query: string): MediaQueryList | null => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null);
const dark = media('(prefers-color-scheme: dark)');
const forced = media('(forced-colors: active)');

const notify = () => {
  version += 1;
  for (const l of listeners) l();
};

const effectiveTheme = (): 'light' | 'dark' => (preference === 'system' ? (dark?.matches ? 'dark' : 'light') : preference);

const apply = () => {
  document.documentElement.dataset.theme = effectiveTheme();
  document.documentElement.dataset.themePreference = preference;
  notify();
};

export const setThemePreference = (next: ThemePreference) => {
  preference = next;
  apply();
};

export const themePreference = () => preference;

export const subscribeTheme = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
export const themeSnapshot = () => version;

dark?.addEventListener('change', apply);
forced?.addEventListener('change', notify);
