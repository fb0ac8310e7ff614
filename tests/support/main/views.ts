import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultViewState } from '../../../src/shared/default-view-state';
import { type ViewState } from '../../../src/shared/view-state';

/** Helpers shared by this folder's tests (not imported by app code). */
export const tempDir = () => mkdtempSync(join(tmpdir(), 'iom-views-'));
export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });
export const filesIn = (dir: string) => readdirSync(dir).sort();

export const stateFor = (datasetId: string, patch: Partial<ViewState> = {}): ViewState => ({
  ...defaultViewState(datasetId),
  ...patch,
});

export const fixedClock = () => {
  let t = Date.parse('2026-11-25T10:00:00.000Z');
  return () => new Date((t += 1000));
};

export const counterIds = () => {
  let n = 0;
  return () => `id-${++n}`;
};
