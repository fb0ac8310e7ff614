/**
 * Decodes the world atlas and projects the outlines off the main thread: on it, opening the map took
 * a 110–140 ms task and zooming into the 50m outlines one of 300+ ms (bench/, metric 7).
 */
import { outlinesOf, type OutlineAsk, type Outlines } from './outlines-of';

export type OutlineRequest = OutlineAsk & { id: number };
export type OutlineReply = ({ id: number } & Outlines) | { id: number; error: string };

addEventListener('message', (event: MessageEvent<OutlineRequest>) => {
  const { id, ...ask } = event.data;
  outlinesOf(ask).then(
    (done) => postMessage({ id, ...done } satisfies OutlineReply),
    (e: unknown) => postMessage({ id, error: e instanceof Error ? e.message : String(e) } satisfies OutlineReply),
  );
});
