import { useReducer, type ReactNode } from 'react';
import type { ViewState } from '../../../src/shared/view-state';
import { ViewDispatchContext } from '../../../src/renderer/src/features/explorer/dispatch';
import { viewReducer, type ViewAction } from '../../../src/renderer/src/features/explorer/state';

/**
 * For component tests: a real view reducer around `children`, so controls can be exercised end to
 * end; `onAction` sees every action and `onView` every resulting view.
 */
export function ViewHarness({
  initial,
  children,
  onAction,
}: {
  initial: ViewState;
  children: (view: ViewState) => ReactNode;
  onAction?: (a: ViewAction) => void;
}) {
  const [view, dispatch] = useReducer(viewReducer, initial);
  const spy = (a: ViewAction) => {
    onAction?.(a);
    dispatch(a);
  };
  return <ViewDispatchContext.Provider value={spy}>{view && children(view)}</ViewDispatchContext.Provider>;
}
