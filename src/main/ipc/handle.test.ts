import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { contract, methodNames, type MethodName } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { createDispatcher, type Handlers } from './handle';
import { isResult } from '../../../tests/support/main/fuzz/result-shape';

const policy = { appOrigin: 'app://explorer', isOwnWindow: (id: number) => id === 7 };
const good = { url: 'app://explorer/index.html', isMainFrame: true, webContentsId: 7 };

const handlersDoing = (behaviour: () => unknown): Handlers =>
  Object.fromEntries(methodNames.map((m) => [m, behaviour])) as unknown as Handlers;

const listDatasets = contract.listDatasets.name;

describe('createDispatcher', () => {
  it('answers unknown channels (including prototype names) with UNKNOWN_CHANNEL', async () => {
    const dispatch = createDispatcher(
      handlersDoing(() => 'x'),
      policy,
    );
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'datasets:list ', 'listDatasets'])
      expect(await dispatch(name, good, undefined), name).toMatchObject({ ok: false, code: 'UNKNOWN_CHANNEL' });
  });

  it('never answers an unknown channel for any generated name', async () => {
    const known = new Set(methodNames.map((m) => contract[m].name as string));
    const dispatch = createDispatcher(
      handlersDoing(() => 'x'),
      policy,
    );
    await fc.assert(
      fc.asyncProperty(fc.string(), async (name) => {
        fc.pre(!known.has(name));
        expect(await dispatch(name, good, undefined)).toMatchObject({ ok: false, code: 'UNKNOWN_CHANNEL' });
      }),
      { numRuns: 2_000 },
    );
  });

  it('turns an AppError into its typed error', async () => {
    const dispatch = createDispatcher(
      handlersDoing(() => {
        throw new AppError('NOT_FOUND', 'gone');
      }),
      policy,
    );
    expect(await dispatch(listDatasets, good, undefined)).toEqual({ ok: false, code: 'NOT_FOUND', message: 'gone' });
  });

  it.each<[string, () => unknown]>([
    [
      'a thrown Error',
      () => {
        throw new Error('secret path /home/u/x');
      },
    ],
    [
      'a thrown string',
      () => {
        throw 'boom';
      },
    ],
    [
      'a thrown null',
      () => {
        throw null;
      },
    ],
    ['a rejected promise', () => Promise.reject(new TypeError('bad'))],
    [
      'a stack overflow',
      function recurse(): unknown {
        return recurse();
      },
    ],
  ])('turns %s into INTERNAL without leaking details, and logs it', async (_label, behaviour) => {
    const log = vi.fn();
    const r = await createDispatcher(handlersDoing(behaviour), policy, log)(listDatasets, good, undefined);
    expect(r).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect(JSON.stringify(r)).not.toContain('secret');
    expect(log).toHaveBeenCalledOnce();
  });

  it('refuses invalid payloads before any handler runs', async () => {
    const spy = vi.fn();
    const dispatch = createDispatcher(handlersDoing(spy), policy);
    for (const m of methodNames) {
      const r = await dispatch(contract[m].name, good, Symbol('not cloneable'));
      expect(r, m).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('survives hostile payload objects (throwing getters and proxies) with a typed error', async () => {
    const dispatch = createDispatcher(
      handlersDoing(() => 'x'),
      policy,
    );
    const getter = Object.defineProperty({}, 'id', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
        get: () => {
          throw new Error('trap');
        },
      },
    );
    for (const m of methodNames as MethodName[])
      for (const payload of [getter, proxy]) {
        const r = await dispatch(contract[m].name, good, payload);
        expect(isResult(r), m).toBe(true);
        expect(r.ok, m).toBe(false);
      }
  });
});
