import { useMemo, useSyncExternalStore } from 'react';
import { resolveTokens } from './tokens';
import { subscribeTheme, themeSnapshot } from './theme';

/** Resolved token colours, recomputed when the theme (chosen, system or high contrast) changes. */
export const useTokens = <T extends string>(tokens: readonly T[]): Record<T, string> => {
  const version = useSyncExternalStore(subscribeTheme, themeSnapshot, themeSnapshot);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the token list is a module constant
  return useMemo(() => resolveTokens(tokens), [version, tokens]);
};
