import { useCallback, useEffect, useState } from 'react';
import type { Api } from '../../../shared/ipc/contract';
import type { Panels } from '../../../shared/ipc/preferences';

/** Window widths at which a panel sits beside the figure; below them it slides over it. */
export const DOCK_DATASETS_AT = 1100;
export const DOCK_DRAWER_AT = 1600;

export type PanelMode = 'docked' | 'overlay';
export type PanelState = { open: boolean; mode: PanelMode };

const useWindowWidth = () => {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
};

/**
 * The datasets rail and the right-hand drawer. A docked panel's open/closed state is a preference
 * kept by main (the figure keeps ≥ 60 % of the window either way); a panel over the figure is
 * transient: it starts closed and closes on Escape or when used.
 */
export function usePanels(api: Pick<Api, 'setPanels'>, saved: Panels | null) {
  const width = useWindowWidth();
  // Set once the user opens or closes a docked panel; until then the saved layout (it arrives late).
  const [chosen, setKept] = useState<Panels | null>(null);
  const kept = chosen ?? saved;
  const [overlay, setOverlay] = useState({ datasets: false, drawer: false });

  const modes = { datasets: width >= DOCK_DATASETS_AT ? 'docked' : 'overlay', drawer: width >= DOCK_DRAWER_AT ? 'docked' : 'overlay' } as const;
  const state = (key: keyof Panels): PanelState => ({
    mode: modes[key],
    open: modes[key] === 'docked' ? (kept?.[key] ?? true) : overlay[key],
  });
  const datasets = state('datasets');
  const drawer = state('drawer');

  const set = useCallback(
    (key: keyof Panels, open: boolean) => {
      if (modes[key] === 'overlay') {
        setOverlay((o) => ({ ...o, [key]: open }));
        return;
      }
      const next: Panels = { datasets: datasets.open, drawer: drawer.open, [key]: open };
      setKept(next);
      // A layout that could not be remembered still applies for this session.
      void api.setPanels({ panels: next });
    },
    [api, modes.datasets, modes.drawer, datasets.open, drawer.open], // eslint-disable-line react-hooks/exhaustive-deps
  );
  return { datasets, drawer, set };
}
