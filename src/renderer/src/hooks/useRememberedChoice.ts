import { useState } from 'react';

/**
 * A header choice (language, theme) that applies at once and that main is asked to remember.
 * `remember` resolves to null, or to why the choice could not be kept for next time: the choice
 * itself has happened either way, so that reason is shown as a warning, never as a failure.
 */
export function useRememberedChoice<V>(remember: (value: V) => Promise<string | null>) {
  const [problem, setProblem] = useState<string | null>(null);
  const choose = (value: V) => {
    remember(value).then(setProblem, (e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  };
  return { problem, choose };
}
