import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../../../../shared/ipc/contract';
import type { ThemePreference } from '../../../../shared/ipc/preferences';
import { subscribeTheme, themePreference, themeSnapshot } from '../../design/theme';
import { useRememberedChoice } from '../../hooks/useRememberedChoice';
import { chooseTheme } from './theme-preference';

const THEMES: readonly ThemePreference[] = ['system', 'light', 'dark'];

/**
 * "Theme" in the header: as the system, light or dark, kept by main like the language. A native
 * select (the platform's accessible control, and no bytes: the renderer's budget is near its limit).
 */
export function ThemeMenu({ api }: { api: Pick<Api, 'setTheme'> }) {
  const { t } = useTranslation();
  useSyncExternalStore(subscribeTheme, themeSnapshot, themeSnapshot);
  const { problem, choose } = useRememberedChoice((theme: ThemePreference) => chooseTheme(api, theme));
  return (
    <label className="theme-switch">
      <span className="header-label">{t('shell.theme')}</span>
      <select
        value={themePreference()}
        onChange={(e) => {
          const theme = THEMES.find((k) => k === e.currentTarget.value);
          if (theme) choose(theme);
        }}
      >
        <option value="system">{t('shell.themeSystem')}</option>
        <option value="light">{t('shell.themeLight')}</option>
        <option value="dark">{t('shell.themeDark')}</option>
      </select>
      {problem !== null && (
        <span role="alert" className="header-problem">
          {t('shell.themeNotSaved', { message: problem })}
        </span>
      )}
    </label>
  );
}
