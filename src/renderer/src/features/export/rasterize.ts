import type { EncodeReply } from './png-worker';

type Pending = { resolve: (png: ArrayBuffer) => void; reject: (e: Error) => void };

/** One encoder worker for the window, started on first use (or when the Export menu opens). */
let encoder: { worker: Worker; pending: Map<number, Pending>; next: number } | null | undefined;

const startEncoder = (): NonNullable<typeof encoder> | null => {
  if (encoder !== undefined) return encoder;
  try {
    const worker = new Worker(new URL('./png-worker.ts', import.meta.url), { type: 'module' });
    const state = { worker, pending: new Map<number, Pending>(), next: 0 };
    worker.addEventListener('message', (event: MessageEvent<EncodeReply>) => {
      const reply = event.data;
      const waiting = state.pending.get(reply.id);
      state.pending.delete(reply.id);
      if ('png' in reply) waiting?.resolve(reply.png);
      else waiting?.reject(new Error(reply.error));
    });
    worker.addEventListener('error', () => {
      // A worker that cannot run (blocked, crashed): exports go on with the main-thread encoder.
      for (const p of state.pending.values()) p.reject(new Error('the PNG encoder stopped'));
      encoder = null;
    });
    return (encoder = state);
  } catch {
    return (encoder = null);
  }
};

/** Starts the encoder ahead of time, so the first export does not wait for it. */
export const warmPngEncoder = (): void => void startEncoder();

const encodeInWorker = (canvas: OffscreenCanvas): Promise<ArrayBuffer> | null => {
  const state = startEncoder();
  if (state === null) return null;
  const id = state.next++;
  const bitmap = canvas.transferToImageBitmap();
  return new Promise((resolve, reject) => {
    state.pending.set(id, { resolve, reject });
    state.worker.postMessage({ id, bitmap }, [bitmap]);
  });
};

/**
 * SVG text → PNG bytes at `scale`× its size: the SVG is loaded as an image from a blob: URL (allowed
 * by the CSP's img-src), drawn on an offscreen canvas at full resolution (so text and lines stay
 * sharp), and encoded by the worker; by the main thread if the worker cannot run or fails.
 */
export const svgToPng = async (svg: string, width: number, height: number, scale: number): Promise<Uint8Array<ArrayBuffer>> => {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const draw = () => {
      const canvas = new OffscreenCanvas(Math.round(width * scale), Math.round(height * scale));
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D canvas');
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      return canvas;
    };
    const inWorker = await encodeInWorker(draw())?.catch(() => null);
    if (inWorker) return new Uint8Array(inWorker);
    return new Uint8Array(await (await draw().convertToBlob({ type: 'image/png' })).arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
};
