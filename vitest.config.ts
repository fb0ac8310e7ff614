import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    pool: 'forks',
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        // Main-process services and shared code run under plain Node, with Electron only at the edges.
        test: { name: 'node', environment: 'node', include: ['src/{main,shared,preload}/**/*.test.ts', 'tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'renderer', environment: 'happy-dom', include: ['src/renderer/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});
