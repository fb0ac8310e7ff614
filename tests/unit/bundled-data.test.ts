import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/main/datasets/loader';
import { readManifest, sha256 } from '../../src/main/datasets/manifest';
import { bundledDataPlugin, validateBundledDatasets } from '../../scripts/bundled-data';

const bundled = resolve(import.meta.dirname, '../../resources/datasets');
const movements = 'assisted-movements-by-year.json';
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'iom-bundled-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of one bundled dataset with a row value zod refuses. */
const brokenCopy = (dir: string) => {
  const broken = JSON.parse(readFileSync(join(bundled, movements), 'utf8')) as { id: string; rows: { values: object }[] };
  broken.id = 'broken-copy';
  broken.rows[0]!.values = { notAField: 1 };
  writeFileSync(join(dir, 'broken-copy.json'), JSON.stringify(broken));
};

describe('bundled datasets: validated once at build time', () => {
  it('every bundled dataset passes zod, and the manifest holds the SHA-256 of each file', () => {
    const { manifest, problems } = validateBundledDatasets(bundled);
    expect(problems).toEqual([]);
    const files = readdirSync(bundled).filter((f) => f.endsWith('.json')).sort();
    expect(Object.keys(manifest.files)).toEqual(files);
    for (const f of files) expect(manifest.files[f]).toBe(sha256(readFileSync(join(bundled, f))));
  });

  it('the build step fails on an invalid dataset, naming the file and the problem', () => {
    const dir = tempDir();
    copyFileSync(join(bundled, movements), join(dir, movements));
    brokenCopy(dir);
    const plugin = bundledDataPlugin(dir);
    const context = {
      error: (message: string) => {
        throw new Error(message);
      },
      addWatchFile: () => {},
    };
    const buildStart = plugin.buildStart as unknown as (this: typeof context) => void;
    expect(() => buildStart.call(context)).toThrow(/broken-copy\.json: .*unknown field notAField/);
  });

  it('at startup a file matching its hash is only parsed; a file that changed since the build is validated in full', () => {
    const dir = tempDir();
    brokenCopy(dir);
    const hashed = { files: { 'broken-copy.json': sha256(readFileSync(join(dir, 'broken-copy.json'))) } };
    // Trusted by hash (the build would never have written this hash: it shows zod was skipped).
    expect([...loadDatasets(dir, hashed).datasets.keys()]).toEqual(['broken-copy']);
    // No manifest, or bytes that differ from it: zod decides, and refuses.
    expect(loadDatasets(dir, null).datasets.size).toBe(0);
    expect(loadDatasets(dir, { files: { 'broken-copy.json': sha256(Buffer.from('other bytes')) } }).datasets.size).toBe(0);
  });

  it('readManifest gives null for a missing or malformed manifest (then everything is validated)', () => {
    const dir = tempDir();
    expect(readManifest(join(dir, 'none.json'))).toBeNull();
    writeFileSync(join(dir, 'bad.json'), '{"nope": 1}');
    expect(readManifest(join(dir, 'bad.json'))).toBeNull();
  });
});
