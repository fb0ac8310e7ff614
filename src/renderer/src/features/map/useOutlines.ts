import { useEffect, useState } from 'react';
import { detailFor, loadCountries, type Detail } from './geometry';
import { projectOutlines, type Outline, type Viewport } from './projection';
import type { OutlineReply, OutlineRequest } from './outline-worker';
import { workerClient } from '../../components/worker-client';

type Ask = Omit<OutlineRequest, 'id'>;

const projector = workerClient<OutlineRequest, OutlineReply>(
  () => new Worker(new URL('./outline-worker.ts', import.meta.url), { type: 'module' }),
  'outline worker',
);

/** Outlines from the worker; on the main thread where no worker runs (or it failed). */
const outlinesFor = async (ask: Ask): Promise<Outline[]> => {
  const reply = await projector.request(ask)?.catch(() => null);
  if (reply && 'outlines' in reply) return reply.outlines;
  return projectOutlines(await loadCountries(ask.detail), ask.width, ask.viewport, ask.centroids);
};

/**
 * The country outlines for a viewport and width. While new ones are computed the previous ones stay
 * on screen (at their own viewport, which `shown` names), so zooming never blanks the map.
 */
export const useOutlines = (width: number | null, viewport: Viewport, centroids: boolean) => {
  const detail = detailFor(viewport.zoom);
  const [shown, setShown] = useState<{ outlines: Outline[]; detail: Detail; viewport: Viewport } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lon, lat] = viewport.center;
  const zoom = viewport.zoom;
  useEffect(() => {
    if (width === null) return;
    let live = true;
    const at: Viewport = { center: [lon, lat], zoom };
    outlinesFor({ detail, width, viewport: at, centroids }).then(
      (outlines) => live && setShown({ outlines, detail, viewport: at }),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [width, lon, lat, zoom, detail, centroids]);
  return { outlines: shown?.outlines ?? null, detail: shown?.detail ?? null, viewport: shown?.viewport ?? null, error };
};
