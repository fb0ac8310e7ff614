import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../../shared/dataset';
import { err, ok } from '../../../../shared/ipc/result';
import { health } from '../../../../../tests/support/shared/sample-datasets';
import { CACHE_MAX_ROWS, loadDataset, rememberDataset } from './dataset-cache';

const big = (): Dataset => {
  const ds = health();
  const row = ds.rows[0]!;
  return { ...ds, id: 'big', rows: Array.from({ length: CACHE_MAX_ROWS + 1 }, (_, i) => ({ ...row, id: `r${i}` })) };
};
const fakeApi = (answer: (id: string) => ReturnType<typeof ok<Dataset>> | ReturnType<typeof err>) => ({
  getDataset: vi.fn(async ({ id }: { id: string }) => answer(id)),
});

describe('dataset cache', () => {
  it('asks main once per dataset, however many ask', async () => {
    const api = fakeApi((id) => ok({ ...health(), id }));
    const [a, b] = await Promise.all([loadDataset(api, 'health'), loadDataset(api, 'health')]);
    await loadDataset(api, 'health');
    expect(a).toEqual(b);
    expect(api.getDataset).toHaveBeenCalledTimes(1);
  });

  it('forgets failures and datasets too big to keep', async () => {
    let fail = true;
    const api = fakeApi((id) => (id === 'big' ? ok(big()) : fail ? err('NOT_FOUND', 'no') : ok(health())));
    expect((await loadDataset(api, 'health')).ok).toBe(false);
    fail = false;
    expect((await loadDataset(api, 'health')).ok).toBe(true);
    await loadDataset(api, 'big');
    await loadDataset(api, 'big');
    expect(api.getDataset.mock.calls.map(([i]) => i.id)).toEqual(['health', 'health', 'big', 'big']);
  });

  it('a dataset sent with the startup view is not asked for again (a big one only once)', async () => {
    const api = fakeApi(() => ok(health()));
    rememberDataset(api, health());
    rememberDataset(api, big());
    expect(await loadDataset(api, 'health')).toEqual(ok(health()));
    expect((await loadDataset(api, 'big')).ok).toBe(true);
    expect(api.getDataset).not.toHaveBeenCalled();
    await loadDataset(api, 'big');
    expect(api.getDataset).toHaveBeenCalledTimes(1);
  });

  it('keeps one cache per bridge', async () => {
    const first = fakeApi(() => ok(health()));
    const second = fakeApi(() => ok(health()));
    await loadDataset(first, 'health');
    await loadDataset(second, 'health');
    expect(second.getDataset).toHaveBeenCalledTimes(1);
  });
});
