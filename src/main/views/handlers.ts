import type { Dataset } from '../../shared/dataset';
import type { CatalogFields } from '../../shared/view-file';
import type { StartupView } from '../../shared/views/types';
import type { Dialogs } from '../dialogs';
import type { Handlers } from '../ipc/handle';
import { openLastSession } from './last-session';
import { viewFileService } from './view-files';
import { decodeViewCode, encodeViewCode } from './view-code';
import { AppError } from '../../shared/ipc/result';
import { openViewStore } from './view-store';
import type { OpenJsonStore } from './json-store';
import type { viewChannels } from '../../shared/ipc/views';
import { createViewFileInbox, type ViewFileInbox } from '../open-file';
import { thumbnailOf } from '../../shared/view/thumbnail-of';
import { countryCentre } from './country-centres';

/** The country → region table that region maps are drawn with. */
const COUNTRY_REGIONS = 'country-regions';

type ViewHandlers = Pick<Handlers, keyof typeof viewChannels>;

export type ViewDeps = {
  userDataDir: string;
  dialogs: Dialogs;
  appVersion: string;
  /** Dataset id → field keys of the bundled catalog (imports and the startup view are checked against it). */
  catalog: CatalogFields;
  /** The bundled dataset with this id, sent along with the startup view. */
  datasetOf: (id: string) => Dataset | undefined;
  log: (message: string) => void;
  now?: () => Date;
  /** electron-store in the app; conf (its base class) where absent, as in tests. */
  openJsonStore?: OpenJsonStore;
  /** View files the system opened the app with (index.ts feeds it); a private one where nothing does. */
  openedFiles?: ViewFileInbox;
  /** Writes text to the system clipboard (Electron's clipboard in the app, a stand-in in tests). */
  writeClipboardText?: (text: string) => void | Promise<void>;
};

export const viewHandlers = (deps: ViewDeps): ViewHandlers => {
  const now = deps.now ?? (() => new Date());
  const store = openViewStore({
    dir: deps.userDataDir,
    appVersion: deps.appVersion,
    log: deps.log,
    now,
    openJsonStore: deps.openJsonStore,
    isBundled: (datasetId) => deps.catalog.has(datasetId),
    thumbnailOf: (state) => {
      const dataset = deps.datasetOf(state.datasetId);
      return dataset
        ? thumbnailOf(dataset, state, { countryRegions: deps.datasetOf(COUNTRY_REGIONS) ?? null, centreOf: countryCentre })
        : null;
    },
  });
  const session = openLastSession(deps.userDataDir, deps.log, deps.openJsonStore);
  const files = viewFileService({ store, dialogs: deps.dialogs, catalog: deps.catalog, appVersion: deps.appVersion, now });
  const openedFiles = deps.openedFiles ?? createViewFileInbox();
  openedFiles.attach(files.importPath);
  return {
    listViews: () => store.snapshot(),
    saveView: ({ name, state }) => store.save(name, state),
    replaceView: ({ id, state }) => store.replace(id, state),
    renameView: ({ id, name }) => store.rename(id, name),
    deleteView: ({ id }) => store.remove(id),
    undoDeleteView: ({ id }) => store.undoRemove(id),
    reorderViews: ({ ids }) => store.reorder(ids),
    setDefaultView: ({ id }) => store.setDefault(id),
    dismissViewNotices: () => store.dismissNotices(),
    getStartupView: (): StartupView => {
      const { views, defaultViewId } = store.snapshot();
      const pinned = views.find((v) => v.id === defaultViewId);
      // A view of a dataset this build does not ship would open on an error: skip it.
      const pinnedData = pinned && deps.datasetOf(pinned.state.datasetId);
      if (pinned && pinnedData) return { source: 'default', state: pinned.state, name: pinned.name, dataset: pinnedData };
      const last = session.get();
      const lastData = last && deps.datasetOf(last.datasetId);
      return last && lastData ? { source: 'last-session', state: last, name: null, dataset: lastData } : null;
    },
    saveLastView: ({ state }) => {
      session.set(state);
      return null;
    },
    exportViewFile: (input) => files.exportFile(input?.ids),
    importViewFile: () => files.importFile(),
    takeOpenedViewFiles: () => openedFiles.take(),
    copyViewCode: async ({ state, name }) => {
      const code = encodeViewCode(state, name);
      if (!deps.writeClipboardText) throw new AppError('IO_ERROR', 'The clipboard is not available in this window.');
      try {
        await deps.writeClipboardText(code);
      } catch {
        throw new AppError('IO_ERROR', 'The view code could not be copied to the clipboard.');
      }
      return { code };
    },
    openViewCode: ({ code }) => decodeViewCode(code, deps.catalog),
  };
};
