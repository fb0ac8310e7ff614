import { useEffect, useSyncExternalStore } from 'react';
import { defaultSavedViewsStore, type SavedViewsStore } from './store';

/**
 * Subscribes to the saved-views store (loading it the first time). View files the system opens the app
 * with are asked for at start and whenever the window gains focus (main focuses it when one arrives).
 */
export const useSavedViews = (given?: SavedViewsStore) => {
  const store = given ?? defaultSavedViewsStore();
  const state = useSyncExternalStore(store.subscribe, store.getState);
  useEffect(() => {
    void store.load();
    const takeOpened = () => void store.takeOpenedFiles();
    takeOpened();
    window.addEventListener('focus', takeOpened);
    return () => window.removeEventListener('focus', takeOpened);
  }, [store]);
  return { store, state };
};
