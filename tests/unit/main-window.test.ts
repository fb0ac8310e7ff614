import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, APP_SCHEME } from '../../src/main/security';
import { PAGE_BACKGROUND } from '../../src/main/window-background';

/**
 * What src/main/index.ts asks of Electron for a fast, flash-free start, checked at run time with a
 * stand-in `electron` (no Electron binary here, and none is ever loaded by a test). What this cannot
 * show is that Electron then keeps V8's code cache: that needs the binary (docs/benchmarks.md).
 */
const fake = vi.hoisted(() => {
  type Call = { what: string; args: unknown[]; ready: boolean };
  const calls: Call[] = [];
  let ready = false;
  let markReady: () => void = () => undefined;
  const whenReady = new Promise<void>((done) => (markReady = done));
  const record = (what: string) => (...args: unknown[]) => void calls.push({ what, args, ready });
  /** Anything index.ts touches that this test does not look at: callable, and every property one too. */
  const anything = (name: string): unknown =>
    new Proxy(function () {}, {
      get: (_t, prop) => (prop === 'then' ? undefined : anything(`${name}.${String(prop)}`)),
      apply: (_t, _this, args: unknown[]) => {
        calls.push({ what: name, args, ready });
        return anything(`${name}()`);
      },
    });
  const windows: FakeWindow[] = [];
  class FakeWindow {
    readonly listeners = new Map<string, () => void>();
    readonly shown: boolean[] = [];
    readonly webContents = { id: 7, printToPDF: anything('printToPDF') };
    loaded: string | null = null;
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    on() {
      return this;
    }
    once(event: string, listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
    show() {
      this.shown.push(true);
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    static getAllWindows = () => windows;
    static getFocusedWindow = () => null;
  }
  const userData = { dir: '' };
  const app = new Proxy(
    {
      isPackaged: true,
      whenReady: () => whenReady,
      requestSingleInstanceLock: () => true,
      getPath: () => userData.dir,
      getAppPath: () => process.cwd(),
      getVersion: () => '1.0.0',
      getLocale: () => 'en-CA',
    } as Record<string, unknown>,
    { get: (t, prop: string) => t[prop] ?? anything(`app.${prop}`) },
  );
  const protocol = { registerSchemesAsPrivileged: record('registerSchemesAsPrivileged'), handle: record('protocol.handle') };
  const nativeTheme = { shouldUseDarkColors: true };
  const start = () => {
    ready = true;
    markReady();
  };
  return { calls, windows, app, protocol, nativeTheme, userData, start, BrowserWindow: FakeWindow, anything };
});
vi.mock('electron', () => {
  const electron = {
    app: fake.app,
    protocol: fake.protocol,
    nativeTheme: fake.nativeTheme,
    BrowserWindow: fake.BrowserWindow,
    session: fake.anything('session'),
    ipcMain: fake.anything('ipcMain'),
    dialog: fake.anything('dialog'),
    clipboard: fake.anything('clipboard'),
    ClipboardItem: class {},
  };
  return { default: electron, ...electron };
});

fake.userData.dir = mkdtempSync(join(tmpdir(), 'iom-main-window-'));
afterAll(() => rmSync(fake.userData.dir, { recursive: true, force: true }));
// Process.cwd() is the repository: main finds resources/ there as it would inside app.asar.
expect(resolve(process.cwd(), 'resources')).toBe(resolve(import.meta.dirname, '../../resources'));

describe('main at startup (src/main/index.ts, Electron stood in)', async () => {
  await import('../../src/main/index');
  const before = fake.calls.filter((c) => c.what === 'registerSchemesAsPrivileged');
  fake.start();
  for (let i = 0; i < 100 && fake.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  const win = fake.windows[0];

  it('registers app:// as privileged before the app is ready, with the code cache on (which needs standard)', () => {
    expect(before).toHaveLength(1);
    expect(before[0]?.ready).toBe(false);
    const [schemes] = before[0]?.args as [{ scheme: string; privileges: Record<string, boolean> }[]];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]?.scheme).toBe(APP_SCHEME);
    expect(schemes[0]?.privileges).toMatchObject({ codeCache: true, standard: true, secure: true });
  });

  it('serves the page and loads it from that scheme, so its scripts are the ones whose code is cached', () => {
    const handled = fake.calls.filter((c) => c.what === 'protocol.handle');
    expect(handled.map((c) => c.args[0])).toEqual([APP_SCHEME]);
    expect(win?.loaded).toBe(`${APP_ORIGIN}/index.html`);
    expect(new URL(win?.loaded ?? 'x:').protocol).toBe(`${APP_SCHEME}:`);
  });

  it("keeps the window hidden until its first paint is ready, on the page's background", () => {
    expect(fake.windows).toHaveLength(1);
    expect(win?.options).toMatchObject({ show: false, backgroundColor: PAGE_BACKGROUND.dark });
    expect(win?.shown).toEqual([]);
    win?.listeners.get('ready-to-show')?.();
    expect(win?.shown).toEqual([true]);
  });
});
