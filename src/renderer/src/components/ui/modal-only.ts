/**
 * Stands in, in the build (aliases in electron.vite.config.ts), for the two libraries Radix uses
 * only for *modal* layers: react-remove-scroll (locks the page's scrolling) and aria-hidden (hides
 * the rest of the page from screen readers). The app's menus are not modal (Menu.tsx passes
 * modal={false}) and its dialogs are native <dialog>s opened with showModal(), which the browser
 * makes modal itself, so both were ~4.5 kB gzip of dead code. A modal Radix layer would reach
 * these and fail at once instead of silently not being modal.
 */
const notBuilt = (what: string): never => {
  throw new Error(`${what} is left out of the build (components/ui/modal-only.ts): Radix layers here must not be modal.`);
};

export const RemoveScroll = (): never => notBuilt('react-remove-scroll');
export const hideOthers = (): never => notBuilt('aria-hidden');
