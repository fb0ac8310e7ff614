import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bundles } from './bundles';

const merge = (lang: 'en' | 'fr') => Object.assign({}, ...bundles.map((b) => b[lang])) as Record<string, unknown>;

void i18next.use(initReactI18next).init({
  resources: { en: { translation: merge('en') }, fr: { translation: merge('fr') } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

export default i18next;
