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

type Drawn = { img: HTMLImageElement; canvas: OffscreenCanvas };

const paint = (img: HTMLImageElement, width: number, height: number, scale: number): OffscreenCanvas => {
  const canvas = new OffscreenCanvas(Math.round(width * scale), Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas;
};

/** The SVG decoded as an image and drawn at full resolution on an offscreen canvas. */
const drawSvg = (svg: string, width: number, height: number, scale: number): Prepared<Drawn> => {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const img = new Image();
  img.src = url;
  const value = img.decode().then(() => ({ img, canvas: paint(img, width, height, scale) }));
  return { value, release: () => URL.revokeObjectURL(url) };
};

const drawings = preparedOnce<Drawn>();
const keyOf = (svg: string, scale: number) => `${scale}×${svg}`;

/**
 * Decodes and draws an export's SVG ahead of time (the Export menu is open): choosing PNG or Copy
 * then only encodes. Decoding and drawing were half the time from the click to the bytes (bench/,
 * metric 5); the user takes longer than that to pick a format.
 */
export const prepareSvgImage = (svg: string, width: number, height: number, scale: number): void =>
  drawings.prepare(keyOf(svg, scale), () => drawSvg(svg, width, height, scale));
/** The menu closed: a drawing no export took is let go. */
export const releaseSvgImage = (): void => drawings.release();

/**
 * SVG text → PNG bytes at `scale`× its size: the SVG is loaded as an image from a blob: URL (allowed
 * by the CSP's img-src), drawn on an offscreen canvas at full resolution (so text and lines stay
 * sharp), and encoded by the worker; by the main thread if the worker cannot run or fails.
 */
export const svgToPng = async (svg: string, width: number, height: number, scale: number): Promise<Uint8Array<ArrayBuffer>> => {
  const drawn = drawings.take(keyOf(svg, scale), () => drawSvg(svg, width, height, scale));
  try {
    const { img, canvas } = await drawn.value;
    const inWorker = await encodeInWorker(canvas).catch(() => null);
    if (inWorker) return new Uint8Array(inWorker);
    // The worker may have taken the first canvas's pixels: draw again.
    return new Uint8Array(await (await paint(img, width, height, scale).convertToBlob({ type: 'image/png' })).arrayBuffer());
  } finally {
    drawn.release();
  }
};
