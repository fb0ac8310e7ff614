import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export type Look = { lang: 'en' | 'fr'; theme: 'light' | 'dark' };
/** Both languages in both themes: what "every screen" is checked in. */
export const LOOKS: readonly Look[] = [
  { lang: 'en', theme: 'light' },
  { lang: 'en', theme: 'dark' },
  { lang: 'fr', theme: 'dark' },
  { lang: 'fr', theme: 'light' },
];

/**
 * The rules a theme can change. A theme only swaps colour tokens (the DOM, the names and the layout
 * are the same), so the dark looks are checked for these; each language gets every rule in light.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const SWITCH_TO = { en: 'English', fr: 'Français' } as const;
const TITLE = { en: 'IOM–Canada Explorer', fr: 'Explorateur OIM–Canada' } as const;

/** Sets language and theme through the header's own controls, as a user would. */
export async function applyLook(page: Page, look: Look) {
  const header = page.getByRole('banner');
  if ((await page.locator('html').getAttribute('lang')) !== look.lang) {
    await header.getByRole('button', { name: SWITCH_TO[look.lang], exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE[look.lang]);
  }
  if ((await page.locator('html').getAttribute('data-theme-preference')) !== look.theme) {
    await header.locator('.theme-switch button').click();
    await page.getByRole('menu').locator(`[role="menuitemradio"][data-value="${look.theme}"]`).click();
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', look.theme);
}

export type Finding = { where: string; id: string; impact: string; help: string; targets: string[] };

/**
 * Runs axe-core (WCAG 2.1 A/AA and best practice) over the page as it is and returns the serious
 * and critical findings, each with where it was found, so a failure names the screen and the nodes.
 */
export async function seriousFindings(page: Page, where: string, within?: string, look?: Look): Promise<Finding[]> {
  // Transitions would let axe read a colour halfway between two themes.
  await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
  const tagged = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const axe = look?.theme === 'dark' ? new AxeBuilder({ page }).withRules(COLOUR_RULES) : tagged;
  const result = await (within ? axe.include(within) : axe).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      where,
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}

type Steps = {
  /** Brings the screen up (again: a language or theme change closes a menu). */
  show?: () => Promise<void>;
  /** Closes it before the header is used (a modal dialog keeps the header out of reach). */
  hide?: () => Promise<void>;
};

/**
 * The looks a screen is checked in: one light and one dark, one English and one French. A theme only
 * swaps colours and a language only swaps text, so two looks cover what four would on one screen; the
 * pair (en light + fr dark, or en dark + fr light) depends on the screen's name, so that across the
 * screens every look is checked (a11y.spec.ts's 13 screens and 4 datasets use both pairs, 6 and 11
 * times). Halves the suite's time, which CI's 10-minute budget needs.
 */
export const PAIRS: readonly (readonly [Look, Look])[] = [
  [LOOKS[0]!, LOOKS[2]!],
  [LOOKS[1]!, LOOKS[3]!],
];
export const looksFor = (screen: string): readonly Look[] => PAIRS[[...screen].reduce((a, c) => a + c.charCodeAt(0), 0) % 2]!;

/** Checks one screen in a light and a dark look, in both languages (looksFor). */
export async function checkEveryLook(page: Page, screen: string, { show, hide }: Steps = {}) {
  const findings: Finding[] = [];
  for (const look of looksFor(screen)) {
    await applyLook(page, look);
    await show?.();
    findings.push(...(await seriousFindings(page, `${screen} (${look.lang}, ${look.theme})`, undefined, look)));
    await hide?.();
  }
  return findings;
}
