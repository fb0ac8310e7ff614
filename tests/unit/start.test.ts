import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedZipPath, electronVersion, findElectron } from '../../scripts/electron-dist';

/** `npm start` and `npm run dist` where no Electron binary can be had: one paragraph, exit 1, no stack. */
const root = resolve(import.meta.dirname, '../..');
const empty = mkdtempSync(join(tmpdir(), 'iom-no-electron-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));
// Electron's installer is tried first; pointed at a closed local port it fails at once, with no request out.
const env = {
  ...process.env,
  ELECTRON_OVERRIDE_DIST_PATH: join(empty, 'no-dist'),
  electron_config_cache: join(empty, 'cache'),
  ELECTRON_MIRROR: 'http://127.0.0.1:9/',
};
const noBinary = findElectron(env).kind === 'missing';

describe.skipIf(!noBinary)('without an Electron binary (skipped: this machine has one)', () => {
  it.each([
    ['scripts/start.ts', '`npm start`'],
    ['scripts/dist.ts', '`npm run dist`'],
  ])('%s exits 1 with the offline route, not a stack', (script, what) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, env, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const message = r.stderr.trim();
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain(`${what} needs the Electron ${electronVersion()} binary`);
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(message).toContain(cachedZipPath(env));
    expect(message).not.toMatch(/\bat .+:\d+:\d+|TypeError|fetch failed|install-electron/);
  });
});

describe('findElectron', () => {
  it("names the zip where Electron's installer looks: its cache, a folder per release URL", () => {
    const zip = cachedZipPath({ electron_config_cache: '/cache' });
    expect(zip).toMatch(new RegExp(`^/cache/[0-9a-f]{64}/electron-v${electronVersion().replaceAll('.', '\\.')}-${process.platform}-${process.arch}\\.zip$`));
  });
});
