import { expect, type Locator, type Page } from '@playwright/test';

type Lang = 'en' | 'fr';
/** How the app names itself and its landmarks in each language (i18n/en.json, fr.json). */
export const APP_TEXT = {
  en: { title: 'IOM–Canada Explorer', nav: 'Datasets', switchTo: 'Français', tabs: ['Table', 'Chart', 'Map'] },
  fr: { title: 'Explorateur OIM–Canada', nav: 'Jeux de données', switchTo: 'English', tabs: ['Tableau', 'Graphique', 'Carte'] },
} as const satisfies Record<Lang, { title: string; nav: string; switchTo: string; tabs: readonly string[] }>;

/** The language switch in the app's header, and what shows which language is on. */
export class LanguagePage {
  readonly header: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
  }

  /** Clicks the switch that leads to `lang` and waits for the app to show it. */
  async switchTo(lang: Lang) {
    const from: Lang = lang === 'fr' ? 'en' : 'fr';
    await this.header.getByRole('button', { name: APP_TEXT[from].switchTo, exact: true }).click();
    await this.expectLanguage(lang);
  }

  async expectLanguage(lang: Lang) {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(APP_TEXT[lang].title);
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
    await expect(this.page).toHaveTitle(APP_TEXT[lang].title);
    await expect(this.page.getByRole('navigation', { name: APP_TEXT[lang].nav })).toBeVisible();
  }
}
