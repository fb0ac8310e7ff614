import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { ensureElectron, missingElectronMessage } from './electron-dist';

/**
 * `npm run dist`: installers for this platform (electron-builder.yml: NSIS + portable on Windows, dmg
 * on macOS, AppImage + deb on Linux), into dist/. electron-builder packages a copy of the Electron
 * binary; where none can be had it stops with one paragraph saying what to provide. Extra arguments
 * go to electron-builder (e.g. `npm run dist -- --dir` for an unpacked app only).
 */
const root = resolve(import.meta.dirname, '..');
const electron = ensureElectron();
if (electron.kind === 'missing') {
  console.error(missingElectronMessage('`npm run dist`'));
  process.exit(1);
}
const electronDist = electron.kind === 'unpacked' ? electron.dir : dirname(electron.zip);

const run = (args: string[]) => {
  const r = spawnSync('npx', args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(['electron-vite', 'build']);
run(['electron-builder', '--config', 'electron-builder.yml', `-c.electronDist=${electronDist}`, ...process.argv.slice(2)]);
