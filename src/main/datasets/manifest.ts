import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The bundled datasets are validated once, with zod, when the app is built (scripts/bundled-data.ts);
 * the build writes their SHA-256 hashes here and fails on any invalid file. At startup a file whose
 * bytes hash to its manifest entry is the file that was validated, so it is only parsed (metric 6);
 * any other file is validated in full. Files users supply (views, stores) are always validated.
 */
export const MANIFEST_FILE = 'datasets-manifest.json';

/** File name (in the datasets folder) → SHA-256 of its bytes, hex. */
export type DatasetManifest = { files: Record<string, string> };

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The build's manifest, or null where there is none (tests, a source checkout before building). */
export const readManifest = (path: string): DatasetManifest | null => {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<DatasetManifest>;
    return parsed.files && typeof parsed.files === 'object' ? { files: parsed.files } : null;
  } catch {
    return null;
  }
};
