import { Bookmark, House, PanelLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/ui/Button';
import { LanguageSwitch } from '../features/language/LanguageSwitch';
import { ThemeMenu } from '../features/theme/ThemeMenu';
import type { PanelState } from './usePanels';

type Props = {
  datasets: PanelState;
  drawer: PanelState;
  onToggleDatasets: () => void;
  onToggleDrawer: () => void;
  /** True while the start screen shows. */
  home: boolean;
  onHome: () => void;
};

/** One compact line: the datasets toggle, Home, the app's name, theme, language and the side panel toggle. */
export function AppHeader({ datasets, drawer, onToggleDatasets, onToggleDrawer, home, onHome }: Props) {
  const { t } = useTranslation();
  return (
    <header className="app-header" data-region="">
      <PanelToggle panel={datasets} controls="datasets-panel" icon={<PanelLeft size={18} />} onToggle={onToggleDatasets} hint={datasets.open ? t('shell.hideDatasets') : t('shell.showDatasets')}>
        {t('shell.datasets')}
      </PanelToggle>
      <Button variant="quiet" icon={<House size={18} />} aria-current={home ? 'page' : undefined} onClick={onHome} title={t('home.button')}>
        <span className="header-label header-label-wide">{t('home.button')}</span>
      </Button>
      <div className="app-titles">
        <h1>{t('app.title')}</h1>
        <p className="app-subtitle">{t('app.subtitle')}</p>
      </div>
      <div className="header-tools">
        <ThemeMenu api={window.api} />
        <LanguageSwitch api={window.api} />
        <PanelToggle panel={drawer} controls="side-drawer" icon={<Bookmark size={18} />} onToggle={onToggleDrawer} hint={drawer.open ? t('shell.hidePanel') : t('shell.showPanel')}>
          {t('savedViews.region')}
        </PanelToggle>
      </div>
    </header>
  );
}

type ToggleProps = { panel: PanelState; controls: string; icon: ReactNode; onToggle: () => void; hint: string; children: string };

/** Opens or closes a panel; its label hides visually on narrow windows but stays its accessible name. */
function PanelToggle({ panel, controls, icon, onToggle, hint, children }: ToggleProps) {
  return (
    <Button variant="quiet" icon={icon} aria-expanded={panel.open} aria-controls={controls} onClick={onToggle} title={hint}>
      <span className="header-label">{children}</span>
    </Button>
  );
}
