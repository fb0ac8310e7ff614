/**
 * Encodes a bitmap as PNG off the main thread. On the main thread Chromium encodes canvas blobs in
 * idle time, and right after a click it waited about a second for idle time to come (bench/, metric 5).
 */
export type EncodeRequest = { id: number; bitmap: ImageBitmap };
export type EncodeReply = { id: number; png: ArrayBuffer } | { id: number; error: string };

addEventListener('message', (event: MessageEvent<EncodeRequest>) => {
  const { id, bitmap } = event.data;
  const reply = (message: EncodeReply, transfer: Transferable[] = []) => postMessage(message, { transfer });
  void (async () => {
    try {
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      // Hands the pixels over without drawing them again.
      const ctx = canvas.getContext('bitmaprenderer');
      if (!ctx) throw new Error('no bitmap canvas in the worker');
      ctx.transferFromImageBitmap(bitmap);
      const png = await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer();
      reply({ id, png }, [png]);
    } catch (e) {
      reply({ id, error: e instanceof Error ? e.message : String(e) });
    }
  })();
});
