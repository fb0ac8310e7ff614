import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './design/tokens.css';
import './design/components.css';
import './design/shell.css';
import './styles.css';
import { App } from './app/App';
import { prefetchStartup } from './app/startup';
import { applySavedLanguage } from './features/language/language';
import { applySavedTheme } from './features/theme/theme-preference';
import { startupPreferences } from './app/preferences';
import { preloadFigure } from './features/explorer/ExplorerView';
import { STARTUP_FIGURE_ID, replaceStartupFigureWhenLive } from './features/snapshot/startup-figure';

prefetchStartup(window.api);
// The chart's code (recharts, d3) loads beside the startup data, not after it (bench/, metric 1c), when
// main has put the last chart's picture in the page: the launch then reopens on that chart. Otherwise it
// is not fetched now (on a first run the start screen needs none of it, metric 1d); a view that opens
// on another tab, or on a chart without a kept picture, preloads its figure once the startup answer says so.
if (document.getElementById(STARTUP_FIGURE_ID) !== null) preloadFigure('chart');
replaceStartupFigureWhenLive();
const getPreferences = () => startupPreferences(window.api);
void applySavedLanguage({ getPreferences });
void applySavedTheme({ getPreferences });
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
