import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { contract, methodNames } from '../../shared/ipc/contract';
import { createDispatcher, type Handlers } from './handle';
import { refuseSender, type SenderInfo } from './sender';

const policy = { appOrigin: 'app://explorer', isOwnWindow: (id: number) => id === 7 };
const good: SenderInfo = { url: 'app://explorer/index.html', isMainFrame: true, webContentsId: 7 };

/** Spy handlers for every channel: a forged sender must never reach one. */
const spyHandlers = () => {
  const spies = Object.fromEntries(methodNames.map((m) => [m, vi.fn(() => 'handled')]));
  return { spies, handlers: spies as unknown as Handlers };
};

const FORGED: [string, SenderInfo][] = [
  ['foreign origin', { ...good, url: 'https://evil.example/index.html' }],
  ['look-alike host', { ...good, url: 'app://explorer.evil/index.html' }],
  ['other app host', { ...good, url: 'app://evil/index.html' }],
  ['userinfo trick', { ...good, url: 'app://explorer@evil/index.html' }],
  ['port trick', { ...good, url: 'app://explorer:1234/index.html' }],
  ['subframe of the app origin', { ...good, isMainFrame: false }],
  ['null frame URL (frame gone)', { ...good, url: null }],
  ['about:blank', { ...good, url: 'about:blank' }],
  ['about:srcdoc', { ...good, url: 'about:srcdoc' }],
  ['foreign webContents id', { ...good, webContentsId: 8 }],
  ['file://', { ...good, url: 'file:///home/user/evil.html' }],
  ['data:', { ...good, url: 'data:text/html,<script>api.deleteView()</script>' }],
  ['blob:', { ...good, url: 'blob:app://explorer/0d6f0f2e' }],
  ['javascript:', { ...good, url: 'javascript:alert(1)' }],
  ['http dev-server look-alike', { ...good, url: 'http://localhost:5173/index.html' }],
  ['empty URL', { ...good, url: '' }],
];

describe('refuseSender', () => {
  it('accepts the app’s own top frame', () => {
    expect(refuseSender(good, policy)).toBeNull();
    expect(refuseSender({ ...good, url: 'app://explorer/index.html#/views?x=1' }, policy)).toBeNull();
  });

  it.each(FORGED)('refuses %s', (_label, sender) => {
    expect(refuseSender(sender, policy)).toEqual(expect.any(String));
  });

  it('accepts exactly: own window ∧ main frame ∧ app origin, for any generated sender', () => {
    const url = fc.oneof(
      fc.constant(null),
      fc.constantFrom('app://explorer/', 'app://explorer/index.html', 'app://explorer/a?b#c'),
      fc.webUrl(),
      fc.string(),
      fc.string().map((s) => `app://${s}`),
    );
    fc.assert(
      fc.property(url, fc.boolean(), fc.integer({ min: 0, max: 10 }), (u, isMainFrame, webContentsId) => {
        const sender = { url: u, isMainFrame, webContentsId };
        const sameOrigin = (() => {
          try {
            const parsed = u === null ? null : new URL(u);
            return parsed !== null && parsed.protocol === 'app:' && parsed.host === 'explorer';
          } catch {
            return false;
          }
        })();
        expect(refuseSender(sender, policy) === null).toBe(webContentsId === 7 && isMainFrame && sameOrigin);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('dispatcher refuses forged senders on every channel before anything else', () => {
  const cases = methodNames.flatMap((m) => FORGED.map(([label, sender]) => [contract[m].name, label, sender] as const));

  it.each(cases)('%s from %s → FORBIDDEN_SENDER, handler never called', async (channel, _label, sender) => {
    const { spies, handlers } = spyHandlers();
    const log = vi.fn();
    const dispatch = createDispatcher(handlers, policy, log);
    // A malformed payload too: a forged sender must not even learn what validation would say.
    const r = await dispatch(channel, sender, { __proto__: null, junk: 1 });
    expect(r).toMatchObject({ ok: false, code: 'FORBIDDEN_SENDER' });
    for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledOnce();
  });

  it('serves the genuine sender (the refusals above are not a dispatcher that refuses everything)', async () => {
    const { spies, handlers } = spyHandlers();
    const r = await createDispatcher(handlers, policy)(contract.listDatasets.name, good, undefined);
    expect(r).toEqual({ ok: true, value: 'handled' });
    expect(spies.listDatasets).toHaveBeenCalledOnce();
  });
});
