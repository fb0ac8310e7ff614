import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles.css';
import { App } from './app/App';
import { prefetchStartup } from './app/startup';
import { applySavedLanguage } from './features/language/language';

prefetchStartup(window.api);
// After the startup calls, which the first chart waits for; the language only relabels what is on screen.
void applySavedLanguage(window.api);
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
