import { z } from 'zod';
import { defaultViewState, VIEW_STATE_VERSION } from './constants';

/**
 * Everything on screen, as one serializable value. Every screen derives from it; saved views,
 * view files and presets store it (through `toSaved`, which drops defaults).
 */
export { VIEW_STATE_VERSION };

const fieldKey = z.string().min(1).max(64);

export const tabSchema = z.enum(['table', 'chart', 'map']);
export type Tab = z.infer<typeof tabSchema>;

export const chartTypeSchema = z.enum(['bar', 'column', 'stacked', 'line', 'pie', 'donut', 'treemap']);
export type ChartType = z.infer<typeof chartTypeSchema>;

export const mapModeSchema = z.enum(['choropleth', 'symbols', 'regions']);
export type MapMode = z.infer<typeof mapModeSchema>;

export const filterSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('values'), field: fieldKey, values: z.array(z.string().max(500)).max(1000) }).strict(),
  z
    .object({ kind: z.literal('range'), field: fieldKey, min: z.number().finite().nullable(), max: z.number().finite().nullable() })
    .strict(),
]);
export type Filter = z.infer<typeof filterSchema>;

export const sortSchema = z.object({ field: fieldKey, dir: z.enum(['asc', 'desc']) }).strict();
export type Sort = z.infer<typeof sortSchema>;

export const viewStateSchema = z
  .object({
    version: z.literal(VIEW_STATE_VERSION),
    datasetId: z.string().min(1).max(100),
    tab: tabSchema,
    filters: z.array(filterSchema).max(50),
    sort: sortSchema.nullable(),
    search: z.string().max(200),
    chart: z
      .object({
        /** null: the first type that suits the data. */
        type: chartTypeSchema.nullable(),
        measure: fieldKey.nullable(),
        dimension: fieldKey.nullable(),
        /** Second dimension that splits each bar into stacked segments (stacked bars, multi-line). */
        stack: fieldKey.nullable(),
      })
      .strict(),
    map: z
      .object({
        mode: mapModeSchema.nullable(),
        /** [longitude, latitude] of the view centre. */
        center: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
        zoom: z.number().min(1).max(32),
      })
      .strict(),
    selectedRowId: z.string().max(200).nullable(),
    /** The report figure this view started from, so "Reset to report figure" can return to it. */
    presetId: z.string().max(100).nullable(),
  })
  .strict();
export type ViewState = z.infer<typeof viewStateSchema>;

// Defined in constants.ts (zod-free, so the renderer can use it without bundling zod).
export { defaultViewState };

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
