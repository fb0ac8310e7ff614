/**
 * SVG text → PNG bytes at `scale`× its size: the SVG is loaded as an image from a blob: URL (allowed
 * by the CSP's img-src) and drawn on an offscreen canvas. Runs in the renderer only.
 */
export const svgToPng = async (svg: string, width: number, height: number, scale: number): Promise<Uint8Array<ArrayBuffer>> => {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = new OffscreenCanvas(Math.round(width * scale), Math.round(height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
};
