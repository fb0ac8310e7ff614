import type { Page } from '@playwright/test';

/** Pairs of drawn <text> boxes that intersect once the SVG is put in the page, named by their texts. */
export const overlaps = (page: Page, svg: string) =>
  page.evaluate((text) => {
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:0;top:0;';
    host.append(document.importNode(new DOMParser().parseFromString(text, 'image/svg+xml').documentElement, true));
    document.body.append(host);
    const boxes = [...host.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0);
    const out: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const e = 0.5;
        if (a.r.left + e < b.r.right && b.r.left + e < a.r.right && a.r.top + e < b.r.bottom && b.r.top + e < a.r.bottom) out.push(`${a.text} × ${b.text}`);
      }),
    );
    host.remove();
    return out;
  }, svg);

