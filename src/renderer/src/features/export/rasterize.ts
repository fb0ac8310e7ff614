import { workerClient } from '../../components/worker-client';
import { preparedOnce, type Prepared } from './prepared';
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

/** The SVG as an image, and its PNG bytes when the worker could encode them (null: encode at export). */
type Drawn = { img: HTMLImageElement; png: ArrayBuffer | null };

const paint = (img: HTMLImageElement, width: number, height: number, scale: number): OffscreenCanvas => {
  const canvas = new OffscreenCanvas(Math.round(width * scale), Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas;
};

/** The SVG decoded as an image, drawn at full resolution on an offscreen canvas and encoded by the worker. */
const drawSvg = (svg: string, width: number, height: number, scale: number): Prepared<Drawn> => {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const img = new Image();
  img.src = url;
  const value = img.decode().then(async () => ({ img, png: await encodeInWorker(paint(img, width, height, scale)).catch(() => null) }));
  return { value, release: () => URL.revokeObjectURL(url) };
};

const drawings = preparedOnce<Drawn>();
const keyOf = (svg: string, scale: number) => `${scale}×${svg}`;

/**
 * Decodes, draws and encodes an export's SVG ahead of time (the Export menu is open): choosing PNG
 * or Copy then finds the bytes ready. Decoding and drawing were half the time from the click to the
 * bytes, and encoding most of the rest (bench/, metric 5); the user takes longer than all of it to
 * pick a format.
 */
export const prepareSvgImage = (svg: string, width: number, height: number, scale: number): void =>
  drawings.prepare(keyOf(svg, scale), () => drawSvg(svg, width, height, scale));
/** The menu closed: a drawing no export took is let go. */
export const releaseSvgImage = (): void => drawings.release();

/**
 * SVG text → PNG bytes at `scale`× its size: the SVG is loaded as an image from a blob: URL (allowed
 * by the CSP's img-src), drawn on an offscreen canvas at full resolution (so text and lines stay
 * sharp), and encoded by the worker; by the main thread if the worker cannot run or failed.
 */
export const svgToPng = async (svg: string, width: number, height: number, scale: number): Promise<Uint8Array<ArrayBuffer>> => {
  const drawn = drawings.take(keyOf(svg, scale), () => drawSvg(svg, width, height, scale));
  try {
    const { img, png } = await drawn.value;
    if (png) return new Uint8Array(png);
    return new Uint8Array(await (await paint(img, width, height, scale).convertToBlob({ type: 'image/png' })).arrayBuffer());
  } finally {
    drawn.release();
  }
};
