import { z } from 'zod';
import { viewStateSchema } from '../view-state';
import { viewNameSchema } from '../view-file';
import type { ImportSummary, OpenedViewFile, StartupView, ViewsSnapshot } from '../views/types';
import { VIEW_CODE_MAX_CHARS, type OpenedViewCode } from '../views/view-code';
import { channel } from './channel';

const viewId = z.string().min(1).max(64);

/** Saved views, the last session's view and portable view files. Everything is stored by main. */
export const viewChannels = {
  listViews: channel('views:list', z.undefined(), {} as ViewsSnapshot),
  saveView: channel('views:save', z.object({ name: viewNameSchema, state: viewStateSchema }).strict(), {} as ViewsSnapshot),
  /** Saves the view on screen over the saved view `id` (same name, same place, saved now). */
  replaceView: channel('views:replace', z.object({ id: viewId, state: viewStateSchema }).strict(), {} as ViewsSnapshot),
  renameView: channel('views:rename', z.object({ id: viewId, name: viewNameSchema }).strict(), {} as ViewsSnapshot),
  deleteView: channel('views:delete', z.object({ id: viewId }).strict(), {} as ViewsSnapshot),
  /** Puts back a view deleted during this session, where it was. */
  undoDeleteView: channel('views:undo-delete', z.object({ id: viewId }).strict(), {} as ViewsSnapshot),
  reorderViews: channel('views:reorder', z.object({ ids: z.array(viewId).max(1000) }).strict(), {} as ViewsSnapshot),
  /** Pins the view opened at startup (null: none, the last session's view opens instead). */
  setDefaultView: channel('views:set-default', z.object({ id: viewId.nullable() }).strict(), {} as ViewsSnapshot),
  dismissViewNotices: channel('views:dismiss-notices', z.undefined(), {} as ViewsSnapshot),
  getStartupView: channel('session:startup-view', z.undefined(), {} as StartupView),
  saveLastView: channel('session:last-view', z.object({ state: viewStateSchema }).strict(), null),
  /** Asks for a path in main's save dialog; `ids` omitted exports every view. */
  exportViewFile: channel(
    'view-files:export',
    z
      .object({ ids: z.array(viewId).min(1).max(1000).optional() })
      .strict()
      .optional(),
    {} as { fileName: string; count: number },
  ),
  /** Asks for a file in main's open dialog; the renderer never names a path. */
  importViewFile: channel('view-files:import', z.undefined(), {} as ImportSummary),
  /**
   * The view files the system opened the app with since the last call, each already imported by main
   * (the bridge only invokes, so the renderer asks: at start and whenever its window gains focus).
   */
  /** Puts the view's code ("iom1.…") on the system clipboard (main writes it) and returns it. */
  copyViewCode: channel(
    'view-codes:copy',
    z.object({ state: viewStateSchema, name: viewNameSchema.nullable() }).strict(),
    {} as { code: string },
  ),
  /** Reads a view code as a view file is read (size cap, schema, catalog); a bad code is a typed problem, not an error. */
  openViewCode: channel('view-codes:open', z.object({ code: z.string().max(VIEW_CODE_MAX_CHARS) }).strict(), {} as OpenedViewCode),
  takeOpenedViewFiles: channel('view-files:take-opened', z.undefined(), [] as OpenedViewFile[]),
};
