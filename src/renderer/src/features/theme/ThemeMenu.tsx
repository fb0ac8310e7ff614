import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Monitor, Moon, Sun } from 'lucide-react';
import type { Api } from '../../../../shared/ipc/contract';
import type { ThemePreference } from '../../../../shared/ipc/preferences';
import { subscribeTheme, themePreference, themeSnapshot } from '../../design/theme';
import { useRememberedChoice } from '../../hooks/useRememberedChoice';
import { Button } from '../../components/ui/Button';
import { Menu, MenuRadioGroup, MenuRadioItem } from '../../components/ui/Menu';
import { chooseTheme } from './theme-preference';

const THEMES: readonly ThemePreference[] = ['system', 'light', 'dark'];
const ICONS = { system: Monitor, light: Sun, dark: Moon } as const;

/**
 * "Theme" in the header: as the system, light or dark, kept by main like the language. A menu of
 * three radio items (the shared Radix menu of the Export button); the button's icon shows the choice.
 */
export function ThemeMenu({ api }: { api: Pick<Api, 'setTheme'> }) {
  const { t } = useTranslation();
  useSyncExternalStore(subscribeTheme, themeSnapshot, themeSnapshot);
  const { problem, choose } = useRememberedChoice((theme: ThemePreference) => chooseTheme(api, theme));
  const current = themePreference();
  const labels: Record<ThemePreference, string> = { system: t('shell.themeSystem'), light: t('shell.themeLight'), dark: t('shell.themeDark') };
  const Icon = ICONS[current];
  return (
    <div className="theme-switch">
      <Menu
        label={t('shell.theme')}
        align="end"
        trigger={
          <Button variant="quiet" icon={<Icon size={18} />} title={`${t('shell.theme')}: ${labels[current]}`}>
            <span className="header-label">{t('shell.theme')}</span>
          </Button>
        }
      >
        <MenuRadioGroup value={current} values={THEMES} onChange={choose}>
          {THEMES.map((k) => (
            <MenuRadioItem key={k} value={k}>
              {labels[k]}
            </MenuRadioItem>
          ))}
        </MenuRadioGroup>
      </Menu>
      {problem !== null && (
        <span role="alert" className="header-problem">
          {t('shell.themeNotSaved', { message: problem })}
        </span>
      )}
    </div>
  );
}
