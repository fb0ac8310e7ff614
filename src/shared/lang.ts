/** The app's two languages. */
export type Lang = 'en' | 'fr';
