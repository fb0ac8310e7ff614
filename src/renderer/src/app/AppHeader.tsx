import { Bookmark, PanelLeft } from 'lucide-react';
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
};

/** One compact line: the datasets toggle, the app's name, theme, language and the side panel toggle. */
export function AppHeader({ datasets, drawer, onToggleDatasets, onToggleDrawer }: Props) {
  const { t } = useTranslation();
  return (
    <header className="app-header" data-region="">
      <Button
        variant="quiet"
        icon={<PanelLeft size={18} />}
        aria-expanded={datasets.open}
        aria-controls="datasets-panel"
        onClick={onToggleDatasets}
        title={datasets.open ? t('shell.hideDatasets') : t('shell.showDatasets')}
      >
        <span className="header-label">{t('shell.datasets')}</span>
      </Button>
      <div className="app-titles">
        <h1>{t('app.title')}</h1>
        <p className="app-subtitle">{t('app.subtitle')}</p>
      </div>
      <div className="header-tools">
        <ThemeMenu api={window.api} />
        <LanguageSwitch api={window.api} />
        <Button
          variant="quiet"
          icon={<Bookmark size={18} />}
          aria-expanded={drawer.open}
          aria-controls="side-drawer"
          onClick={onToggleDrawer}
          title={drawer.open ? t('shell.hidePanel') : t('shell.showPanel')}
        >
          <span className="header-label">{t('savedViews.region')}</span>
        </Button>
      </div>
    </header>
  );
}
