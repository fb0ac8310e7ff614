import type { WebPreferences } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'explorer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Strict CSP: only the app's own origin; no inline script, no eval, no remote anything.
 * Inline styles stay allowed because recharts and the map set `style` attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The only webPreferences any window of the app is created with. index.ts writes them out literally
 * (a scanner cannot follow a spread); security.test.ts keeps the two equal. `Auxclick` is off so a
 * middle click cannot even ask for a new window. No `preload` here: index.ts registers the bridge on
 * the session for the app's own origin only.
 */
export const secureWebPreferences: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  disableBlinkFeatures: 'Auxclick',
};

/** Schemes the app's own pages may load from; everything else is cancelled at session level. */
const ALLOWED_SCHEMES = new Set([`${APP_SCHEME}:`, 'devtools:', 'blob:']);

/**
 * Decides whether the session lets a request through. The app is offline by design, so only its
 * own `app://explorer` files (and blob URLs it made itself, e.g. for exports) are allowed; http,
 * https, ws, wss, ftp, file, data and anything unknown are cancelled.
 */
export const isAllowedRequest = (url: string, devServerOrigin: string | null = null): boolean => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compare whole origins: a prefix test would also let `http://localhost:5173.evil.com` through.
  if (devServerOrigin !== null && parsed.origin === devServerOrigin) return true;
  if (!ALLOWED_SCHEMES.has(parsed.protocol)) return false;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  if (parsed.protocol === 'blob:') return parsed.pathname.startsWith(`${APP_ORIGIN}/`);
  return true; // devtools: only reachable when DevTools are open, which is development-only
};

/** The app never navigates away from its single page and never opens windows. */
export const isAllowedNavigation = (url: string, currentUrl: string): boolean => {
  try {
    const target = new URL(url);
    const current = new URL(currentUrl);
    return target.protocol === current.protocol && target.host === current.host && target.pathname === current.pathname;
  } catch {
    return false;
  }
};
