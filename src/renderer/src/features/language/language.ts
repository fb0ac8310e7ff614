import i18next, { type i18n as I18n } from 'i18next';
import type { Api } from '../../../../shared/ipc/contract';
import type { Lang } from '../../../../shared/view/fields';

/** Set once the user picks a language in this window: a late answer from main must not undo it. */
const chosenHere = new WeakSet<I18n>();

/** Applies the language chosen in an earlier session; without one, the system's language stays. */
export const applySavedLanguage = async (api: Pick<Api, 'getPreferences'>, i18n: I18n = i18next): Promise<void> => {
  const r = await api.getPreferences();
  // An unreadable preference is not worth an error on screen: main has logged it, and the app still works.
  if (!r.ok || r.value.language === null || chosenHere.has(i18n) || r.value.language === i18n.language) return;
  await i18n.changeLanguage(r.value.language);
};

/**
 * Switches the app now and asks main to remember the choice. Resolves to null, or to why it could
 * not be remembered (the switch itself has happened either way).
 */
export const chooseLanguage = async (api: Pick<Api, 'setLanguage'>, lang: Lang, i18n: I18n = i18next): Promise<string | null> => {
  chosenHere.add(i18n);
  await i18n.changeLanguage(lang);
  const r = await api.setLanguage({ language: lang });
  return r.ok ? null : r.message;
};
