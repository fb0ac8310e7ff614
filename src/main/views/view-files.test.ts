import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildViewFile, type CatalogFields } from '../../shared/view-file';
import type { Result } from '../../shared/ipc/result';
import { AppError } from '../../shared/ipc/result';
import type { Dialogs } from '../dialogs';
import { viewFileService } from './view-files';
import { openViewStore } from './view-store';
import { counterIds, fixedClock, removeDir, stateFor, tempDir } from '../../../tests/support/main/views';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

const catalog: CatalogFields = new Map([['ds', new Set(['amount'])]]);
const setup = (openPath: string | null, savePath: string | null = null) => {
  const store = openViewStore({ dir, appVersion: '1', log: () => {}, now: fixedClock(), newId: counterIds() });
  const asked: string[] = [];
  const dialogs: Dialogs = {
    chooseOpenPath: async () => openPath,
    chooseSavePath: async ({ defaultName }) => {
      asked.push(defaultName);
      return savePath;
    },
  };
  return {
    store,
    asked,
    files: viewFileService({ store, dialogs, catalog, appVersion: '1', now: () => new Date(2026, 10, 25, 12) }),
  };
};
const outcome = async <T>(p: Promise<T>): Promise<Result<T>> => {
  try {
    return { ok: true, value: await p };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, code: e.code, message: e.message };
    throw e;
  }
};

describe('view file import', () => {
  it('imports every view, renaming clashes', async () => {
    const path = join(dir, 'in.iomview');
    writeFileSync(
      path,
      JSON.stringify(
        buildViewFile(
          [
            { name: 'Mine', state: stateFor('ds') },
            { name: 'New', state: stateFor('ds') },
          ],
          '1',
          'now',
        ),
      ),
    );
    const { store, files } = setup(path);
    store.save('Mine', stateFor('ds'));
    const r = await files.importFile();
    expect(r.imported).toEqual(['Mine (2)', 'New']);
    expect(r.snapshot.views.map((v) => v.name)).toEqual(['Mine', 'Mine (2)', 'New']);
  });

  it('refuses a file over 1 MB from its size, leaving the views as they were', async () => {
    const path = join(dir, 'big.iomview');
    writeFileSync(path, ' '.repeat(1024 * 1024 + 1));
    const { store, files } = setup(path);
    store.save('Mine', stateFor('ds'));
    expect(await outcome(files.importFile())).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE' });
    expect(store.snapshot().views.map((v) => v.name)).toEqual(['Mine']);
  });

  it('refuses non-UTF-8 bytes and invalid files with INVALID_FILE', async () => {
    const path = join(dir, 'bin.iomview');
    writeFileSync(path, Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    expect(await outcome(setup(path).files.importFile())).toMatchObject({ ok: false, code: 'INVALID_FILE' });
    writeFileSync(path, '{"format":"iom-canada-explorer/views"}');
    expect(await outcome(setup(path).files.importFile())).toMatchObject({ ok: false, code: 'INVALID_FILE', message: /damaged/ });
  });

  it('returns CANCELLED when the dialog is cancelled', async () => {
    expect(await outcome(setup(null).files.importFile())).toMatchObject({ ok: false, code: 'CANCELLED' });
  });
});

describe('view file export', () => {
  it('writes one view under a dated name from its title, which imports back', async () => {
    const out = join(dir, 'out.iomview');
    const { store, files, asked } = setup(out, out);
    store.save('Régions: 2015', stateFor('ds', { tab: 'chart' }));
    expect(await files.exportFile(['id-1'])).toEqual({ fileName: 'out.iomview', count: 1 });
    expect(asked).toEqual(['regions-2015-2026-11-25.iomview']);
    const r = await files.importFile();
    expect(r.imported).toEqual(['Régions: 2015 (2)']);
    expect(r.snapshot.views[1]?.state.tab).toBe('chart');
  });

  it('exports all views by default and writes nothing when cancelled', async () => {
    const { store, files, asked } = setup(null, null);
    store.save('A', stateFor('ds'));
    store.save('B', stateFor('ds'));
    expect(await outcome(files.exportFile(undefined))).toMatchObject({ ok: false, code: 'CANCELLED' });
    expect(asked).toEqual(['saved-views-2026-11-25.iomview']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.iomview'))).toEqual([]);
  });
});
