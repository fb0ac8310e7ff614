import { useEffect, useState } from 'react';
import type { Result } from '../../../shared/ipc/result';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/**
 * Runs an API call whenever `key` changes and tracks loading / value / typed error. A result that
 * belongs to an older key reads as loading, so no stale value is ever shown for a new request.
 */
export const useResult = <T,>(call: () => Promise<Result<T>>, key: string): Loadable<T> => {
  const [settled, setSettled] = useState<{ key: string; loadable: Loadable<T> } | null>(null);
  useEffect(() => {
    let live = true;
    call().then(
      (r) => live && setSettled({ key, loadable: r.ok ? { state: 'ready', value: r.value } : { state: 'error', message: r.message } }),
      (e: unknown) => live && setSettled({ key, loadable: { state: 'error', message: e instanceof Error ? e.message : String(e) } }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names everything the call depends on
  }, [key]);
  return settled !== null && settled.key === key ? settled.loadable : { state: 'loading' };
};
