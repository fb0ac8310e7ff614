import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../../../tests/support/main/views';
import type { OpenJsonStore } from '../views/json-store';
import { PREFERENCES_NAME, openPreferences } from './handlers';
import { type ExportSettings } from '../../shared/export/composer-settings';

let dir: string;
let logged: string[];
beforeEach(() => {
  dir = tempDir();
  logged = [];
});
afterEach(() => removeDir(dir));

const file = () => join(dir, `${PREFERENCES_NAME}.json`);
const start = (openJsonStore?: OpenJsonStore) => openPreferences({ userDataDir: dir, log: (m) => logged.push(m), openJsonStore }).handlers;
// Handlers may throw synchronously; the IPC wrapper turns both forms into `{ ok: false, code }`.
const attempt = (call: () => unknown) => Promise.resolve().then(call);

describe('preferences', () => {
  it('start with no language chosen, so the system language applies', async () => {
    expect(await start().getPreferences(undefined)).toEqual({ language: null, theme: 'system', panels: null, export: null });
  });

  it('keep the chosen language across restarts', async () => {
    expect(await start().setLanguage({ language: 'fr' })).toEqual({ language: 'fr', theme: 'system', panels: null, export: null });
    expect(await start().getPreferences(undefined)).toEqual({ language: 'fr', theme: 'system', panels: null, export: null });
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual({ schemaVersion: 1, language: 'fr', theme: 'system', panels: null, export: null });
  });

  it('keep the theme and the open panels with the language, and read a file from before they were kept', async () => {
    writeFileSync(file(), '{"schemaVersion":1,"language":"fr"}');
    expect(await start().getPreferences(undefined)).toEqual({ language: 'fr', theme: 'system', panels: null, export: null });
    await start().setTheme({ theme: 'dark' });
    await start().setPanels({ panels: { datasets: false, drawer: true } });
    expect(await start().getPreferences(undefined)).toEqual({ language: 'fr', theme: 'dark', panels: { datasets: false, drawer: true }, export: null });
  });

  it.each([
    ['an unknown theme', '{"schemaVersion":1,"language":"fr","theme":"sepia"}'],
    ['panels that are not booleans', '{"schemaVersion":1,"language":"fr","panels":{"datasets":"yes","drawer":true}}'],
    ['not JSON', '{"schemaVersion":1,'],
    ['an unknown language', '{"schemaVersion":1,"language":"de"}'],
    ['no version', '{"language":"fr"}'],
    ['an array', '[1]'],
    ['a prototype key', '{"schemaVersion":1,"language":"fr","__proto__":{"x":1}}'],
  ])('ignore a file holding %s, log it, and write over it on the next choice', async (_what, text) => {
    writeFileSync(file(), text);
    const h = start();
    expect(await h.getPreferences(undefined)).toEqual({ language: null, theme: 'system', panels: null, export: null });
    expect(logged).toEqual([expect.stringMatching(/^the preferences file ignored: /)]);
    await h.setLanguage({ language: 'en' });
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual({ schemaVersion: 1, language: 'en', theme: 'system', panels: null, export: null });
  });

  it("never overwrite a newer version's file, and say so with a typed error", async () => {
    const newer = '{"schemaVersion":2,"language":"fr","theme":"dark"}';
    writeFileSync(file(), newer);
    const h = start();
    await expect(attempt(() => h.setLanguage({ language: 'en' }))).rejects.toMatchObject({ code: 'STORE_READ_ONLY' });
    // Still applies for this run.
    expect(await h.getPreferences(undefined)).toEqual({ language: 'en', theme: 'system', panels: null, export: null });
    expect(readFileSync(file(), 'utf8')).toBe(newer);
  });

  it('report a write that fails as IO_ERROR, keeping the choice for this run', async () => {
    const h = start(() => {
      throw new Error('ENOSPC: no space left on device');
    });
    await expect(attempt(() => h.setLanguage({ language: 'fr' }))).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('ENOSPC') });
    expect(await h.getPreferences(undefined)).toEqual({ language: 'fr', theme: 'system', panels: null, export: null });
    expect(logged).toEqual([expect.stringContaining('ENOSPC')]);
  });

  it('keep the export composer\'s last choices, and read a file from before them or with settings it cannot read', async () => {
    const chosen: ExportSettings = { preset: 'custom', width: 1000, height: 700, scale: 3, notes: 'footnotes', footer: 'Prepared by IOM Ottawa', background: 'dark', format: 'pptx' };
    expect((await start().setExport({ export: chosen })).export).toEqual(chosen);
    expect((await start().getPreferences(undefined)).export).toEqual(chosen);
    writeFileSync(file(), '{"schemaVersion":1,"language":"fr","export":{"preset":"poster","scale":9}}');
    expect(await start().getPreferences(undefined)).toEqual({ language: 'fr', theme: 'system', panels: null, export: null });
  });
});
