import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { buildApi, type Invoke } from '../../shared/ipc/build-api';
import { methodChannels, methodNames } from '../../shared/ipc/contract';
import { callsOf, collect, flatText, parseSource } from '../../../tests/support/main/fuzz/source-scan';

const root = resolve(import.meta.dirname, '../../..');
const preloadSource = resolve(root, 'src/preload/index.ts');

/** Something that looks like Electron's IpcRendererEvent: it must never reach the page. */
const FAKE_EVENT = { sender: { send: () => {} }, ports: [], senderId: 0 };

describe('buildApi (window.api)', () => {
  const invoke = vi.fn<Invoke>(async (channel) => ({ ok: true, value: channel }));
  const api = buildApi(invoke) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;

  it("has exactly the contract's methods, frozen", () => {
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it.each(methodChannels)('%s forwards exactly (channel, its one argument) and nothing else', async (method, channel) => {
    invoke.mockClear();
    const payload = { any: 'thing' };
    const r = await api[method]?.(payload, FAKE_EVENT, 'extra');
    expect(invoke).toHaveBeenCalledExactlyOnceWith(channel, payload);
    expect(invoke.mock.calls[0]).toHaveLength(2);
    expect(r).toEqual({ ok: true, value: channel });
  });
});

describe('preload source', () => {
  const sf = parseSource(preloadSource);

  it('exposes one object, `api`, built by buildApi from ipcRenderer.invoke only', () => {
    expect(callsOf(sf, 'exposeInMainWorld').map(flatText)).toEqual([
      "contextBridge.exposeInMainWorld('api', buildApi((channel, payload) => ipcRenderer.invoke(channel, payload)))",
    ]);
  });

  it('never touches ipcRenderer otherwise (no on/once/send/sendSync: no event object can reach a callback)', () => {
    const uses = collect(sf, ts.isPropertyAccessExpression).filter((p) => p.expression.getText() === 'ipcRenderer');
    expect(uses.map((u) => u.name.text)).toEqual(['invoke']);
  });
});

// The built bundle (out/preload/index.cjs) is checked in tests/e2e/security.spec.ts, which runs after the build.
