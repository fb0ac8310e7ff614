import { useEffect, useRef } from 'react';
import type { ViewState } from '../../../../shared/view-state';
import type { ViewsApi } from './store';

export const LAST_VIEW_DEBOUNCE_MS = 800;

/**
 * Opens the startup view (pinned default, else the last session's) once, then keeps main informed of
 * the view on screen, debounced, so the next launch can restore it.
 */
export const useLastSession = (
  api: Pick<ViewsApi, 'getStartupView' | 'saveLastView'>,
  view: ViewState | null,
  setView: (v: ViewState) => void,
) => {
  const started = useRef(false);
  const restored = useRef(false);
  const setViewRef = useRef(setView);
  useEffect(() => {
    setViewRef.current = setView;
  }, [setView]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void api.getStartupView().then((r) => {
      restored.current = true;
      if (r.ok && r.value) setViewRef.current(r.value.state);
    });
  }, [api]);

  useEffect(() => {
    // Nothing is recorded before the startup view is in: it would overwrite the one to restore.
    if (view === null || !restored.current) return;
    const timer = setTimeout(() => void api.saveLastView({ state: view }), LAST_VIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, view]);
};
