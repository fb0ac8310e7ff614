import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { useRememberedChoice } from './useRememberedChoice';

afterEach(cleanup);

describe('useRememberedChoice', () => {
  it('passes each choice on, and keeps the latest reason it could not be remembered', async () => {
    const asked: string[] = [];
    const answers = new Map([['a', null], ['b', 'disk full'], ['c', null]]);
    const { result } = renderHook(() => useRememberedChoice(async (v: string) => (asked.push(v), answers.get(v) ?? null)));
    expect(result.current.problem).toBeNull();
    await act(async () => result.current.choose('b'));
    expect(result.current.problem).toBe('disk full');
    await act(async () => result.current.choose('c'));
    expect(result.current.problem).toBeNull();
    expect(asked).toEqual(['b', 'c']);
  });

  it('shows a thrown error as the reason instead of losing it', async () => {
    const { result } = renderHook(() => useRememberedChoice(async () => Promise.reject(new Error('main is gone'))));
    await act(async () => result.current.choose(1));
    expect(result.current.problem).toBe('main is gone');
  });
});
