import type { Dataset } from '../dataset';
import type { ViewState } from '../view-state';
import type { Thumbnail } from '../view/thumbnail';

/**
 * One saved view as the renderer sees it: the state is complete (defaults filled in by `fromSaved`).
 * `thumbnail` is main's sketch of the figure (absent only where it cannot be drawn: a dataset this
 * build does not ship).
 */
export type SavedView = { id: string; name: string; state: ViewState; createdAt: string | null; thumbnail?: Thumbnail };

/**
 * A saved view as listed: `unavailable` when this version cannot open it because its dataset is not
 * bundled (a view from another version). Such a view stays in the store and in "export all" backups.
 */
export type ListedView = SavedView & { unavailable?: 'dataset-not-bundled' };

/** Why the views store is not in its normal state; the renderer explains each kind to the user. */
export type StoreNotice =
  /** The file was corrupt or partly invalid: it was kept byte-identical as `keptAs`, the valid views were salvaged. */
  | { kind: 'recovered'; keptAs: string; salvaged: number; fromBackup: number; problems: string[] }
  /** Written by a newer version of the app: shown read-only, never overwritten. */
  | { kind: 'newer-version'; schemaVersion: number; appVersion: string | null }
  /** The file exists but could not be read (permissions, I/O): nothing is written over it. */
  | { kind: 'unreadable'; message: string };

export type ViewsSnapshot = {
  views: ListedView[];
  defaultViewId: string | null;
  /** True when changes cannot be saved (see notices); every write then fails with STORE_READ_ONLY. */
  readOnly: boolean;
  notices: StoreNotice[];
};

/**
 * What the app opens with: the pinned default view, else the last session's view, with the dataset it
 * shows, so the first screen is one round trip to main rather than two in a row (bench/, metric 1).
 */
export type StartupView = { source: 'default' | 'last-session'; state: ViewState; name: string | null; dataset: Dataset } | null;

/** The file comes from another data edition: figures may differ from what the views were made with. */
export type ImportWarning =
  | { kind: 'other-edition'; fileEdition: string; appEdition: string }
  /**
   * Some views of the file were left out, each named with why: `unknown-data` refers to a dataset or
   * field this version does not have (a backup from another version), `invalid` is damaged.
   */
  | { kind: 'skipped'; total: number; skipped: { name: string; reason: 'unknown-data' | 'invalid'; detail: string }[] };

export type ImportSummary = {
  snapshot: ViewsSnapshot;
  /** Names the imported views got (after " (2)" suffixes). */
  imported: string[];
  /** Non-blocking remarks the renderer translates. */
  warnings: ImportWarning[];
};

/**
 * A view file the system opened the app with (double-click, "Open with", a second launch), as main
 * imported it: the views it added, or the same plain message the Open dialog's import would give.
 */
export type OpenedViewFile = { fileName: string } & ({ ok: true; summary: ImportSummary } | { ok: false; message: string });
