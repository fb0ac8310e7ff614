import { useEffect, useState } from 'react';
import { outlinesOf, type Outlines } from './outlines-of';
import type { Viewport } from './projection';
import type { OutlineReply, OutlineRequest } from './outline-worker';
import { workerClient } from '../../components/worker-client';

// Built as an entry of the renderer bundle (electron.vite.config.ts), next to this chunk in assets/,
// so it shares d3-geo and the atlases with this tab; Vite's dev server serves the source itself.
// Not the `new Worker(new URL('./x.ts', import.meta.url))` form: Vite would bundle a second copy.
const OUTLINE_WORKER_FILE = import.meta.env.DEV ? 'outline-worker.ts' : 'outline-worker.js';

const projector = workerClient<OutlineRequest, OutlineReply>(
  () => new Worker(new URL(OUTLINE_WORKER_FILE, import.meta.url), { type: 'module' }),
  'outline worker',
);

type Ask = Omit<OutlineRequest, 'id'>;

/** Outlines from the worker; on the main thread where no worker runs (or it failed). */
const outlinesFor = async (ask: Ask): Promise<Outlines> => {
  const reply = await projector.request(ask)?.catch(() => null);
  if (reply && 'outlines' in reply) return reply;
  return outlinesOf(ask);
};

/**
 * The country outlines for a viewport and width, or fitted to the countries `fit` (then `viewport`
 * names the fit that was drawn). While new ones are computed the previous ones stay on screen (at
 * their own viewport), so zooming never blanks the map.
 */
export const useOutlines = (width: number | null, viewport: Viewport, fit: readonly string[] | null, focus: readonly string[]) => {
  const [shown, setShown] = useState<Outlines | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lon, lat] = viewport.center;
  const zoom = viewport.zoom;
  // Keys, so a new array with the same countries asks for nothing new.
  const fitKey = fit ? fit.join(',') : null;
  const focusKey = focus.join(',');
  useEffect(() => {
    if (width === null) return;
    let live = true;
    const ask: Ask = {
      width,
      viewport: { center: [lon, lat], zoom },
      fit: fitKey === null ? null : fitKey.split(',').filter(Boolean),
      focus: focusKey.split(',').filter(Boolean),
    };
    outlinesFor(ask).then(
      (done) => live && setShown(done),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [width, lon, lat, zoom, fitKey, focusKey]);
  return { outlines: shown?.outlines ?? null, detail: shown?.detail ?? null, viewport: shown?.viewport ?? null, error };
};
