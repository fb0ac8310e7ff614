import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    pool: 'forks',
    // The store matrix, crash and fuzz tests start the views service tens of thousands of times, and
    // every start fsyncs. On a RAM disk that costs nothing, which keeps `npm test` within CI's budget;
    // atomic rename and kill-safety (what those tests check) behave the same there.
    env: existsSync('/dev/shm') ? { TMPDIR: '/dev/shm' } : {},
    testTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: one worker on CI's two cores, where the fuzz
    // and store files (most of the run) then wait for each other while a core idles.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        // Main-process services and shared code run under plain Node, with Electron only at the edges.
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/{main,shared,preload}/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          // Processed by vitest rather than Node, so that a test's mock of 'electron' reaches its import
          // (tests/unit/ipc-registration.test.ts); no test loads Electron itself.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        extends: true,
        test: { name: 'renderer', environment: 'happy-dom', include: ['src/renderer/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});
