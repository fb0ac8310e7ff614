import { fromSaved, toSaved } from '../../shared/saved-view-state';
import { type ViewState } from '../../shared/view-state';
import type { OpenJsonStore } from './json-store';
import { openVersionedFile } from './versioned-file';

const SESSION_NAME = 'last-session';
export const SESSION_FILE = `${SESSION_NAME}.json`;

/** The view on screen when the app was last used, saved often (the renderer debounces). */
export const openLastSession = (dir: string, log: (m: string) => void, openJsonStore?: OpenJsonStore) => {
  const file = openVersionedFile<ViewState>({
    dir,
    name: SESSION_NAME,
    schemaVersion: 1,
    what: "the last session's view",
    decode: (data) => {
      const r = fromSaved(data.state);
      return r.ok ? { ok: true, value: r.state } : { ok: false, message: r.message };
    },
    encode: (state) => ({ state: toSaved(state) }),
    log,
    openJsonStore,
  });
  return {
    get: file.get,
    set: (state: ViewState): void => void file.set(state),
  };
};

export type LastSession = ReturnType<typeof openLastSession>;
