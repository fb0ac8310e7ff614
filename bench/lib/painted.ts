import type { Page } from '@playwright/test';

/**
 * Arms a page-side watch: resolves (page clock) at the first frame painted after an element matching
 * `selector` is in the DOM. A MutationObserver sees the commit; requestAnimationFrame runs just before
 * that frame's paint, and a message posted from it is handled just after. Call before the action.
 */
export const armPainted = (page: Page, selector: string): Promise<void> =>
  // No named functions inside: tsx's keepNames would wrap them in a helper the page does not have.
  page.evaluate((sel) => {
    (window as unknown as { __painted: Promise<number> }).__painted = new Promise<number>((resolve) => {
      const watch = new MutationObserver(() => {
        if (document.querySelector(sel) === null) return;
        watch.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(0);
        });
      });
      watch.observe(document.body, { childList: true, subtree: true, attributes: true });
      // Already there (it should not be): the first mutation of any kind resolves it.
      if (document.querySelector(sel) !== null) document.body.dataset.benchPainted = String(performance.now());
    });
  }, selector);

/** The time `armPainted`'s watch resolved (page clock, ms), waiting up to `timeoutMs`. */
export const painted = (page: Page, timeoutMs: number): Promise<number> =>
  page.evaluate(
    (ms) =>
      Promise.race([
        (window as unknown as { __painted: Promise<number> }).__painted,
        new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`nothing painted within ${ms} ms`)), ms)),
      ]),
    timeoutMs,
  );
