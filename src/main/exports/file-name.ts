import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * "health-assessments_map_en" + "png" → "health-assessments_map_en_2026-12-06.png" (local date: what
 * the user sees). Saved-view files keep their "name-2026-12-06" form (`separator` "-").
 */
export const datedFileName = (base: string, extension: string, now: Date, separator = '_'): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${base}${separator}${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
};

/** Names tried before giving up on finding a free one (the dialog's own overwrite question then applies). */
const MAX_COUNTER = 999;

/**
 * `name` if no file of that name is in `folder`, else the first free "stem_2.ext", "stem_3.ext"…:
 * a second export of the same view never replaces the first unless the user says so in the dialog.
 */
export const freeFileName = (folder: string | null, name: string, exists: (path: string) => boolean = existsSync): string => {
  if (folder === null || !exists(join(folder, name))) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; n <= MAX_COUNTER; n++) {
    const candidate = `${stem}_${n}${ext}`;
    if (!exists(join(folder, candidate))) return candidate;
  }
  return name;
};
