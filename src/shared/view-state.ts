import { z } from 'zod';
import { VIEW_STATE_VERSION } from './constants';

/**
 * Everything on screen, as one serializable value. Every screen derives from it; saved views,
 * view files and presets store it (through `toSaved` in saved-view-state.ts, which drops defaults).
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
