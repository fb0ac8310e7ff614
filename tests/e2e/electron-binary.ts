import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const electronPackageDir = resolve(import.meta.dirname, '../../node_modules/electron');

/**
 * Finds the Electron executable the way node_modules/electron/index.js does, but without
 * requiring it: requiring it would try to download the binary, which fails offline.
 */
export const findElectronBinary = (): { path: string } | { missing: string } => {
  const pathFile = join(electronPackageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, relative) : join(electronPackageDir, 'dist', relative);
  if (existsSync(candidate)) return { path: candidate };
  return {
    missing: `the Electron binary is not installed (looked for ${candidate}); it downloads on first \`npm start\` on a machine with internet access, or set ELECTRON_OVERRIDE_DIST_PATH`,
  };
};
