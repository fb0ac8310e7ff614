import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../shared/ipc/result';
import { defaultViewState } from '../shared/default-view-state';
import type { OpenedViewFile, ViewsSnapshot } from '../shared/views/types';
import type { Dialogs } from './dialogs';
import { createDispatcher } from './ipc/handle';
import { createViewFileInbox, viewFilesInArgv } from './open-file';
import { createHandlers } from './services';
import { GOOD_SENDER, OWN_WINDOW, APP_ORIGIN_FOR_TESTS, CANCELLING_DIALOGS, testMainDeps } from '../../tests/support/main/fuzz/app';
import { viewFileText } from '../../tests/support/main/fuzz/view-file-arb';

describe('viewFilesInArgv', () => {
  it('finds .iomview paths after the executable, whatever their case, and skips flags and the app folder', () => {
    expect(viewFilesInArgv(['C:\\Apps\\IOM.exe', 'C:\\Users\\a\\Brief.IOMVIEW'])).toEqual(['C:\\Users\\a\\Brief.IOMVIEW']);
    expect(viewFilesInArgv(['/usr/bin/electron', '.', '--allow-file-access-from-files', '/home/a/x.iomview', '/home/a/y.json'])).toEqual([
      '/home/a/x.iomview',
    ]);
    expect(viewFilesInArgv(['/opt/iom/iom', '--flag=a.iomview'])).toEqual([]);
    expect(viewFilesInArgv(['/x.iomview'])).toEqual([]); // argv[0] is the executable, never a file to open
  });
});

/** The real services behind the real dispatcher, with the inbox index.ts feeds from argv / open-file / second-instance. */
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'iom-open-file-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const startApp = (dialogs: Partial<Dialogs> = {}) => {
  let focused = 0;
  const inbox = createViewFileInbox(() => focused++);
  const handlers = createHandlers(testMainDeps(join(root, 'user-data'), { dialogs: { ...CANCELLING_DIALOGS, ...dialogs }, openedViewFiles: inbox }));
  const dispatch = createDispatcher(handlers, { appOrigin: APP_ORIGIN_FOR_TESTS, isOwnWindow: (id) => id === OWN_WINDOW });
  const call = <T,>(channel: string, payload?: unknown) => dispatch(channel, GOOD_SENDER, payload) as Promise<Result<T>>;
  return {
    inbox,
    focused: () => focused,
    take: async () => {
      const r = await call<OpenedViewFile[]>('view-files:take-opened');
      if (!r.ok) throw new Error(r.message);
      return r.value;
    },
    names: async () => {
      const r = await call<ViewsSnapshot>('views:list');
      return r.ok ? r.value.views.map((v) => v.name) : [];
    },
    call,
  };
};

const writeFile = (name: string, text: string | Buffer) => {
  const path = join(root, name);
  writeFileSync(path, text);
  return path;
};
const goodFile = (name: string, views = [{ name: 'Health by country', state: defaultViewState('health-assessments') }]) =>
  writeFile(name, viewFileText(views));

describe('opening a .iomview with the app (same validated import as the Open dialog)', () => {
  it('a good file: its views are added at once, the window is brought forward, the renderer is told once', async () => {
    const app = startApp();
    app.inbox.open(goodFile('brief.iomview'));
    expect(app.focused()).toBe(1);
    const [opened, ...more] = await app.take();
    expect(more).toEqual([]);
    expect(opened).toMatchObject({ fileName: 'brief.iomview', ok: true, summary: { imported: ['Health by country'] } });
    expect(await app.names()).toEqual(['Health by country']);
    expect(await app.take()).toEqual([]); // handed out once
  });

  it('a file that arrives before the views service exists (macOS open-file at launch) is imported when it starts', async () => {
    const path = goodFile('early.iomview');
    let focused = 0;
    const inbox = createViewFileInbox(() => focused++);
    inbox.open(path);
    expect(focused).toBe(0);
    const handlers = createHandlers(testMainDeps(join(root, 'user-data'), { openedViewFiles: inbox }));
    expect(focused).toBe(1);
    const taken = await handlers.takeOpenedViewFiles(undefined);
    expect(taken).toMatchObject([{ fileName: 'early.iomview', ok: true }]);
  });

  it('a bad file: the plain message the Open dialog gives, and nothing is added', async () => {
    const app = startApp({ chooseOpenPath: async () => bad });
    const bad = writeFile('broken.iomview', '{"formatVersion": 1, "views": [');
    app.inbox.open(bad);
    const [opened] = await app.take();
    const viaDialog = await app.call('view-files:import');
    expect(opened?.ok).toBe(false);
    expect(viaDialog.ok).toBe(false);
    if (opened?.ok !== false || viaDialog.ok) return;
    expect(opened.message).toBe(viaDialog.message);
    expect(opened.message).not.toMatch(/Unexpected|position|SyntaxError|token/);
    expect(await app.names()).toEqual([]);
  });

  it('a huge file is refused from its size (never read whole), and nothing is added', async () => {
    const app = startApp();
    const huge = writeFile('huge.iomview', Buffer.alloc(50 * 1024 * 1024, 0x20));
    app.inbox.open(huge);
    const [opened] = await app.take();
    expect(opened).toEqual({ fileName: 'huge.iomview', ok: false, message: 'The file is 50.0 MB; view files are at most 1 MB.' });
    expect(await app.names()).toEqual([]);
  });

  it('a missing file says it could not be opened, in plain words', async () => {
    const app = startApp();
    app.inbox.open(join(root, 'gone.iomview'));
    expect(await app.take()).toEqual([{ fileName: 'gone.iomview', ok: false, message: 'The file could not be opened (ENOENT).' }]);
  });

  it('a file opened while a save is in progress: both land, neither waits for the other, nothing is lost', async () => {
    let answerSaveDialog: (path: string) => void = () => {};
    const target = join(root, 'exported.iomview');
    const app = startApp({ chooseSavePath: () => new Promise((done) => (answerSaveDialog = done)) });
    expect((await app.call('views:save', { name: 'Mine', state: defaultViewState('contributions-by-region') })).ok).toBe(true);
    // An export waits on its save dialog (the user is still choosing where) while a file arrives.
    const exporting = app.call<{ fileName: string; count: number }>('view-files:export');
    const save = app.call('views:save', { name: 'Saved meanwhile', state: defaultViewState('contributions-by-region') });
    app.inbox.open(goodFile('colleague.iomview', [{ name: 'From a colleague', state: defaultViewState('health-assessments') }]));
    expect((await save).ok).toBe(true);
    expect(await app.take()).toMatchObject([{ ok: true, summary: { imported: ['From a colleague'] } }]);
    answerSaveDialog(target);
    expect(await exporting).toMatchObject({ ok: true, value: { fileName: 'exported.iomview' } });
    expect((await app.names()).sort()).toEqual(['From a colleague', 'Mine', 'Saved meanwhile']);
    // The export holds what was there when it was asked for, and the file is whole.
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ views: expect.any(Array) });
  });
});
