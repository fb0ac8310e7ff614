import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/view/fields';

/** The data language on screen: datasets carry English and French text. */
export const useLang = (): Lang => {
  const { i18n } = useTranslation();
  return i18n.language === 'fr' ? 'fr' : 'en';
};
