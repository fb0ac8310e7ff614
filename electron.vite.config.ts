import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { bundledDataPlugin } from './scripts/bundled-data';
import { homeFiguresPlugin } from './scripts/home-figures';
import { codeChunkSizePlugin, GEOMETRY_CHUNK_LIMIT_KB } from './scripts/chunk-size';

const OUTLINE_WORKER = 'outline-worker';

export default defineConfig({
  main: {
    // Validates resources/datasets once (the build fails on a bad file) and writes their hashes; then
    // computes the start screen's figures from them (main reads those instead of computing at launch).
    plugins: [bundledDataPlugin(resolve('resources/datasets')), homeFiguresPlugin(resolve('resources/datasets'))],
    build: {
      // electron-store, conf, d3-array and d3-geo are ESM-only: bundle them into the CJS main instead of requiring them.
      externalizeDeps: { exclude: ['electron-store', 'conf', 'd3-array', 'd3-geo'] },
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): it must be one self-contained CJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), codeChunkSizePlugin()],
    // recharts imports lodash/<fn> (CommonJS, whole helpers kept); lodash-es lets the bundler keep only what it uses.
    resolve: {
      alias: [
        { find: /^lodash\/(.*)$/, replacement: 'lodash-es/$1.js' },
        // Every chart is drawn with animations off: recharts' animation library would be dead code.
        { find: /^react-smooth$/, replacement: resolve('src/renderer/src/features/chart/no-animation.ts') },
        // recharts keeps every d3 scale (it looks them up by name); the charts use three of them.
        { find: /^victory-vendor\/d3-scale$/, replacement: resolve('src/renderer/src/features/chart/scales.ts') },
        // Radix's modal-layer helpers: the menus are not modal and the dialogs are native <dialog>s.
        { find: /^(react-remove-scroll|aria-hidden)$/, replacement: resolve('src/renderer/src/components/ui/modal-only.ts') },
      ],
    },
    // ES module workers, so the map worker loads each world atlas only when it is asked for.
    worker: { format: 'es', plugins: () => [codeChunkSizePlugin()] },
    build: {
      minify: true,
      // Only for `npm run bench -- --trace` (bench/trace.ts), which attributes sampled JS to packages;
      // 'hidden' leaves the chunks byte-identical (no sourceMappingURL), and the maps never ship.
      sourcemap: process.env.IOM_SOURCEMAP === 'hidden' ? 'hidden' : false,
      // Above the world-atlas geometry (data, lazy); code chunks still warn at 500 kB: scripts/chunk-size.ts.
      chunkSizeWarningLimit: GEOMETRY_CHUNK_LIMIT_KB,
      rollupOptions: {
        // The outline worker is an entry of this build, not a Vite worker bundle of its own: it then
        // shares d3-geo, topojson and the atlases with the Map tab (which projects on the main thread
        // where no worker runs) instead of shipping a second copy. src/renderer/src/features/map/useOutlines.ts
        input: { index: resolve('src/renderer/index.html'), [OUTLINE_WORKER]: resolve('src/renderer/src/features/map/outline-worker.ts') },
        output: { entryFileNames: (chunk) => (chunk.name === OUTLINE_WORKER ? `assets/${OUTLINE_WORKER}.js` : 'assets/[name]-[hash].js') },
      },
    },
  },
});
