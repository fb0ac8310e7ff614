import { Monitor, Moon, Sun } from 'lucide-react';
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../../../../shared/ipc/contract';
import type { ThemePreference } from '../../../../shared/ipc/preferences';
import { Button } from '../../components/ui/Button';
import { Menu, MenuRadioGroup, MenuRadioItem } from '../../components/ui/Menu';
import { subscribeTheme, themePreference, themeSnapshot } from '../../design/theme';
import { chooseTheme } from './theme-preference';

const ICONS = { system: Monitor, light: Sun, dark: Moon } as const;

/** "Theme" in the header: as the system, light or dark, kept by main like the language. */
export function ThemeMenu({ api }: { api: Pick<Api, 'setTheme'> }) {
  const { t } = useTranslation();
  useSyncExternalStore(subscribeTheme, themeSnapshot, themeSnapshot);
  const current = themePreference();
  const [problem, setProblem] = useState<string | null>(null);
  const Icon = ICONS[current];
  const label = { system: t('shell.themeSystem'), light: t('shell.themeLight'), dark: t('shell.themeDark') } as const;
  return (
    <>
      <Menu
        label={t('shell.theme')}
        trigger={
          <Button variant="quiet" icon={<Icon size={16} />} aria-label={`${t('shell.theme')}: ${label[current]}`}>
            <span className="header-label">{t('shell.theme')}</span>
          </Button>
        }
      >
        <MenuRadioGroup<ThemePreference> value={current} onChange={(theme) => void chooseTheme(api, theme).then(setProblem)}>
          {(['system', 'light', 'dark'] as const).map((k) => (
            <MenuRadioItem key={k} value={k}>
              {label[k]}
            </MenuRadioItem>
          ))}
        </MenuRadioGroup>
      </Menu>
      {problem !== null && (
        <p role="alert" className="header-problem">
          {t('shell.themeNotSaved', { message: problem })}
        </p>
      )}
    </>
  );
}
