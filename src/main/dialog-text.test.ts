import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultViewState } from '../shared/default-view-state';
import type { Dialogs } from './dialogs';
import { DIALOG_FRENCH } from './dialog-text';
import { createHandlers } from './services';

const resourcesDir = resolve(import.meta.dirname, '../../resources');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iom-dialogs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every title and file-type name the real handlers put in front of the user; the user cancels each. */
const dialogTexts = async (systemLanguages: string[], choose?: 'en' | 'fr') => {
  const shown: string[] = [];
  const record = (o: { title: string; filters: { name: string }[] }) => {
    shown.push(o.title, ...o.filters.map((f) => f.name));
    return Promise.resolve(null);
  };
  const dialogs: Dialogs = { chooseSavePath: record, chooseOpenPath: record };
  const h = createHandlers({ resourcesDir, userDataDir: dir, dialogs, appVersion: '1', log: () => {}, systemLanguages });
  if (choose) await h.setLanguage({ language: choose });
  const state = defaultViewState('health-assessments');
  await h.saveView({ name: 'One', state });
  const calls: (() => unknown)[] = [
    () => h.savePng({ baseName: 'x', png: PNG }),
    () => h.saveSvg({ baseName: 'x', svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' }),
    () => h.saveTable({ format: 'csv', state, lang: 'en', filters: '' }),
    () => h.saveTable({ format: 'zip', state, lang: 'en', filters: '' }),
    () => h.saveTable({ format: 'xlsx', state, lang: 'en', filters: '' }),
    () => h.savePdf({ baseName: 'x' }),
    () => h.exportViewFile(undefined),
    () => h.importViewFile(undefined),
  ];
  for (const call of calls) await expect(Promise.resolve().then(call)).rejects.toMatchObject({ code: 'CANCELLED' });
  await h.saveView({ name: 'Two', state });
  await expect(Promise.resolve().then(() => h.exportViewFile(undefined))).rejects.toMatchObject({ code: 'CANCELLED' });
  return [...new Set(shown)];
};

describe("main's dialogs", () => {
  it('have French for every title and file type the handlers show, and no stale entries', async () => {
    const english = await dialogTexts(['en-CA']);
    expect(english.filter((t) => DIALOG_FRENCH[t] === undefined)).toEqual([]);
    expect(Object.keys(DIALOG_FRENCH).filter((t) => !english.includes(t))).toEqual([]);
  });

  it('follow the language chosen in the app, else the system language', async () => {
    const french = Object.values(DIALOG_FRENCH);
    expect(await dialogTexts(['fr-CA'])).toEqual(expect.arrayContaining(['Enregistrer l’image PNG', 'Ouvrir des vues']));
    expect((await dialogTexts(['fr-CA'])).every((t) => french.includes(t))).toBe(true);
    expect(await dialogTexts(['fr-CA'], 'en')).toContain('Save PNG image');
    expect(await dialogTexts(['en-US'], 'fr')).toContain('Partager les vues');
  });
});
