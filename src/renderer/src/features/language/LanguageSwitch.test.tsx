import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from '../../i18n';
import type { Result } from '../../../../shared/ipc/result';
import type { Preferences } from '../../../../shared/ipc/preferences';
import { LanguageSwitch } from './LanguageSwitch';
import { applySavedLanguage } from './language';

const saved = (language: Preferences['language']): Result<Preferences> => ({ ok: true, value: { language, theme: 'system', panels: null, export: null } });

beforeEach(async () => {
  await i18next.changeLanguage('en');
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

describe('LanguageSwitch', () => {
  it('switches the app to French and back, asks main to remember each choice, and labels the document', async () => {
    const asked: unknown[] = [];
    const api = { setLanguage: async (input: { language: 'en' | 'fr' }) => (asked.push(input), saved(input.language)) };
    render(<LanguageSwitch api={api} />);
    const toFrench = screen.getByRole('button', { name: 'Français' });
    expect(toFrench.getAttribute('lang')).toBe('fr');
    await userEvent.click(toFrench);
    expect(i18next.language).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('Explorateur OIM–Canada');
    await userEvent.click(await screen.findByRole('button', { name: 'English' }));
    expect(i18next.language).toBe('en');
    expect(asked).toEqual([{ language: 'fr' }, { language: 'en' }]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the switch when main cannot remember it, and says so in the new language', async () => {
    const api = { setLanguage: async (): Promise<Result<Preferences>> => ({ ok: false, code: 'IO_ERROR', message: 'disk full' }) };
    render(<LanguageSwitch api={api} />);
    await userEvent.click(screen.getByRole('button', { name: 'Français' }));
    expect(i18next.language).toBe('fr');
    expect((await screen.findByRole('alert')).textContent).toBe('La langue a changé, mais ce choix n’a pas pu être conservé pour la prochaine fois : disk full');
  });

  it('works from the keyboard', async () => {
    const api = { setLanguage: async (input: { language: 'en' | 'fr' }) => saved(input.language) };
    render(<LanguageSwitch api={api} />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'English' })).toBe(document.activeElement);
  });
});

describe('applySavedLanguage', () => {
  it("applies the earlier session's choice, and leaves the system language when there is none or it is unreadable", async () => {
    // A fresh instance: the app's own has had choices made in it by the tests above.
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', resources: { en: { translation: {} }, fr: { translation: {} } } });
    await applySavedLanguage({ getPreferences: async () => saved(null) }, i18n);
    expect(i18n.language).toBe('en');
    await applySavedLanguage({ getPreferences: async () => ({ ok: false, code: 'INTERNAL', message: 'x' }) }, i18n);
    expect(i18n.language).toBe('en');
    await applySavedLanguage({ getPreferences: async () => saved('fr') }, i18n);
    expect(i18n.language).toBe('fr');
  });

  it('does not undo a choice made while main was answering', async () => {
    let answer: (r: Result<Preferences>) => void = () => {};
    const late = applySavedLanguage({ getPreferences: () => new Promise((resolve) => (answer = resolve)) });
    render(<LanguageSwitch api={{ setLanguage: async (input) => saved(input.language) }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Français' }));
    answer(saved('en'));
    await late;
    expect(i18next.language).toBe('fr');
  });
});
