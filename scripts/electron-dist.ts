import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where an Electron binary can come from without the internet, for `npm start` and `npm run dist`.
 * Electron 45 downloads its binary on first launch (not at install); offline that fails with a stack
 * that names no way out. These are the two offline routes Electron itself supports:
 *  - ELECTRON_OVERRIDE_DIST_PATH: a folder holding an unpacked Electron (the `electron` executable);
 *  - the release zip in Electron's download cache, where its installer looks before downloading.
 */
const root = resolve(import.meta.dirname, '..');
const electronPackage = join(root, 'node_modules/electron');

export const electronVersion = (): string =>
  (JSON.parse(readFileSync(join(electronPackage, 'package.json'), 'utf8')) as { version: string }).version;

const EXECUTABLE: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'electron',
  win32: 'electron.exe',
  darwin: 'Electron.app/Contents/MacOS/Electron',
};
const executableIn = (dir: string) => join(dir, EXECUTABLE[process.platform] ?? 'electron');

/** Electron's cache folder, as @electron/get computes it (env-paths 'electron', no suffix). */
const cacheRoot = (env: NodeJS.ProcessEnv): string => {
  if (env.electron_config_cache) return env.electron_config_cache;
  if (process.platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData/Local'), 'electron/Cache');
  if (process.platform === 'darwin') return join(homedir(), 'Library/Caches/electron');
  return join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'electron');
};

/** Where Electron's installer looks for the release zip: <cache>/<sha256 of the release URL>/<zip>. */
export const cachedZipPath = (env: NodeJS.ProcessEnv = process.env): string => {
  const version = electronVersion();
  const releaseUrl = `https://github.com/electron/electron/releases/download/v${version}`;
  const folder = createHash('sha256').update(releaseUrl).digest('hex');
  return join(cacheRoot(env), folder, `electron-v${version}-${process.platform}-${process.arch}.zip`);
};

export type ElectronSource =
  /** An unpacked Electron: run `executable`, package from `dir`. */
  | { kind: 'unpacked'; dir: string; executable: string }
  /** Only the cached zip: Electron's installer unpacks it on first launch, electron-builder reads it. */
  | { kind: 'cached-zip'; zip: string }
  | { kind: 'missing' };

export const findElectron = (env: NodeJS.ProcessEnv = process.env): ElectronSource => {
  const dirs = [env.ELECTRON_OVERRIDE_DIST_PATH, join(electronPackage, 'dist')].filter((d): d is string => Boolean(d));
  for (const dir of dirs) if (existsSync(executableIn(dir))) return { kind: 'unpacked', dir, executable: executableIn(dir) };
  const zip = cachedZipPath(env);
  return existsSync(zip) ? { kind: 'cached-zip', zip } : { kind: 'missing' };
};

/**
 * findElectron, after letting Electron's own installer try once where nothing was found (it downloads
 * where there is internet, or takes the cached zip). Its output is kept back: offline it is a stack.
 */
export const ensureElectron = (env: NodeJS.ProcessEnv = process.env): ElectronSource => {
  const found = findElectron(env);
  if (found.kind !== 'missing') return found;
  spawnSync(process.execPath, [join(electronPackage, 'install.js')], { env, stdio: 'pipe', timeout: 300_000 });
  return findElectron(env);
};

/** The one paragraph `npm start` and `npm run dist` print when no Electron can be had. */
export const missingElectronMessage = (what: string, env: NodeJS.ProcessEnv = process.env): string =>
  `${what} needs the Electron ${electronVersion()} binary, which is not on this machine and could not be downloaded: ` +
  `set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron ${electronVersion()} for this platform ` +
  `(the folder with the \`${EXECUTABLE[process.platform] ?? 'electron'}\` executable), or put the release zip at ${cachedZipPath(env)} ` +
  `(Electron's download cache, where its installer looks first), then run it again.`;
