import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { Dataset } from '../../../../shared/dataset';
import { health } from '../../../../../tests/support/shared/sample-datasets';
import { PREPARE_SORTS_FROM, usePreparedSorts } from './usePreparedSorts';

const prepared = vi.hoisted(() => [] as string[]);
vi.mock('../../../../shared/view/sort', () => ({ prepareSort: (_rows: unknown, field: string) => prepared.push(field) }));

afterEach(() => {
  cleanup();
  prepared.length = 0;
});

const sized = (n: number): Dataset => {
  const ds = health();
  const row = ds.rows[0]!;
  return { ...ds, rows: Array.from({ length: n }, (_, i) => ({ ...row, id: `r${i}` })) };
};

describe('usePreparedSorts', () => {
  it('ranks every column of a big dataset, one per idle period', async () => {
    const ds = sized(PREPARE_SORTS_FROM);
    renderHook(() => usePreparedSorts(ds));
    await waitFor(() => expect(prepared).toEqual(ds.fields.map((f) => f.key)));
  });

  it('leaves small datasets alone, and stops when the dataset goes away', async () => {
    renderHook(() => usePreparedSorts(sized(PREPARE_SORTS_FROM - 1)));
    const big = renderHook(() => usePreparedSorts(sized(PREPARE_SORTS_FROM)));
    big.unmount();
    await new Promise((r) => setTimeout(r, 200));
    expect(prepared).toEqual([]);
  });
});
