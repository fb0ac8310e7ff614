import { jsonStoreOptions } from './json-store';
import { z } from 'zod';
import { fromSaved, toSaved, type SavedViewState } from '../../shared/saved-view-state';
import type { SavedView } from '../../shared/views/types';
import { parseJsonRefusingPrototypeKeys, VIEW_NAME_MAX } from '../../shared/view-file';
import { repairedViewName } from '../../shared/text-safety';
import { parseThumbnail, THUMBNAIL_MAX_CHARS, type Thumbnail } from '../../shared/view/thumbnail';

/**
 * On-disk format of the saved-views store. Bump STORE_SCHEMA_VERSION with every change and add the
 * step to `storeMigrations`; old files are migrated one version at a time on load.
 *
 * v1 (first preview builds): { schemaVersion: 1, views: [{ name, state }], pinned: <name> | null }
 * v2: views get stable ids (renames no longer break the pin), the pin points at an id, and the file
 *     records the app version that wrote it.
 * v3: views may keep a `thumbnail` (shared/view/thumbnail.ts), as one line of compact JSON (a string:
 *     pretty-printed, a map's dots would take a line per number). The step only bumps the version: views
 *     of older stores get theirs from the store (view-store.ts), which knows the bundled data. The bump
 *     keeps a v2 app (which refuses unknown fields) from rewriting a v3 file: it leaves it untouched.
 */
export const STORE_SCHEMA_VERSION = 3;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Each step takes a parsed store of version N to N + 1. Steps are tolerant: validation comes after. */
export const storeMigrations: Record<number, (old: Json) => Json> = {
  1: (old) => {
    const views = Array.isArray(old.views) ? old.views : [];
    const withIds = views.map((v: unknown, i) => (isObject(v) ? { id: `v1-${i + 1}`, ...v, createdAt: null } : v));
    const pinnedIndex =
      typeof old.pinned === 'string' ? views.findIndex((v: unknown) => isObject(v) && v.name === old.pinned) : -1;
    return {
      schemaVersion: 2,
      appVersion: null,
      views: withIds,
      defaultViewId: pinnedIndex >= 0 ? `v1-${pinnedIndex + 1}` : null,
    };
  },
  2: (old) => ({ ...old, schemaVersion: 3 }),
};

export const migrateStore = (input: Json, from: number): Json => {
  let data = input;
  for (let v = from; v < STORE_SCHEMA_VERSION; v++) {
    const step = storeMigrations[v];
    if (!step) throw new Error(`no migration from store version ${v}`);
    data = step(data);
  }
  return data;
};

const entrySchema = z
  .object({
    id: z.string().min(1).max(64),
    // Names the app now refuses (bidi or zero-width characters) are repaired, never a reason to drop a view.
    name: z
      .string()
      .max(10 * VIEW_NAME_MAX)
      .transform((n) => repairedViewName(n, VIEW_NAME_MAX)),
    state: z.record(z.string(), z.unknown()),
    createdAt: z.string().max(40).nullable().optional(),
    // Checked on its own below: a bad thumbnail is dropped (and drawn again), never a reason to drop a view.
    thumbnail: z.unknown().optional(),
  })
  .strict();

/** The thumbnail kept as a string of JSON, or null when absent or not a valid one (it is drawn again). */
const storedThumbnail = (raw: unknown): Thumbnail | null => {
  if (typeof raw !== 'string' || raw.length > THUMBNAIL_MAX_CHARS) return null;
  const json = parseJsonRefusingPrototypeKeys(raw);
  return json.ok ? parseThumbnail(json.value) : null;
};

/** Validates one stored view on its own, so one bad entry never costs the others. */
export const parseEntry = (raw: unknown, index: number): { ok: true; view: SavedView } | { ok: false; problem: string } => {
  const label = isObject(raw) && typeof raw.name === 'string' ? `view “${raw.name.slice(0, 100)}”` : `view #${index + 1}`;
  const entry = entrySchema.safeParse(raw);
  if (!entry.success) {
    const i = entry.error.issues[0];
    return { ok: false, problem: `${label}: ${i ? `${i.path.join('.') || '(entry)'}: ${i.message}` : 'invalid'}` };
  }
  const state = fromSaved(entry.data.state);
  if (!state.ok) return { ok: false, problem: `${label}: ${state.message}` };
  const view: SavedView = {
    id: entry.data.id,
    name: entry.data.name,
    state: state.state,
    createdAt: entry.data.createdAt ?? null,
  };
  const thumbnail = storedThumbnail(entry.data.thumbnail);
  return { ok: true, view: thumbnail ? { ...view, thumbnail } : view };
};

export type StoreContent = { views: SavedView[]; defaultViewId: string | null };

export type StoredEntry = { id: string; name: string; state: SavedViewState; createdAt: string | null; thumbnail?: string };

/** The store file's JSON document for `content`. */
export const storeDocument = (content: StoreContent, appVersion: string): Record<string, unknown> => ({
  schemaVersion: STORE_SCHEMA_VERSION,
  appVersion,
  views: content.views.map((v): StoredEntry => ({
    id: v.id,
    name: v.name,
    state: toSaved(v.state),
    createdAt: v.createdAt,
    ...(v.thumbnail ? { thumbnail: JSON.stringify(v.thumbnail) } : {}),
  })),
  defaultViewId: content.defaultViewId,
});

/** The store file's bytes, exactly as electron-store/conf write them (see json-store.ts). */
export const serializeStore = (content: StoreContent, appVersion: string): string =>
  jsonStoreOptions.serialize(storeDocument(content, appVersion));

/** Per-entry validation of a (migrated) store object; returns the valid views and what was wrong. */
export const validateStore = (data: Json): StoreContent & { problems: string[] } => {
  const problems: string[] = [];
  const views: SavedView[] = [];
  if (!Array.isArray(data.views)) problems.push('the list of views is missing');
  const ids = new Set<string>();
  for (const [i, raw] of (Array.isArray(data.views) ? data.views : []).entries()) {
    const r = parseEntry(raw, i);
    if (!r.ok) problems.push(r.problem);
    else if (ids.has(r.view.id)) problems.push(`view “${r.view.name}”: duplicate id`);
    else {
      ids.add(r.view.id);
      views.push(r.view);
    }
  }
  let defaultViewId: string | null = null;
  if (typeof data.defaultViewId === 'string' && ids.has(data.defaultViewId)) defaultViewId = data.defaultViewId;
  else if (data.defaultViewId !== null && data.defaultViewId !== undefined) problems.push('the default view no longer exists');
  for (const key of Object.keys(data))
    if (!['schemaVersion', 'appVersion', 'views', 'defaultViewId'].includes(key))
      problems.push(`unknown setting “${key.slice(0, 40)}”`);
  return { views, defaultViewId, problems };
};

/**
 * Salvage from a file that is not valid JSON (e.g. truncated by a disk error): every `{ "id": … }`
 * object that parses on its own and validates as a view is kept.
 */
export const scanForEntries = (text: string): SavedView[] => {
  const found: SavedView[] = [];
  const ids = new Set<string>();
  const starts = /\{\s*"id"\s*:/g;
  // Bounded work: garbage full of unclosed `{"id":` must not stall startup (quadratic otherwise).
  let budget = SCAN_BUDGET;
  for (let m = starts.exec(text); m !== null && budget > 0; m = starts.exec(text)) {
    const end = matchingBrace(text, m.index);
    budget -= end < 0 ? Math.min(MAX_ENTRY_CHARS, text.length - m.index) : end - m.index;
    if (end < 0) continue;
    const raw = parseJsonRefusingPrototypeKeys(text.slice(m.index, end + 1));
    if (!raw.ok) continue;
    const r = parseEntry(raw.value, found.length);
    if (r.ok && !ids.has(r.view.id)) {
      ids.add(r.view.id);
      found.push(r.view);
      starts.lastIndex = end + 1;
    }
  }
  return found;
};

const MAX_ENTRY_CHARS = 512 * 1024;
const SCAN_BUDGET = 64 * 1024 * 1024;

/** Index of the `}` closing the `{` at `start` (within MAX_ENTRY_CHARS), skipping braces inside strings; -1 if none. */
const matchingBrace = (text: string, start: number): number => {
  let depth = 0;
  let inString = false;
  const stop = Math.min(text.length, start + MAX_ENTRY_CHARS);
  for (let i = start; i < stop; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
};
