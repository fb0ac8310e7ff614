import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeBundle, bundleProblems } from '../../scripts/check-bundle-size';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fake renderer build: index.html plus assets/<name> files (minified-style code). */
const build = (files: Record<string, string>, html = '<script type="module" crossorigin src="./assets/index.js"></script>') => {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-check-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head>${html}</head><body></body></html>`);
  for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, 'assets', name), code);
  return dir;
};

describe('analyzeBundle', () => {
  it('follows static imports and modulepreloads into the first screen, not import()', () => {
    const dir = build(
      {
        'index.js': 'import{a as e}from"./vendor.js";import"./side.js";const m=()=>import(`./Chart.js`);export{e};',
        'vendor.js': 'export const a=1;',
        'side.js': 'console.log(1);',
        'preloaded.js': 'export const p=1;',
        'Chart.js': 'import{a}from"./vendor.js";export default a;',
      },
      '<script type="module" src="./assets/index.js"></script><link rel="modulepreload" href="./assets/preloaded.js">',
    );
    const first = analyzeBundle(dir).chunks.filter((c) => c.firstScreen).map((c) => c.file).sort();
    expect(first).toEqual(['assets/index.js', 'assets/preloaded.js', 'assets/side.js', 'assets/vendor.js']);
  });

  it('excludes map geometry from the budgets and flags it when it loads eagerly', () => {
    const topology = 'var e={type:`Topology`,objects:JSON.parse(`{}`)};export{e as default};';
    const lazy = analyzeBundle(build({ 'index.js': 'const l=()=>import(`./countries-50m.js`);', 'countries-50m.js': topology }));
    expect(lazy.geometryGzip).toBeGreaterThan(0);
    expect(lazy.totalGzip).toBe(lazy.chunks.find((c) => c.file === 'assets/index.js')?.gzip);
    expect(bundleProblems(lazy)).toEqual([]);
    const eager = analyzeBundle(build({ 'index.js': 'import e from"./countries-50m.js";console.log(e);', 'countries-50m.js': topology }));
    expect(bundleProblems(eager)).toEqual(['assets/countries-50m.js holds map geometry but loads with the first screen']);
  });

  it('reports budgets in gzip bytes', () => {
    // Random bytes in base64 barely compress: 400,000 characters stay well above 220 kB gzipped.
    const big = `export const x="${randomBytes(300_000).toString('base64')}";`;
    const report = analyzeBundle(build({ 'index.js': big }));
    expect(report.firstScreenGzip).toBeGreaterThan(220_000);
    expect(bundleProblems(report)[0]).toMatch(/^first screen is .* over the 220\.0 kB budget$/);
  });
});
