import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import type { Lang } from './view/fields';

countries.registerLocale(en);
countries.registerLocale(fr);

const isCode = (text: string) => /^[A-Z]{3}$/.test(text) && countries.isValid(text);

/** ISO 3166 alpha-3 code for a code or an English or French country name; null when it names no country. */
export const countryCode = (codeOrName: string): string | null => {
  const text = codeOrName.trim();
  if (isCode(text)) return text;
  return countries.getAlpha3Code(text, 'en') ?? countries.getAlpha3Code(text, 'fr') ?? null;
};

/**
 * A country's name in the language on screen, from its code ("ETH") or its name as the report writes
 * it ("Ethiopia" → "Éthiopie" in French). In English a name is kept as the report wrote it (the
 * report's spelling is the source); text that names no country (a city, a region) is returned as is.
 */
export const countryName = (codeOrName: string, lang: Lang): string => {
  const text = codeOrName.trim();
  if (isCode(text)) return countries.getName(text, lang) ?? text;
  const english = countries.getAlpha3Code(text, 'en');
  if (lang === 'en' && english !== undefined) return codeOrName;
  const code = english ?? countries.getAlpha3Code(text, 'fr');
  return code === undefined ? codeOrName : (countries.getName(code, lang) ?? codeOrName);
};
