import { useEffect, useEffectEvent } from 'react';

/** The regions F6 cycles through, in order; a closed panel is skipped. */
export const REGION_SELECTOR = '[data-region]:not([hidden])';

const focusRegion = (region: HTMLElement) => {
  const target = region.querySelector<HTMLElement>('[data-region-focus]') ?? region;
  if (!target.hasAttribute('tabindex') && target === region) region.tabIndex = -1;
  target.focus();
};

/**
 * Desktop-app keys: F6 / Shift+F6 move between the header, the datasets, the figure and the side
 * panel (as in Windows apps); Ctrl+F (Cmd+F) goes to the search box, opening the datasets if needed.
 */
export function useShortcuts({ openDatasets }: { openDatasets: () => void }) {
  const showDatasets = useEffectEvent(openDatasets);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'F6') {
        const regions = [...document.querySelectorAll<HTMLElement>(REGION_SELECTOR)].filter((r) => r.offsetParent !== null || r.getClientRects().length > 0);
        if (regions.length === 0) return;
        e.preventDefault();
        const current = regions.findIndex((r) => r.contains(document.activeElement));
        const step = e.shiftKey ? -1 : 1;
        const next = regions[(current + step + regions.length) % regions.length] ?? regions[0];
        if (next) focusRegion(next);
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        showDatasets();
        // The rail may only now be shown: focus after it renders.
        requestAnimationFrame(() => document.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
