import { useEffect, useSyncExternalStore } from 'react';
import { defaultSavedViewsStore, type SavedViewsStore } from './store';

/** Subscribes to the saved-views store (loading it the first time). */
export const useSavedViews = (given?: SavedViewsStore) => {
  const store = given ?? defaultSavedViewsStore();
  const state = useSyncExternalStore(store.subscribe, store.getState);
  useEffect(() => {
    void store.load();
  }, [store]);
  return { store, state };
};
