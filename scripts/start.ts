import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ensureElectron, missingElectronMessage } from './electron-dist';

/**
 * `npm start`: builds the app and opens it in Electron. Without an Electron binary it says how to
 * provide one offline (one paragraph, exit 1) instead of Electron's own download stack.
 */
const root = resolve(import.meta.dirname, '..');
const electron = ensureElectron();
if (electron.kind === 'missing') {
  console.error(missingElectronMessage('`npm start`'));
  process.exit(1);
}

const run = (command: string, args: string[]) => {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' && command === 'npx' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('npx', ['electron-vite', 'build']);
// A cached zip is unpacked by Electron's own launcher (node_modules/electron/cli.js) on this first run.
if (electron.kind === 'unpacked') run(electron.executable, ['.', ...process.argv.slice(2)]);
else run(process.execPath, [join(root, 'node_modules/electron/cli.js'), '.', ...process.argv.slice(2)]);
