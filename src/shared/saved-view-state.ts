import { VIEW_STATE_VERSION } from './constants';
import { defaultViewState } from './default-view-state';
import { viewStateSchema, type ViewState } from './view-state';

/** Saved form: version and dataset always, everything else only where it differs from the default. */
export type SavedViewState = { version: number; datasetId: string } & Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const toSaved = (state: ViewState): SavedViewState => {
  const defaults = defaultViewState(state.datasetId);
  const saved: SavedViewState = { version: state.version, datasetId: state.datasetId };
  for (const key of Object.keys(state) as (keyof ViewState)[]) {
    if (key === 'version' || key === 'datasetId') continue;
    const value = state[key];
    const def = defaults[key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && def !== null && typeof def === 'object') {
      const diff: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) if (!same(v, (def as Record<string, unknown>)[k])) diff[k] = v;
      if (Object.keys(diff).length) saved[key] = diff;
    } else if (!same(value, def)) saved[key] = value;
  }
  return saved;
};

/** Each migration takes a saved state of version N (as parsed JSON) to version N + 1. */
export const viewStateMigrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export type FromSavedResult = { ok: true; state: ViewState } | { ok: false; message: string };

export const fromSaved = (input: unknown): FromSavedResult => {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { ok: false, message: 'a view must be an object' };
  let saved = { ...(input as Record<string, unknown>) };
  const datasetId = saved.datasetId;
  if (typeof datasetId !== 'string' || datasetId.length === 0) return { ok: false, message: 'the view names no dataset' };
  let version = saved.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, message: 'the view has no version' };
  if (version > VIEW_STATE_VERSION) return { ok: false, message: `the view was made by a newer version of the app (view format ${version})` };
  while (version < VIEW_STATE_VERSION) {
    const migrate = viewStateMigrations[version];
    if (!migrate) return { ok: false, message: `no migration from view format ${version}` };
    saved = migrate(saved);
    version += 1;
  }
  const defaults = defaultViewState(datasetId);
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(saved)) {
    if (!Object.hasOwn(defaults, key)) return { ok: false, message: `unknown view setting “${key}”` };
    const def = (defaults as Record<string, unknown>)[key];
    const isObj = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
    merged[key] = isObj(def) && isObj(value) ? { ...(def as object), ...(value as object) } : value;
  }
  merged.version = VIEW_STATE_VERSION;
  const parsed = viewStateSchema.safeParse(merged);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, message: `invalid view: ${first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'unknown problem'}` };
  }
  return { ok: true, state: parsed.data };
};
