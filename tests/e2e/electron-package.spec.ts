import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listPackage } from '@electron/asar';
import { expect, test } from '@playwright/test';

/**
 * Packages the built app (out/, after `npm run build`) with electron-builder exactly as `npm run dist`
 * does, but from a stand-in Electron distribution (no binary can be had here) and for the unpacked
 * `--dir` target only, then reads what was produced: app.asar's contents and the executable's fuses.
 */
const root = resolve(import.meta.dirname, '../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's defaults, in @electron/fuses order: RunAsNode, cookie encryption, NODE_OPTIONS, --inspect,
// asar integrity, only-asar, browser V8 snapshot, file-protocol privileges ('1' on, '0' off).
const STOCK_FUSES = '10110101';

test('the packaged app.asar holds main, preload, renderer and the data, and nothing for development; the fuses are blown', async () => {
  test.setTimeout(120_000);
  const work = mkdtempSync(join(tmpdir(), 'iom-package-'));
  try {
    const fakeElectron = join(work, 'electron-dist');
    mkdirSync(fakeElectron);
    // A stand-in executable carrying a fuse wire where Electron's binary has one.
    writeFileSync(join(fakeElectron, 'electron'), `#!/bin/sh\n# ${SENTINEL}\x01\x08${STOCK_FUSES}\n`);
    chmodSync(join(fakeElectron, 'electron'), 0o755);
    const out = join(work, 'dist');
    const built = spawnSync(
      'npx',
      ['electron-builder', '--config', 'electron-builder.yml', '--linux', '--dir', `-c.electronDist=${fakeElectron}`, `-c.directories.output=${out}`],
      { cwd: root, encoding: 'utf8', timeout: 110_000 },
    );
    expect(built.status, built.stderr + built.stdout).toBe(0);
    const appDir = join(out, 'linux-unpacked');

    const files = listPackage(join(appDir, 'resources/app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    for (const shipped of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/out/main/datasets-manifest.json', '/out/main/home-figures.json', '/resources/source/building-better-futures.txt'])
      expect(files, shipped).toContain(shipped);
    for (const dataset of readdirSync(join(root, 'resources/datasets'))) expect(files).toContain(`/resources/datasets/${dataset}`);
    expect(files.filter((f) => f.startsWith('/out/renderer/assets/') && f.endsWith('.js')).length).toBeGreaterThan(0);

    expect(files.filter((f) => f.endsWith('.map')), 'source maps').toEqual([]);
    expect(files.filter((f) => /^\/(src|tests|bench|scripts|docs|build)\//.test(f)), 'sources, tests or tooling').toEqual([]);
    expect(files.filter((f) => /tests\/support|\.test\.|\.spec\./.test(f) && !f.startsWith('/node_modules/')), 'test code').toEqual([]);

    // Every package in the asar is a production dependency in the lockfile (no dev dependency, no tool).
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const packages = new Set(files.map((f) => /^\/((?:node_modules\/(?:@[^/]+\/)?[^/]+\/?)+)/.exec(`${f}/`)?.[1]?.replace(/\/$/, '')).filter(Boolean));
    const dev = [...packages].filter((p) => p !== undefined && lock.packages[p]?.dev === true);
    expect(dev, 'dev dependencies in app.asar').toEqual([]);
    for (const tool of ['electron', 'electron-builder', 'vite', 'vitest', 'typescript', '@playwright/test', 'fast-check'])
      expect(packages.has(`node_modules/${tool}`), tool).toBe(false);

    // The fuses of electron-builder.yml were written into the executable.
    const exe = readFileSync(join(appDir, 'iom-canada-explorer'), 'latin1');
    const at = exe.indexOf(SENTINEL) + SENTINEL.length;
    expect(exe.slice(at + 2, at + 2 + 8)).toBe('01001100');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
