import { realpathSync } from 'node:fs';
import { extname, normalize, resolve, sep } from 'node:path';

/**
 * app:// privileges. `standard` + `secure`: a normal origin (relative URLs, storage, secure context);
 * `supportFetchAPI`: the page fetches its own files; `codeCache`: V8 keeps compiled code for the app's
 * scripts between launches, so every launch after the first skips most compiling (bench/, metric 1b).
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export const mimeTypeOf = (file: string): string => MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * Maps an `app://explorer/...` URL to a file inside `root`, or null when it would escape it
 * (`..`, encoded separators, absolute paths). `/` serves index.html.
 */
export const resolveAppFile = (url: string, root: string): string | null => {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = resolve(root);
  const file = resolve(base, normalize(relative));
  return file === base || !file.startsWith(base + sep) ? null : file;
};

/**
 * `file` (from resolveAppFile) as a real path, if that is still inside `root` once symlinks are
 * followed; null when it is missing or a link points out of the renderer folder.
 */
export const realFileInside = (file: string, root: string): string | null => {
  try {
    const base = realpathSync(root);
    const real = realpathSync(file);
    return real.startsWith(base + sep) ? real : null;
  } catch {
    return null;
  }
};
