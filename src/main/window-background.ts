import type { ThemePreference } from '../shared/ipc/preferences';

/**
 * The page's own background (`--color-page` in design/tokens.css, light and dark), for the window that
 * main creates before the page has painted: a window of another colour flashes before the first frame.
 * Main cannot read the CSS, so window-background.test.ts keeps these equal to the token.
 */
export const PAGE_BACKGROUND = { light: '#f3f4f6', dark: '#0f1317' } as const;

/** The background for the theme the page will apply: the saved choice, else the system's. */
export const windowBackground = (theme: ThemePreference, systemIsDark: boolean): string =>
  PAGE_BACKGROUND[theme === 'system' ? (systemIsDark ? 'dark' : 'light') : theme];
