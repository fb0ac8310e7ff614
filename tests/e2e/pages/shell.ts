import type { Page } from '@playwright/test';

/** The four window sizes the shell is built for (issue #18): half a laptop screen up to full HD. */
export const SIZES = [
  { width: 794, height: 700 },
  { width: 1024, height: 640 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

export type Clipped = { what: string; scrollWidth: number; clientWidth: number };

/**
 * Visible elements of the header and the figure's toolbar whose content is wider than their box
 * (text cut off or hidden behind an ellipsis), or that stick out of the window.
 */
export const clippedControls = (page: Page): Promise<Clipped[]> =>
  page.evaluate(() => {
    const out: { what: string; scrollWidth: number; clientWidth: number }[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    for (const el of document.querySelectorAll<HTMLElement>('.app-header *, .tabs-row *, .chart-controls *')) {
      const box = el.getBoundingClientRect();
      // Not shown, or visually hidden on purpose (a 1 px label kept for screen readers).
      if (box.width <= 1 || box.height <= 1 || el instanceof SVGElement) continue;
      // 1 px: sub-pixel rounding of text widths.
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline')
        out.push({ what: name(el), scrollWidth: el.scrollWidth, clientWidth: el.clientWidth });
      else if (box.right > window.innerWidth + 1 || box.left < -1)
        out.push({ what: `${name(el)} outside the window`, scrollWidth: Math.round(box.right), clientWidth: window.innerWidth });
    }
    return out;
  });

/** Whether the page itself scrolls sideways (it must not: only a wide table may, inside its box). */
export const pageScrollsSideways = (page: Page) =>
  page.evaluate(
    () =>
      document.documentElement.scrollWidth > document.documentElement.clientWidth ||
      document.body.scrollWidth > document.body.clientWidth,
  );

/** Width of a box as a share of the window's. */
export const widthShare = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().width / window.innerWidth);

/** The colour a system colour keyword (Canvas, GrayText…) resolves to on this page. */
export const systemColour = (page: Page, keyword: string) =>
  page.evaluate((k) => {
    const probe = document.createElement('span');
    probe.style.color = k;
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  }, keyword);
