import { describe, expect, it } from 'vitest';
import { workerClient } from './worker-client';

type Req = { id: number; n: number };
type Rep = { id: number; doubled: number };

/** Enough of a Worker for the client: it keeps what was posted, and tests answer or fail it by hand. */
const fakeWorker = () => {
  const listeners: Record<string, ((e: unknown) => void)[]> = {};
  const posted: Req[] = [];
  const worker = {
    addEventListener: (type: string, f: (e: unknown) => void) => (listeners[type] ??= []).push(f),
    postMessage: (m: Req) => posted.push(m),
  };
  const emit = (type: string, e: unknown) => listeners[type]?.forEach((f) => f(e));
  return { worker: worker as unknown as Worker, posted, answer: (r: Rep) => emit('message', { data: r }), fail: () => emit('error', {}) };
};

describe('workerClient', () => {
  it('matches replies to requests by id, in whatever order they come', async () => {
    const fake = fakeWorker();
    const client = workerClient<Req, Rep>(() => fake.worker, 'test worker');
    const a = client.request({ n: 1 });
    const b = client.request({ n: 2 });
    const [first, second] = fake.posted;
    fake.answer({ id: second!.id, doubled: 4 });
    fake.answer({ id: first!.id, doubled: 2 });
    expect(await a).toEqual({ id: first!.id, doubled: 2 });
    expect(await b).toEqual({ id: second!.id, doubled: 4 });
  });

  it('a worker that stops fails what is pending, and nothing is sent to it again', async () => {
    const fake = fakeWorker();
    let created = 0;
    const client = workerClient<Req, Rep>(() => (created++, fake.worker), 'test worker');
    const pending = client.request({ n: 1 });
    fake.fail();
    await expect(pending).rejects.toThrow('the test worker stopped');
    expect(client.request({ n: 2 })).toBeNull();
    expect(client.start()).toBe(false);
    expect(created).toBe(1);
  });

  it('where no worker can be created, requests are null (callers work on the main thread)', () => {
    const client = workerClient<Req, Rep>(() => {
      throw new Error('no workers here');
    }, 'test worker');
    expect(client.start()).toBe(false);
    expect(client.request({ n: 1 })).toBeNull();
  });
});
