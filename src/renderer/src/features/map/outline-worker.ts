/**
 * Decodes the world atlas and projects the outlines off the main thread: on it, opening the map took
 * a 110–140 ms task and zooming into the 50m outlines one of 300+ ms (bench/, metric 7).
 */
import { loadCountries, type Detail } from './geometry';
import { projectOutlines, type Outline, type Viewport } from './projection';

export type OutlineRequest = { id: number; detail: Detail; width: number; viewport: Viewport; centroids: boolean };
export type OutlineReply = { id: number; outlines: Outline[] } | { id: number; error: string };

addEventListener('message', (event: MessageEvent<OutlineRequest>) => {
  const { id, detail, width, viewport, centroids } = event.data;
  loadCountries(detail).then(
    (shapes) => postMessage({ id, outlines: projectOutlines(shapes, width, viewport, centroids) } satisfies OutlineReply),
    (e: unknown) => postMessage({ id, error: e instanceof Error ? e.message : String(e) } satisfies OutlineReply),
  );
});
