import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/main/datasets/loader';
import { HOME_FIGURES_FILE, readBuiltHomeFigures } from '../../src/main/home/built-figures';
import { homeData } from '../../src/main/home/handlers';
import { homeFiguresPlugin } from '../../scripts/home-figures';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bundled = resolve(import.meta.dirname, '../../resources/datasets');

describe('the start screen figures computed at build time', () => {
  it('the main build writes home-figures.json, and main reads from it exactly what it would compute from the bundled datasets', async () => {
    const emitted: { fileName: string; source: string }[] = [];
    const context = { emitFile: (file: { fileName: string; source: string }) => emitted.push(file) };
    const generateBundle = homeFiguresPlugin(bundled).generateBundle as unknown as (this: typeof context) => void;
    generateBundle.call(context);
    expect(emitted.map((e) => e.fileName)).toEqual([HOME_FIGURES_FILE]);

    const dir = mkdtempSync(join(tmpdir(), 'iom-home-build-'));
    try {
      const file = join(dir, HOME_FIGURES_FILE);
      writeFileSync(file, emitted[0]?.source ?? '');
      // What main loads at launch: its own hashes of the bytes, its own computation.
      const atLaunch = loadDatasets(bundled, null);
      const read = await readBuiltHomeFigures(file, atLaunch.hashes);
      expect(read).toEqual({ home: homeData(atLaunch.datasets) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
