import type { Dataset } from '../../shared/dataset';
import { SECTION_KEYS } from '../../shared/constants';

/**
 * Startup fast path for `datasetSchema` (src/shared/dataset.ts). zod's generic parse costs ~30–40 ms
 * cold for the bundled files (thousands of small schema calls, still interpreted at launch), over the
 * 20 ms startup budget; these plain checks take well under 1 ms.
 *
 * The contract is one-sided: `true` only when every rule of datasetSchema (shape, strict keys, enums,
 * patterns, the superRefine cross-checks) certainly holds. Anything unusual answers `false`, and the
 * loader then runs zod, which decides and explains. So a file zod rejects is never accepted here;
 * keep this in step when datasetSchema gets stricter (fast-validate.test.ts compares both).
 */

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Strict object: only `allowed` keys (and none of the prototype-polluting names zod treats specially). */
const hasOnlyKeys = (o: Obj, allowed: readonly string[] | ReadonlySet<string>): boolean => {
  const has = Array.isArray(allowed) ? (k: string) => allowed.includes(k) : (k: string) => (allowed as ReadonlySet<string>).has(k);
  for (const k in o) if (k === '__proto__' || !has(k)) return false;
  return Object.getOwnPropertySymbols(o).length === 0;
};

const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const strList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

const localized = (v: unknown): boolean => isObj(v) && hasOnlyKeys(v, ['en', 'fr']) && str(v.en) && str(v.fr);

const DATASET_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FIELD_KEY = /^[a-z][a-zA-Z0-9]*$/;
const SECTIONS: readonly string[] = SECTION_KEYS;
const FIELD_TYPES = ['text', 'number', 'year', 'date', 'iso3', 'region', 'list'];
const ROLES = ['dimension', 'measure'];
const SEVERITIES = ['info', 'warning', 'error'];
const NOTE_KINDS = ['inferred-pairing', 'uncertain-decoding', 'arithmetic-mismatch', 'extraction', 'definition'];

const sourceRef = (v: unknown): boolean =>
  isObj(v) &&
  hasOnlyKeys(v, ['line', 'quote', 'encoding']) &&
  Number.isSafeInteger(v.line) &&
  (v.line as number) > 0 &&
  str(v.quote) &&
  (!('encoding' in v) || v.encoding === 'map-font');

const cell = (v: unknown): boolean =>
  typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || v === null || strList(v);

const field = (v: unknown): boolean =>
  isObj(v) &&
  hasOnlyKeys(v, ['key', 'label', 'type', 'role', 'unit']) &&
  typeof v.key === 'string' &&
  FIELD_KEY.test(v.key) &&
  localized(v.label) &&
  FIELD_TYPES.includes(v.type as string) &&
  ROLES.includes(v.role as string) &&
  (!('unit' in v) || str(v.unit));

const row = (v: unknown, keys: ReadonlySet<string>): boolean => {
  if (!isObj(v) || !hasOnlyKeys(v, ['id', 'values', 'source', 'fieldSources']) || !str(v.id) || !sourceRef(v.source)) return false;
  const values = v.values;
  if (!isObj(values) || !hasOnlyKeys(values, keys)) return false;
  for (const k in values) if (!cell(values[k])) return false;
  if (!('fieldSources' in v)) return true;
  const fs = v.fieldSources;
  if (!isObj(fs) || Object.getOwnPropertySymbols(fs).length > 0) return false;
  for (const k in fs) if (k === '__proto__' || !sourceRef(fs[k])) return false;
  return true;
};

const note = (v: unknown, rowIds: ReadonlySet<string>, keys: ReadonlySet<string>): boolean =>
  isObj(v) &&
  hasOnlyKeys(v, ['id', 'severity', 'kind', 'text', 'rows', 'fields']) &&
  str(v.id) &&
  SEVERITIES.includes(v.severity as string) &&
  NOTE_KINDS.includes(v.kind as string) &&
  localized(v.text) &&
  strList(v.rows) &&
  v.rows.every((r) => rowIds.has(r)) &&
  strList(v.fields) &&
  v.fields.every((f) => keys.has(f));

export const isCertainlyValidDataset = (raw: unknown): raw is Dataset => {
  if (!isObj(raw) || !hasOnlyKeys(raw, ['id', 'title', 'description', 'section', 'period', 'fields', 'rows', 'notes'])) return false;
  const { id, title, description, section, period, fields, rows, notes } = raw;
  if (typeof id !== 'string' || !DATASET_ID.test(id) || !localized(title) || !localized(description)) return false;
  if (!isObj(section) || !hasOnlyKeys(section, ['key', 'title']) || !SECTIONS.includes(section.key as string) || !localized(section.title)) return false;
  if (!isObj(period) || !hasOnlyKeys(period, ['from', 'to', 'label']) || !localized(period.label)) return false;
  if (typeof period.from !== 'string' || period.from.length < 4 || typeof period.to !== 'string' || period.to.length < 4) return false;
  if (!Array.isArray(fields) || fields.length === 0 || !fields.every(field)) return false;
  const keys = new Set(fields.map((f: Obj) => f.key as string));
  if (keys.size !== fields.length || !Array.isArray(rows) || !Array.isArray(notes)) return false;
  const rowIds = new Set<string>();
  for (const r of rows) {
    if (!row(r, keys)) return false;
    const rid = (r as Obj).id as string;
    if (rowIds.has(rid)) return false;
    rowIds.add(rid);
  }
  return notes.every((n) => note(n, rowIds, keys));
};
