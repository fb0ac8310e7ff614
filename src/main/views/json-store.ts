import Conf from 'conf';

/**
 * The slice of electron-store the views service writes through. In the app it is electron-store
 * (src/main/index.ts); in tests it is `conf`, electron-store's base class, with the same options.
 * Writes are atomic (temp file + fsync + rename, by the `atomically` package both use).
 *
 * Reading goes around it on purpose: the loader reads the raw bytes itself, so that a damaged file
 * can be kept byte-identical and every valid view salvaged, where conf would throw or reset it.
 */
export type JsonStore = { store: Record<string, unknown> };
export type OpenJsonStore = (options: { cwd: string; name: string }) => JsonStore;

/** Options both electron-store and conf take, so the app and the tests write identical files. */
export const jsonStoreOptions = {
  clearInvalidConfig: false,
  watch: false,
  configFileMode: 0o600,
  serialize: (value: Record<string, unknown>) => `${JSON.stringify(value, null, 2)}\n`,
  // Never throws: the loader has already read and judged the file; the store only writes it.
  deserialize: (text: string): Record<string, unknown> => {
    try {
      const parsed: unknown = JSON.parse(text);
      return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  },
};

export const openConfStore: OpenJsonStore = ({ cwd, name }) => new Conf<Record<string, unknown>>({ ...jsonStoreOptions, cwd, configName: name });

/** Opens the store on first write only, so a read-only or damaged file is never touched by it. */
export const lazyJsonStore = (open: OpenJsonStore, cwd: string, name: string) => {
  let opened: JsonStore | null = null;
  return (document: Record<string, unknown>): void => {
    opened ??= open({ cwd, name });
    opened.store = document;
  };
};
