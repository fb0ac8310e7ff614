import { z } from 'zod';
import { SECTION_KEYS } from './constants';

/** Text shown to users, always in both languages the app ships. */
export const localizedSchema = z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict();
export type Localized = z.infer<typeof localizedSchema>;

/** Where a value comes from in `resources/source/building-better-futures.txt` (1-based line). */
export const sourceRefSchema = z
  .object({
    line: z.number().int().positive(),
    /** Verbatim text of (part of) that line, including U+FFFD and broken-font characters. */
    quote: z.string().min(1),
    /** Set when the quote is in the humanitarian-map's broken font encoding and was decoded. */
    encoding: z.literal('map-font').optional(),
  })
  .strict();
export type SourceRef = z.infer<typeof sourceRefSchema>;

/**
 * The six regions of the report's "Geographic Breakdown" chart (lines 167–180). GLOBAL covers
 * multiregional projects, resettlement movements, COA, health screenings and assisted voluntary return.
 */
export const regionCodeSchema = z.enum(['GLOBAL', 'LAC', 'AFR', 'APAC', 'MENA', 'EUR']);
export type RegionCode = z.infer<typeof regionCodeSchema>;
export const REPORT_REGIONS: Readonly<Record<RegionCode, Localized>> = {
  GLOBAL: { en: 'Global', fr: 'Mondial' },
  LAC: { en: 'Latin America and the Caribbean', fr: 'Amérique latine et Caraïbes' },
  AFR: { en: 'Africa', fr: 'Afrique' },
  APAC: { en: 'Asia-Pacific', fr: 'Asie-Pacifique' },
  MENA: { en: 'Middle East and North Africa', fr: 'Moyen-Orient et Afrique du Nord' },
  EUR: { en: 'Europe', fr: 'Europe' },
};

export const fieldTypeSchema = z.enum(['text', 'number', 'year', 'date', 'iso3', 'region', 'list']);
export type FieldType = z.infer<typeof fieldTypeSchema>;

export const fieldSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
    label: localizedSchema,
    type: fieldTypeSchema,
    role: z.enum(['dimension', 'measure']),
    /** e.g. "million CAD", "people", "families"; omitted for unitless dimensions. */
    unit: z.string().min(1).optional(),
  })
  .strict();
export type Field = z.infer<typeof fieldSchema>;

export const cellValueSchema = z.union([z.string(), z.number(), z.null(), z.array(z.string())]);
export type CellValue = z.infer<typeof cellValueSchema>;

export const rowSchema = z
  .object({
    id: z.string().min(1),
    values: z.record(z.string(), cellValueSchema),
    /** The line holding this row's measure value(s); the row's main citation. */
    source: sourceRefSchema,
    /** Citations for individual fields whose value stands on another line than `source`. */
    fieldSources: z.record(z.string(), sourceRefSchema).optional(),
  })
  .strict();
export type Row = z.infer<typeof rowSchema>;

export const noteSchema = z
  .object({
    id: z.string().min(1),
    severity: z.enum(['info', 'warning', 'error']),
    kind: z.enum(['inferred-pairing', 'uncertain-decoding', 'arithmetic-mismatch', 'extraction', 'definition']),
    text: localizedSchema,
    rows: z.array(z.string()),
    fields: z.array(z.string()),
  })
  .strict();
export type Note = z.infer<typeof noteSchema>;

export const sectionKeySchema = z.enum(SECTION_KEYS);
export type SectionKey = z.infer<typeof sectionKeySchema>;

export const datasetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: localizedSchema,
    description: localizedSchema,
    section: z.object({ key: sectionKeySchema, title: localizedSchema }).strict(),
    period: z.object({ from: z.string().min(4), to: z.string().min(4), label: localizedSchema }).strict(),
    fields: z.array(fieldSchema).min(1),
    rows: z.array(rowSchema),
    notes: z.array(noteSchema),
  })
  .strict()
  .superRefine((ds, ctx) => {
    const keys = new Set(ds.fields.map((f) => f.key));
    if (keys.size !== ds.fields.length) ctx.addIssue({ code: 'custom', message: 'duplicate field key', path: ['fields'] });
    const rowIds = new Set<string>();
    ds.rows.forEach((row, i) => {
      if (rowIds.has(row.id)) ctx.addIssue({ code: 'custom', message: `duplicate row id ${row.id}`, path: ['rows', i, 'id'] });
      rowIds.add(row.id);
      for (const k of Object.keys(row.values))
        if (!keys.has(k)) ctx.addIssue({ code: 'custom', message: `unknown field ${k}`, path: ['rows', i, 'values', k] });
    });
    ds.notes.forEach((note, i) => {
      for (const r of note.rows)
        if (!rowIds.has(r)) ctx.addIssue({ code: 'custom', message: `note cites unknown row ${r}`, path: ['notes', i, 'rows'] });
      for (const f of note.fields)
        if (!keys.has(f)) ctx.addIssue({ code: 'custom', message: `note cites unknown field ${f}`, path: ['notes', i, 'fields'] });
    });
  });
export type Dataset = z.infer<typeof datasetSchema>;

/** What the catalog shows without shipping every row across the bridge. */
export type DatasetSummary =
  | {
      status: 'ok';
      id: string;
      title: Localized;
      description: Localized;
      section: Dataset['section'];
      period: Dataset['period'];
      units: string[];
      rowCount: number;
      noteCount: number;
    }
  | { status: 'invalid'; id: string; file: string; problems: string[] };

/** The catalog entry of a dataset that passed validation. */
export const summarizeDataset = (ds: Dataset): DatasetSummary => ({
  status: 'ok',
  id: ds.id,
  title: ds.title,
  description: ds.description,
  section: ds.section,
  period: ds.period,
  units: [...new Set(ds.fields.flatMap((f) => (f.unit ? [f.unit] : [])))],
  rowCount: ds.rows.length,
  noteCount: ds.notes.length,
});

/** Bumped whenever the bundled figures change; view files record it. */
export const DATA_EDITION = '2015.1';
