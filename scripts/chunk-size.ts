import type { Plugin } from 'vite';

/**
 * Vite's "chunks larger than 500 kB" warning, split in two. The world-atlas geometry is data, not
 * code: the 50m atlas alone is about 760 kB minified, loads lazily, and `npm run check:size` keeps it
 * out of the first screen. Vite's own limit (build.chunkSizeWarningLimit) is therefore set above the
 * geometry (GEOMETRY_CHUNK_LIMIT_KB), and this plugin keeps Vite's 500 kB warning for every chunk
 * that holds code.
 */
export const CODE_CHUNK_WARNING_KB = 500;
export const GEOMETRY_CHUNK_LIMIT_KB = 1000;

type ChunkLike = { type: 'chunk'; fileName: string; code: string; moduleIds: readonly string[] } | { type: 'asset' };

const isGeometry = (moduleIds: readonly string[]) =>
  moduleIds.length > 0 && moduleIds.every((id) => /[\\/]node_modules[\\/]world-atlas[\\/]/.test(id));

/** Chunks of code over `limitKb` (1 kB = 1,000 bytes, as Vite counts), with their size. */
export const oversizedCodeChunks = (bundle: Record<string, ChunkLike>, limitKb = CODE_CHUNK_WARNING_KB) =>
  Object.values(bundle).flatMap((c) => {
    if (c.type !== 'chunk' || isGeometry(c.moduleIds)) return [];
    const kb = Buffer.byteLength(c.code) / 1000;
    return kb > limitKb ? [{ fileName: c.fileName, kb }] : [];
  });

export const codeChunkSizePlugin = (limitKb = CODE_CHUNK_WARNING_KB): Plugin => ({
  name: 'iom-code-chunk-size',
  apply: 'build',
  generateBundle(_options, bundle) {
    for (const { fileName, kb } of oversizedCodeChunks(bundle as unknown as Record<string, ChunkLike>, limitKb))
      this.warn(`${fileName} is ${kb.toFixed(1)} kB of code after minification, over ${limitKb} kB: split it with import().`);
  },
});
