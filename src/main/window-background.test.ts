import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_BACKGROUND, windowBackground } from './window-background';

const tokens = readFileSync(resolve(import.meta.dirname, '../renderer/src/design/tokens.css'), 'utf8');

describe('the window background', () => {
  it("is the page's --color-page token, light and dark", () => {
    const m = /--color-page:\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/i.exec(tokens);
    expect(m, '--color-page as light-dark(#rrggbb, #rrggbb) in tokens.css').not.toBeNull();
    expect(PAGE_BACKGROUND).toEqual({ light: m?.[1]?.toLowerCase(), dark: m?.[2]?.toLowerCase() });
  });

  it.each([
    ['light', false, PAGE_BACKGROUND.light],
    ['light', true, PAGE_BACKGROUND.light],
    ['dark', false, PAGE_BACKGROUND.dark],
    ['system', true, PAGE_BACKGROUND.dark],
    ['system', false, PAGE_BACKGROUND.light],
  ] as const)('theme %s, system dark %s → %s', (theme, systemDark, colour) => {
    expect(windowBackground(theme, systemDark)).toBe(colour);
  });
});
