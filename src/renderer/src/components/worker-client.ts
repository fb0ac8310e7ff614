/**
 * Request/reply over a dedicated worker, matched by id. The worker starts on first use; if it
 * cannot be created or stops, every pending request fails and `request` returns null from then on,
 * so callers fall back to doing the work on the main thread.
 */
export type WorkerClient<Request extends { id: number }, Reply extends { id: number }> = {
  /** Starts the worker ahead of time (false where none can run). */
  start: () => boolean;
  request: (message: Omit<Request, 'id'>, transfer?: Transferable[]) => Promise<Reply> | null;
};

// `create` must call `new Worker(new URL('./file.ts', import.meta.url), …)` itself: that is the form
// Vite finds and bundles.
export const workerClient = <Request extends { id: number }, Reply extends { id: number }>(
  create: () => Worker,
  name: string,
): WorkerClient<Request, Reply> => {
  let worker: Worker | null | undefined;
  const pending = new Map<number, { resolve: (reply: Reply) => void; reject: (e: Error) => void }>();
  let next = 0;
  const start = (): Worker | null => {
    if (worker !== undefined) return worker;
    try {
      const w = create();
      w.addEventListener('message', (event: MessageEvent<Reply>) => {
        pending.get(event.data.id)?.resolve(event.data);
        pending.delete(event.data.id);
      });
      w.addEventListener('error', () => {
        worker = null;
        for (const p of pending.values()) p.reject(new Error(`the ${name} stopped`));
        pending.clear();
      });
      worker = w;
    } catch {
      worker = null;
    }
    return worker;
  };
  return {
    start: () => start() !== null,
    request: (message, transfer = []) => {
      const w = start();
      if (w === null) return null;
      const id = next++;
      return new Promise<Reply>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ ...message, id }, transfer);
      });
    },
  };
};
