import { z } from 'zod';
import { DATA_EDITION } from './dataset';
import { viewNameProblem } from './text-safety';
import { fromSaved, toSaved } from './saved-view-state';
import { type ViewState } from './view-state';
import { VIEW_NAME_MAX } from './view/view-name';
import type { ImportWarning } from './views/types';

/**
 * Portable view files (`.iomview`): JSON a user can mail to a colleague. Everything read from one is
 * untrusted, so parsing is strict and bounded, and a file either imports whole or not at all.
 */
export const VIEW_FILE_FORMAT = 'iom-canada-explorer/views';
export const VIEW_FILE_VERSION = 1;
export const VIEW_FILE_EXTENSION = 'iomview';
export const VIEW_FILE_MAX_BYTES = 1024 * 1024;
export { VIEW_NAME_MAX, uniqueName } from './view/view-name';
const MAX_VIEWS = 500;

export const viewNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(VIEW_NAME_MAX)
  // Control, bidi and zero-width characters make names invisible or look-alike, and non-characters
  // or lone surrogates cannot be stored in a file: nothing legitimate needs them.
  .superRefine((s, ctx) => {
    const problem = viewNameProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const fileSchema = z
  .object({
    format: z.literal(VIEW_FILE_FORMAT),
    formatVersion: z.number().int().min(1),
    appVersion: z.string().max(50),
    dataEdition: z.string().max(50),
    exportedAt: z.string().max(50).optional(),
    views: z
      .array(z.object({ name: viewNameSchema, state: z.record(z.string(), z.unknown()) }).strict())
      .min(1)
      .max(MAX_VIEWS),
  })
  .strict();

export type ViewFile = z.infer<typeof fileSchema>;

export const buildViewFile = (
  views: readonly { name: string; state: ViewState }[],
  appVersion: string,
  exportedAt: string,
): ViewFile => ({
  format: VIEW_FILE_FORMAT,
  formatVersion: VIEW_FILE_VERSION,
  appVersion,
  dataEdition: DATA_EDITION,
  exportedAt,
  views: views.map((v) => ({ name: v.name, state: toSaved(v.state) })),
});

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse that refuses keys able to reach an object's prototype when spread or assigned later. */
export const parseJsonRefusingPrototypeKeys = (text: string): { ok: true; value: unknown } | { ok: false; message: string } => {
  let forbidden: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(text, function reviver(key, v: unknown) {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return v;
    });
  } catch {
    // The parser's own words ("Unexpected end of JSON input") mean nothing to a reader: say what is wrong.
    return { ok: false, message: 'not valid JSON (it is damaged or incomplete)' };
  }
  if (forbidden !== null) return { ok: false, message: `it contains the forbidden key “${forbidden}”` };
  return { ok: true, value };
};

/** What the importer needs to know about the bundled data: dataset id → its field keys. */
export type CatalogFields = ReadonlyMap<string, ReadonlySet<string>>;

/** Field ids a view refers to (filters, sort, chart axes). */
const fieldsUsedBy = (state: ViewState): string[] => [
  ...state.filters.map((f) => f.field),
  ...(state.sort ? [state.sort.field] : []),
  ...(state.chart.measure ? [state.chart.measure] : []),
  ...(state.chart.dimension ? [state.chart.dimension] : []),
  ...(state.chart.stack ? [state.chart.stack] : []),
];

/** Checks one view against the catalog; returns what is wrong in words, or null. */
export const checkAgainstCatalog = (state: ViewState, catalog: CatalogFields): string | null => {
  const fields = catalog.get(state.datasetId);
  if (!fields) return `it uses the dataset “${state.datasetId}”, which this version of the app does not have`;
  const unknown = [...new Set(fieldsUsedBy(state).filter((f) => !fields.has(f)))];
  if (unknown.length) return `it refers to ${unknown.map((f) => `“${f}”`).join(', ')}, not a field of “${state.datasetId}”`;
  return null;
};

export type ParsedViewFile =
  { ok: true; views: { name: string; state: ViewState }[]; warnings: ImportWarning[] } | { ok: false; message: string };

const describe = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
  issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(file)'}: ${i.message}`)
    .join('; ');

/** Parses and validates a whole view file's text: a damaged file is refused; views it cannot use are skipped and named. */
export const parseViewFile = (text: string, catalog: CatalogFields): ParsedViewFile => {
  const json = parseJsonRefusingPrototypeKeys(text.replace(/^\uFEFF/, ''));
  if (!json.ok)
    return { ok: false, message: `The file is ${json.message.startsWith('not') ? json.message : `refused: ${json.message}`}.` };
  const raw = json.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== VIEW_FILE_FORMAT)
    return { ok: false, message: 'The file is not an IOM–Canada Explorer view file.' };
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > VIEW_FILE_VERSION)
    return {
      ok: false,
      message: `The file was made by a newer version of the app (view file format ${version}); update the app to open it.`,
    };
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: `The file is damaged or incomplete: ${describe(parsed.error.issues)}.` };
  // Every valid view is imported; the others are named with why (a backup must always restore).
  const views: { name: string; state: ViewState }[] = [];
  const skipped: Extract<ImportWarning, { kind: 'skipped' }>['skipped'] = [];
  let firstProblem = '';
  for (const [i, v] of parsed.data.views.entries()) {
    const label = `View ${i + 1} (“${v.name}”)`;
    const state = fromSaved(v.state);
    const problem = state.ok ? checkAgainstCatalog(state.state, catalog) : null;
    if (!state.ok || problem) {
      firstProblem ||= state.ok ? `${label} cannot be opened: ${problem}.` : `${label} is invalid: ${state.message}.`;
      skipped.push({
        name: v.name,
        reason: state.ok ? 'unknown-data' : 'invalid',
        detail: state.ok ? (problem ?? '') : state.message,
      });
    } else views.push({ name: v.name, state: state.state });
  }
  if (views.length === 0) return { ok: false, message: firstProblem };
  const warnings: ImportWarning[] = [
    ...(parsed.data.dataEdition === DATA_EDITION
      ? []
      : [{ kind: 'other-edition' as const, fileEdition: parsed.data.dataEdition, appEdition: DATA_EDITION }]),
    ...(skipped.length ? [{ kind: 'skipped' as const, total: parsed.data.views.length, skipped }] : []),
  ];
  return { ok: true, views, warnings };
};

