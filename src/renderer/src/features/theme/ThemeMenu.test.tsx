import '../../i18n';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setThemePreference } from '../../design/theme';
import type { Api } from '../../../../shared/ipc/contract';
import { ThemeMenu } from './ThemeMenu';

afterEach(() => {
  cleanup();
  setThemePreference('system');
});

const kept = () => vi.fn<Api['setTheme']>(async ({ theme }) => ({ ok: true, value: { language: null, theme, panels: null, export: null } }));
const radios = () => screen.getAllByRole('menuitemradio');

describe('ThemeMenu', () => {
  it('a menu button named Theme; its radio items say which theme is chosen', async () => {
    render(<ThemeMenu api={{ setTheme: kept() }} />);
    const button = screen.getByRole('button', { name: 'Theme' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    await userEvent.click(button);
    expect(screen.getByRole('menu', { name: 'Theme' })).toBeTruthy();
    expect(radios().map((r) => [r.textContent, r.getAttribute('aria-checked')])).toEqual([
      ['As the system', 'true'],
      ['Light', 'false'],
      ['Dark', 'false'],
    ]);
  });

  it('keyboard: Enter opens on the chosen theme, arrows move, Enter chooses; focus back on the button; main keeps it', async () => {
    const setTheme = kept();
    render(<ThemeMenu api={{ setTheme }} />);
    const button = screen.getByRole('button', { name: 'Theme' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'As the system' })));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'Dark' }));
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(setTheme).toHaveBeenCalledWith({ theme: 'dark' });
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('menuitemradio', { name: 'Dark' }).getAttribute('aria-checked')).toBe('true'));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
