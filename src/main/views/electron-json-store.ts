import ElectronStore from 'electron-store';
import { jsonStoreOptions, type OpenJsonStore } from './json-store';

/** electron-store's own main-process channel, registered when its first store is constructed. */
export const ELECTRON_STORE_CHANNEL = 'electron-store-get-data';

/**
 * Saved views live in electron-store files in userData, written with the same options the tests use
 * with conf. electron-store's constructor also registers an ipcMain listener (`electron-store-get-data`)
 * that answers any sender, outside the dispatcher's sender check; the renderer never uses
 * electron-store, so the listener is removed at once (issue 23). tests/unit/ipc-registration.test.ts
 * checks it with the real electron-store.
 */
export const electronJsonStore =
  (ipcMain: { removeAllListeners: (channel: string) => unknown }): OpenJsonStore =>
  ({ cwd, name }) => {
    const store = new ElectronStore<Record<string, unknown>>({ ...jsonStoreOptions, cwd, name });
    ipcMain.removeAllListeners(ELECTRON_STORE_CHANNEL);
    return store;
  };
