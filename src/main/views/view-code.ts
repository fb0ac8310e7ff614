import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { VIEW_FILE_FORMAT, VIEW_FILE_MAX_BYTES, checkAgainstCatalog, parseViewFile, type CatalogFields } from '../../shared/view-file';
import { DATA_EDITION } from '../../shared/dataset';
import { VIEW_STATE_VERSION } from '../../shared/constants';
import { fromSaved, toSaved } from '../../shared/saved-view-state';
import type { ViewState } from '../../shared/view-state';
import {
  VIEW_CODE_MAX_CHARS,
  VIEW_CODE_PREFIX,
  VIEW_CODE_VERSION,
  splitViewCode,
  type OpenedViewCode,
} from '../../shared/views/view-code';

/**
 * The body of a code is base64url of: 2 bytes of the CRC-32 of the JSON (so a mistyped code is caught,
 * not opened as some other view), then the JSON `[savedState]` or `[savedState, name]` compressed with
 * deflate-raw against a preset dictionary of what views are made of (the words of a view cost almost
 * nothing, so a typical view fits in well under 120 characters).
 *
 * The dictionary is part of format 1: NEVER change it. New words need a new prefix (iom2.) and a decoder
 * that keeps this one for iom1 codes.
 */
const DICTIONARY_V1 = Buffer.from(
  [
    'timeline',
    'key-figures',
    'country-regions',
    'country-engagements',
    'visa-application-centres',
    'document-verification',
    'orientation-abroad',
    'border-management',
    'counter-trafficking',
    'assisted-voluntary-return',
    'health-programme-facts',
    'assisted-movements-totals',
    'assisted-movements-by-year',
    'assisted-movements-by-age',
    'contributions-by-agency',
    'contributions-by-region',
    'contributions-by-theme',
    'humanitarian-initiatives',
    'health-assessments',
    '"selectedRowId":"',
    '"search":"',
    '"map":{"mode":"regions","symbols","choropleth","center":[',
    '"zoom":',
    '"chart":{"type":"bar","column","stacked","line","pie","donut","treemap",',
    '"measure":"amount","value","count","dimension":"stack":"year","age","theme","agency","region","country"',
    '"sort":{"field":"amount","dir":"desc"}',
    '"sort":{"field":"year","dir":"asc"}',
    '{"kind":"range","field":"year","min":null,"max":null}',
    '"filters":[{"kind":"values","field":"country","values":["',
    '"tab":"table"',
    '"tab":"chart"',
    '"tab":"map"',
    '"presetId":"',
    '[{"version":1,"datasetId":"',
  ].join(''),
  'utf8',
);

const CHECK_BYTES = 2;
const checkOf = (json: Buffer) => {
  const c = crc32(json);
  return Buffer.from([(c >>> 8) & 0xff, c & 0xff]);
};

/** The code for a view (and its name, when it is a saved view's). */
export const encodeViewCode = (state: ViewState, name: string | null): string => {
  const json = Buffer.from(JSON.stringify(name === null ? [toSaved(state)] : [toSaved(state), name]), 'utf8');
  const packed = deflateRawSync(json, { level: 9, dictionary: DICTIONARY_V1 });
  return VIEW_CODE_PREFIX + Buffer.concat([checkOf(json), packed]).toString('base64url');
};

const damaged = { ok: false, reason: 'damaged' } as const;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Opens a code as main opens a view file: the same size cap, the same schema and the same catalog
 * check (the payload is wrapped as a one-view file and read by parseViewFile). Never throws.
 */
export const decodeViewCode = (text: string, catalog: CatalogFields): OpenedViewCode => {
  if (text.length > VIEW_CODE_MAX_CHARS) return { ok: false, reason: 'too-large' };
  const parts = splitViewCode(text);
  if (!parts) return { ok: false, reason: 'not-a-code' };
  if (parts.version > VIEW_CODE_VERSION) return { ok: false, reason: 'newer-version', version: parts.version };
  if (parts.version !== VIEW_CODE_VERSION || !BASE64URL.test(parts.body)) return damaged;
  const bytes = Buffer.from(parts.body, 'base64url');
  if (bytes.length <= CHECK_BYTES) return damaged;
  let json: Buffer;
  try {
    json = inflateRawSync(bytes.subarray(CHECK_BYTES), { dictionary: DICTIONARY_V1, maxOutputLength: VIEW_FILE_MAX_BYTES });
  } catch (e) {
    // Past the cap inflate stops with ERR_BUFFER_TOO_LARGE; anything else is a cut or mistyped code.
    return (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? { ok: false, reason: 'too-large' } : damaged;
  }
  if (!checkOf(json).equals(bytes.subarray(0, CHECK_BYTES))) return damaged;
  let payload: unknown;
  try {
    payload = JSON.parse(json.toString('utf8'));
  } catch {
    return damaged;
  }
  if (!Array.isArray(payload) || payload.length < 1 || payload.length > 2) return damaged;
  const [saved, name = null] = payload as unknown[];
  if (name !== null && typeof name !== 'string') return damaged;
  // A view from a newer app, or of data this copy lacks, is told apart from a damaged one.
  const version = (saved as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > VIEW_STATE_VERSION) return { ok: false, reason: 'newer-version', version };
  const file = JSON.stringify({
    format: VIEW_FILE_FORMAT,
    formatVersion: 1,
    appVersion: 'view code',
    dataEdition: DATA_EDITION,
    views: [{ name: name ?? 'View', state: saved }],
  });
  if (Buffer.byteLength(file) > VIEW_FILE_MAX_BYTES) return { ok: false, reason: 'too-large' };
  const parsed = parseViewFile(file, catalog);
  const view = parsed.ok ? parsed.views[0] : undefined;
  if (view) return { ok: true, name: name === null ? null : view.name, state: view.state };
  const state = fromSaved(saved);
  if (state.ok && checkAgainstCatalog(state.state, catalog) !== null) return { ok: false, reason: 'unknown-data', datasetId: state.state.datasetId };
  return damaged;
};
