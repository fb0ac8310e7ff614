import type { Lang } from './view/fields';

/** French when the system prefers French before English (fr, fr-CA, fr-BE…); English otherwise. */
export const systemLanguage = (preferred: readonly string[]): Lang => {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'fr') return 'fr';
    if (primary === 'en') return 'en';
  }
  return 'en';
};
