import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bundles } from './bundles';
import { systemLanguage } from '../../../shared/system-language';
import type { Lang } from '../../../shared/view/fields';

const merge = (lang: Lang) => Object.assign({}, ...bundles.map((b) => b[lang])) as Record<string, unknown>;

// The document's language follows the app's, so screen readers and hyphenation read French as French.
i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  document.title = i18next.t('app.title');
});

// Until the saved choice arrives from main (features/language), the system's language is the best guess.
void i18next.use(initReactI18next).init({
  resources: { en: { translation: merge('en') }, fr: { translation: merge('fr') } },
  lng: systemLanguage(navigator.languages),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

export default i18next;
