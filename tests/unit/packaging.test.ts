import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/** electron-builder.yml as electron-builder itself reads it, and its own schema check. */
const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
type Config = Record<string, unknown> & {
  electronFuses?: Record<string, boolean>;
  fileAssociations?: { ext: string }[];
  files?: unknown;
  win?: { target: string[] };
  nsis?: Record<string, unknown>;
  mac?: { target: string[] };
  linux?: { target: string[] };
};
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig: (projectDir: string, configPath: string | null, fromOptions: null) => Promise<Config>;
  validateConfiguration: (config: Config, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

let config: Config;
beforeAll(async () => {
  config = await getConfig(root, resolve(root, 'electron-builder.yml'), null);
});

describe('electron-builder.yml', () => {
  it("passes electron-builder's own configuration schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('the schema check is real: an unknown key is refused', async () => {
    await expect(validateConfiguration({ ...config, electronFusez: {} }, new DebugLogger(false))).rejects.toThrow(/electronFusez/);
  });

  // Each fuse, the value it must have, and why.
  it.each([
    ['runAsNode', false, 'ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node'],
    ['enableNodeOptionsEnvironmentVariable', false, 'NODE_OPTIONS cannot inject code'],
    ['enableNodeCliInspectArguments', false, '--inspect cannot attach a debugger'],
    ['enableCookieEncryption', true, 'cookies are encrypted at rest'],
    ['enableEmbeddedAsarIntegrityValidation', true, 'a modified app.asar is refused'],
    ['onlyLoadAppFromAsar', true, 'the app only loads from app.asar'],
    ['grantFileProtocolExtraPrivileges', false, 'file:// gets no extra privileges'],
  ])('fuse %s is %s (%s)', (fuse, value) => {
    expect(config.electronFuses?.[fuse]).toBe(value);
  });

  it('builds per-user NSIS + portable on Windows, dmg on macOS, AppImage + deb on Linux', () => {
    expect(config.win?.target).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false });
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('associates .iomview files with the app, and ships no source maps', () => {
    expect(config.fileAssociations?.map((a) => a.ext)).toEqual(['iomview']);
    expect(JSON.stringify(config.files)).toContain('!out/**/*.map');
  });

  it('takes name and version from package.json (the About panel shows them)', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(config.version).toBeUndefined();
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(String(config.artifactName)).toContain('${version}');
  });
});
