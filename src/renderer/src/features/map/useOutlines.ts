import { useEffect, useState } from 'react';
import { detailFor, loadCountries, type Detail } from './geometry';
import { projectOutlines, type Outline, type Viewport } from './projection';
import type { OutlineReply, OutlineRequest } from './outline-worker';

type Ask = Omit<OutlineRequest, 'id'>;

let worker: Worker | null | undefined;
const waiting = new Map<number, (reply: OutlineReply) => void>();
let nextId = 0;

const startWorker = (): Worker | null => {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./outline-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<OutlineReply>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    });
    worker.addEventListener('error', () => {
      // A worker that cannot run: outlines are projected on the main thread from now on.
      worker = null;
      for (const [id, answer] of waiting) answer({ id, error: 'the outline worker stopped' });
      waiting.clear();
    });
  } catch {
    worker = null;
  }
  return worker;
};

/** Outlines from the worker; on the main thread where no worker runs (or it failed). */
const outlinesFor = async (ask: Ask): Promise<Outline[]> => {
  const w = startWorker();
  if (w !== null) {
    const reply = await new Promise<OutlineReply>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      w.postMessage({ id, ...ask } satisfies OutlineRequest);
    });
    if ('outlines' in reply) return reply.outlines;
  }
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
