import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { contract } from '../../src/shared/ipc/contract';
import { defaultViewState } from '../../src/shared/default-view-state';
import type { Result } from '../../src/shared/ipc/result';
import type { ViewsSnapshot } from '../../src/shared/views/types';
import { createDispatcher } from '../../src/main/ipc/handle';
import { registerIpcHandlers } from '../../src/main/ipc/register';
import { createHandlers } from '../../src/main/services';
import { ELECTRON_STORE_CHANNEL, electronJsonStore } from '../../src/main/views/electron-json-store';
import { APP_ORIGIN_FOR_TESTS, OWN_WINDOW, testMainDeps } from '../support/main/fuzz/app';

/**
 * What main registers on ipcMain, at run time: the real handlers, the real dispatcher, the real
 * registration and the real electron-store, with a stand-in ipcMain (Electron itself is never loaded:
 * `electron` is mocked, and vitest.config.ts inlines electron-store so its import sees the mock).
 */
type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;
// Hoisted with the mock: electron-store reads `ipcMain` from 'electron' when it is first imported.
const fake = vi.hoisted(() => {
  /** What Electron's ipcMain is to the app: invoke handlers, plus an event emitter's `on`. */
  class FakeIpcMain {
    readonly handlers = new Map<string, Listener>();
    readonly listeners = new Map<string, unknown[]>();
    handle(channel: string, listener: Listener) {
      // As Electron's: a second handler for one channel is an error.
      if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      this.handlers.set(channel, listener);
    }
    on(channel: string, listener: unknown) {
      this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
      return this;
    }
    removeAllListeners(channel: string) {
      this.listeners.delete(channel);
      return this;
    }
    listenerCount(channel: string) {
      return this.listeners.get(channel)?.length ?? 0;
    }
    eventNames() {
      return [...this.listeners.keys()];
    }
  }
  const app = { getPath: () => '/nonexistent-user-data', getVersion: () => '1.0.0' };
  return { ipcMain: new FakeIpcMain(), app };
});
type FakeIpcMain = typeof fake.ipcMain;
vi.mock('electron', () => ({ default: { app: fake.app, ipcMain: fake.ipcMain }, app: fake.app, ipcMain: fake.ipcMain }));

const root = mkdtempSync(join(tmpdir(), 'iom-ipc-registration-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const startMain = () => {
  const ipcMain = fake.ipcMain;
  // As src/main/index.ts: the handlers with electron-store, the dispatcher, the one registration.
  const handlers = createHandlers(testMainDeps(join(root, 'user-data'), { openJsonStore: electronJsonStore(ipcMain) }));
  registerIpcHandlers(
    ipcMain,
    createDispatcher(handlers, { appOrigin: APP_ORIGIN_FOR_TESTS, isOwnWindow: (id) => id === OWN_WINDOW }),
  );
  return ipcMain;
};
const mainFrame = { url: `${APP_ORIGIN_FOR_TESTS}/index.html` };
const invoke = (ipcMain: FakeIpcMain, channel: string, payload?: unknown) => {
  const event = { senderFrame: mainFrame, sender: { id: OWN_WINDOW, mainFrame } } as unknown as IpcMainInvokeEvent;
  const listener = ipcMain.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener(event, payload) as Promise<Result<unknown>>;
};

describe('ipcMain at run time', () => {
  const ipcMain = startMain();

  it("handles exactly the contract's channels, each once", () => {
    const channels = Object.values(contract).map((c) => c.name);
    expect(new Set(channels).size).toBe(channels.length);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('each handler goes through the dispatcher: the sender is checked, the payload validated', async () => {
    await expect(invoke(ipcMain, 'views:list')).resolves.toMatchObject({ ok: true });
    await expect(invoke(ipcMain, 'views:rename', { id: 'x', name: 'y', extra: 1 })).resolves.toMatchObject({
      ok: false,
      code: 'INVALID_PAYLOAD',
    });
    const stranger = { senderFrame: { url: 'https://example.com/' }, sender: { id: OWN_WINDOW, mainFrame: null } };
    await expect(
      ipcMain.handlers.get('views:list')?.(stranger as unknown as IpcMainInvokeEvent, undefined),
    ).resolves.toMatchObject({
      ok: false,
      code: 'FORBIDDEN_SENDER',
    });
  });

  it("leaves no ipcMain.on listener, electron-store's own included, once a store has been opened and written", async () => {
    // What electron-store had registered each time the app removed its listener.
    const seenAtRemoval: number[] = [];
    const remove = ipcMain.removeAllListeners.bind(ipcMain);
    vi.spyOn(ipcMain, 'removeAllListeners').mockImplementation((channel: string) => {
      seenAtRemoval.push(ipcMain.listenerCount(channel));
      return remove(channel);
    });
    const saved = (await invoke(ipcMain, 'views:save', {
      name: 'Brief',
      state: defaultViewState('assisted-movements-totals'),
    })) as Result<ViewsSnapshot>;
    expect(saved.ok && saved.value.views.map((v) => v.name)).toEqual(['Brief']);
    // The write went through electron-store (its file is there), so its constructor ran…
    const file = join(root, 'user-data', 'saved-views.json');
    expect(existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).views).toHaveLength(1);
    // …registered its listener on this ipcMain, and the app took it away at once.
    expect(seenAtRemoval).toEqual([1]);
    expect(vi.mocked(ipcMain.removeAllListeners).mock.calls).toEqual([[ELECTRON_STORE_CHANNEL]]);
    expect(ipcMain.eventNames()).toEqual([]);
  });
});
