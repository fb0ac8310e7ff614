import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CODE_CHUNK_WARNING_KB, GEOMETRY_CHUNK_LIMIT_KB, oversizedCodeChunks } from '../../scripts/chunk-size';

/** The build warns about big chunks of code, not about the map geometry (data, lazy). */
const require = createRequire(import.meta.url);
const chunk = (fileName: string, kb: number, moduleIds: string[]) =>
  ({ type: 'chunk', fileName, code: 'x'.repeat(kb * 1000), moduleIds }) as const;

describe('oversizedCodeChunks', () => {
  it('names a chunk of code over 500 kB, even one that also holds geometry', () => {
    const bundle = {
      a: chunk('assets/big.js', 501, ['/app/src/renderer/src/big.ts']),
      b: chunk('assets/small.js', 499, ['/app/src/renderer/src/small.ts']),
      c: chunk('assets/mixed.js', 800, ['/app/node_modules/world-atlas/countries-50m.json', '/app/src/x.ts']),
      d: { type: 'asset' } as const,
    };
    expect(oversizedCodeChunks(bundle).map((c) => c.fileName)).toEqual(['assets/big.js', 'assets/mixed.js']);
  });

  it('leaves out chunks made only of world-atlas geometry', () => {
    const bundle = { a: chunk('assets/countries-50m.js', 760, ['/app/node_modules/world-atlas/countries-50m.json']) };
    expect(oversizedCodeChunks(bundle)).toEqual([]);
    expect(CODE_CHUNK_WARNING_KB).toBe(500);
  });

  it("Vite's own limit sits above the largest atlas, so it only warns when the geometry grows", () => {
    const atlas = readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8');
    const kb = Buffer.byteLength(JSON.stringify(JSON.parse(atlas))) / 1000;
    expect(kb).toBeGreaterThan(CODE_CHUNK_WARNING_KB);
    expect(kb).toBeLessThan(GEOMETRY_CHUNK_LIMIT_KB);
  });
});
