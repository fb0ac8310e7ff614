import { workerClient } from '../../components/worker-client';
import type { EncodeReply, EncodeRequest } from './png-worker';

/** One encoder worker for the window, started on first use (or when the Export menu opens). */
const encoder = workerClient<EncodeRequest, EncodeReply>(
  () => new Worker(new URL('./png-worker.ts', import.meta.url), { type: 'module' }),
  'PNG encoder',
);

/** Starts the encoder ahead of time, so the first export does not wait for it. */
export const warmPngEncoder = (): void => void encoder.start();

/** PNG bytes from the worker; null where no worker runs (exports then encode on the main thread). */
const encodeInWorker = async (canvas: OffscreenCanvas): Promise<ArrayBuffer | null> => {
  if (!encoder.start()) return null;
  const bitmap = canvas.transferToImageBitmap();
  const reply = await encoder.request({ bitmap }, [bitmap]);
  if (reply === null || 'error' in reply) throw new Error(reply === null ? 'the PNG encoder stopped' : reply.error);
  return reply.png;
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
    const inWorker = await encodeInWorker(draw()).catch(() => null);
    if (inWorker) return new Uint8Array(inWorker);
    return new Uint8Array(await (await draw().convertToBlob({ type: 'image/png' })).arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
};
