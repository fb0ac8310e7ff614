import { describe, expect, it, vi } from 'vitest';
import { preparedOnce } from './prepared';

const tracked = () => {
  const released: string[] = [];
  const started: string[] = [];
  const start = (key: string) => () => {
    started.push(key);
    return { value: Promise.resolve(`image of ${key}`), release: () => released.push(key) };
  };
  return { start, started, released };
};

describe('preparedOnce', () => {
  it('hands over the work prepared for the same key without starting it again', async () => {
    const { start, started, released } = tracked();
    const cache = preparedOnce<string>();
    cache.prepare('a', start('a'));
    cache.prepare('a', start('a'));
    const taken = cache.take('a', start('a'));
    expect(await taken.value).toBe('image of a');
    expect(started).toEqual(['a']);
    expect(released).toEqual([]); // the taker releases it once used
    cache.take('a', start('a'));
    expect(started).toEqual(['a', 'a']); // taken once only
  });

  it('starts afresh when the key changed after it was prepared, and lets the old work go', async () => {
    const { start, started, released } = tracked();
    const cache = preparedOnce<string>();
    cache.prepare('a', start('a'));
    expect(await cache.take('b', start('b')).value).toBe('image of b');
    cache.prepare('c', start('c'));
    expect(started).toEqual(['a', 'b', 'c']);
    expect(released).toEqual(['a']);
    cache.release();
    expect(released).toEqual(['a', 'c']);
  });

  it('forgets prepared work that failed, so the export does it again', async () => {
    const cache = preparedOnce<string>();
    cache.prepare('a', () => ({ value: Promise.reject(new Error('bad svg')), release: () => {} }));
    await new Promise((r) => setTimeout(r, 0));
    const retry = vi.fn(() => ({ value: Promise.resolve('ok'), release: () => {} }));
    expect(await cache.take('a', retry).value).toBe('ok');
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
