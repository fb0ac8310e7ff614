import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonRefusingPrototypeKeys } from '../../shared/view-file';
import { fromSaved, toSaved, type ViewState } from '../../shared/view-state';
import { removeLeftoverTempFiles } from './atomic-file';
import { lazyJsonStore, openConfStore, type OpenJsonStore } from './json-store';

const SESSION_NAME = 'last-session';
export const SESSION_FILE = `${SESSION_NAME}.json`;
const SESSION_VERSION = 1;

/**
 * The view on screen when the app was last used, saved often (the renderer debounces). It is a
 * convenience, not user data: an unusable file is ignored, but a newer one is still never overwritten.
 */
export const openLastSession = (dir: string, log: (m: string) => void, openJsonStore: OpenJsonStore = openConfStore) => {
  const path = join(dir, SESSION_FILE);
  const writeSession = lazyJsonStore(openJsonStore, dir, SESSION_NAME);
  removeLeftoverTempFiles(path);
  let last: ViewState | null = null;
  let writable = true;
  try {
    const json = parseJsonRefusingPrototypeKeys(readFileSync(path, 'utf8'));
    const data = json.ok ? (json.value as { schemaVersion?: unknown; state?: unknown } | null) : null;
    if (data && typeof data.schemaVersion === 'number' && data.schemaVersion > SESSION_VERSION) writable = false;
    else if (data && data.schemaVersion === SESSION_VERSION) {
      const r = fromSaved(data.state);
      if (r.ok) last = r.state;
      else log(`last session's view ignored: ${r.message}`);
    } else log('last session file ignored: unusable');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      log(`last session unreadable: ${e instanceof Error ? e.message : String(e)}`);
  }
  return {
    get: () => last,
    set: (state: ViewState) => {
      last = state;
      if (!writable) return;
      try {
        writeSession({ schemaVersion: SESSION_VERSION, state: toSaved(state) });
      } catch (e) {
        log(`saving the session's view failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
  };
};

export type LastSession = ReturnType<typeof openLastSession>;
