import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openViewStore } from './view-store';
import { removeDir, tempDir } from './test-helpers';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

/** Starts a writer process, lets it write for `ms`, then SIGKILLs it (no chance to clean up). */
const killMidWrite = (ms: number) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'test-crash-writer.ts'), dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.on('error', reject);
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), ms));
    child.on('exit', () => resolve());
  });

describe('crash safety', () => {
  it('a process killed while saving leaves a store that loads cleanly, and its temp files are removed', async () => {
    for (const ms of [5, 40, 120]) {
      await killMidWrite(ms);
      const store = openViewStore({ dir, appVersion: 'test', log: () => {} });
      const snap = store.snapshot();
      expect(snap.notices, `killed after ${ms} ms`).toEqual([]);
      expect(snap.readOnly).toBe(false);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
  });
});
