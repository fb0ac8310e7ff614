import { createContext, useContext, type Dispatch } from 'react';
import type { ViewAction } from './state';

/** The explorer's own controls change the view through actions; other features use `setView`. */
export const ViewDispatchContext = createContext<Dispatch<ViewAction> | null>(null);

export const useViewDispatch = (): Dispatch<ViewAction> => {
  const dispatch = useContext(ViewDispatchContext);
  if (dispatch === null) throw new Error('useViewDispatch must be used inside the explorer');
  return dispatch;
};
