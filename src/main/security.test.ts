import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedNavigation, isAllowedRequest, secureWebPreferences } from './security';
import {
  callsOf,
  eventSubscriptions,
  flatText,
  newExpressions,
  parseSource,
  propertyOf,
  sourceFiles,
} from '../../tests/support/main/fuzz/source-scan';

const mainDir = resolve(import.meta.dirname);
const indexFile = join(mainDir, 'index.ts');
const index = parseSource(indexFile);

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences;

  it('turns every renderer isolation feature on and every Node/webview feature off', () => {
    expect(prefs).toEqual({
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
    });
  });

  it('sets no key that loosens security (blink features, devtools, remote content)', () => {
    for (const key of ['enableBlinkFeatures', 'additionalArguments', 'devTools', 'plugins', 'webgl', 'disableDialogs']) {
      expect(prefs, key).not.toHaveProperty(key);
    }
  });
});

const WINDOW_CTORS = ['BrowserWindow', 'BrowserView', 'WebContentsView'];

/** A literal's value (true, false, 'text'), or `undefined` for anything a scanner cannot read as one. */
const literalValue = (node: ts.Expression): unknown => {
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isStringLiteral(node)) return node.text;
  return undefined;
};

describe('src/main creates every window with the literal secureWebPreferences', () => {
  it('only index.ts constructs windows or views', () => {
    const creators = sourceFiles(mainDir).filter((f) => newExpressions(parseSource(f), WINDOW_CTORS).length > 0);
    expect(creators).toEqual([indexFile]);
  });

  const ctors = newExpressions(index, WINDOW_CTORS);

  it('finds at least one window (so the checks below are not vacuous)', () => {
    expect(ctors.length).toBeGreaterThan(0);
  });

  it.each(ctors.map((c) => [flatText(c).slice(0, 60), c] as const))('%s…', (_label, ctor) => {
    const options = ctor.arguments?.[0];
    if (!options || !ts.isObjectLiteralExpression(options)) throw new Error('options must be an inline object literal');
    const value = propertyOf(options, 'webPreferences')?.initializer;
    if (!value || !ts.isObjectLiteralExpression(value)) throw new Error('webPreferences must be an object literal');
    const written = new Map<string, ts.Expression>();
    for (const p of value.properties) {
      // No spread, no shorthand, no computed key: every key and value is there for a scanner to read.
      if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name)) throw new Error(`not a plain key: ${p.getText()}`);
      written.set(p.name.text, p.initializer);
    }
    for (const [key, expected] of Object.entries(secureWebPreferences)) {
      const node = written.get(key);
      expect(node && literalValue(node), key).toBe(expected);
    }
    // DevTools: only with the dev server, never in a packaged build.
    expect(written.get('devTools')?.getText()).toBe('isDev && !app.isPackaged');
    // A key Electron 45 no longer has, written off for scanners that assume an old Electron.
    expect(written.get('enableRemoteModule')?.kind).toBe(ts.SyntaxKind.FalseKeyword);
    expect([...written.keys()].sort()).toEqual([...Object.keys(secureWebPreferences), 'devTools', 'enableRemoteModule'].sort());
  });

  it("gives the bridge only to the app's own pages: one session preload, matched to the app origin (and the dev server's)", () => {
    expect(callsOf(index, 'registerPreloadScript').map(flatText)).toEqual([
      "ses.registerPreloadScript({ type: 'frame', id: 'iom-bridge', filePath: join(here, '../preload/index.cjs'), matches: devOrigin ? [`${APP_ORIGIN}/*`, `${devOrigin}/*`] : [`${APP_ORIGIN}/*`], })",
    ]);
    expect(flatText(index)).not.toMatch(/preload:/);
  });

  it('never loads a dev server URL in a packaged build', () => {
    expect(flatText(index)).toContain('const devServerUrl = app.isPackaged ? null : (process.env.ELECTRON_RENDERER_URL ?? null)');
  });

  it('enables the sandbox for every renderer, app-wide', () => {
    expect(callsOf(index, 'enableSandbox')).toHaveLength(1);
  });
});

describe('index.ts wires navigation, window-open, webview and session guards', () => {
  const [created] = eventSubscriptions(index, 'web-contents-created');
  const handlerText = created ? flatText(created) : '';
  const handlerOf = (event: string) => {
    const [sub] = eventSubscriptions(index, event);
    return sub ? flatText(sub) : '';
  };

  it('guards every webContents as it is created', () => {
    expect(created).toBeDefined();
  });

  it.each(['will-navigate', 'will-redirect'])('%s is refused unless isAllowedNavigation says yes', (event) => {
    expect(handlerText).toContain(`'${event}'`);
    expect(handlerOf(event)).toMatch(/if \(!isAllowedNavigation\(url, contents\.getURL\(\)\)\) event\.preventDefault\(\)/);
  });

  it('refuses every <webview> attachment', () => {
    expect(handlerText).toContain("'will-attach-webview'");
    expect(handlerOf('will-attach-webview')).toMatch(/\(event\) => event\.preventDefault\(\)/);
  });

  it('denies every window.open / target=_blank', () => {
    const [handler] = callsOf(index, 'setWindowOpenHandler');
    expect(handler && flatText(handler)).toBe("contents.setWindowOpenHandler(() => ({ action: 'deny' }))");
    expect(handlerText).toContain('setWindowOpenHandler');
  });

  it('filters every session request through isAllowedRequest and cancels the rest', () => {
    const [filter] = callsOf(index, 'onBeforeRequest');
    const text = filter ? flatText(filter) : '';
    expect(text).toContain('isAllowedRequest(details.url');
    expect(text).toContain('callback({ cancel: !allowed })');
  });

  it('refuses every permission request and check', () => {
    expect(callsOf(index, 'setPermissionRequestHandler').map(flatText)).toEqual([
      'ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))',
    ]);
    expect(callsOf(index, 'setPermissionCheckHandler').map(flatText)).toEqual(['ses.setPermissionCheckHandler(() => false)']);
    expect(callsOf(index, 'setDevicePermissionHandler').map(flatText)).toEqual(['ses.setDevicePermissionHandler(() => false)']);
  });

  // What ipcMain ends up handling is checked at run time: tests/unit/ipc-registration.test.ts.
  it('registers IPC only through registerIpcHandlers, and opens stores only through electronJsonStore', () => {
    expect(callsOf(index, 'on').filter((c) => c.expression.getText().startsWith('ipcMain'))).toEqual([]);
    expect(callsOf(index, 'handle').filter((c) => c.expression.getText() === 'ipcMain.handle')).toEqual([]);
    expect(callsOf(index, 'registerIpcHandlers').map(flatText)).toEqual(['registerIpcHandlers(ipcMain, dispatch)']);
    expect(callsOf(index, 'electronJsonStore').map(flatText)).toEqual(['electronJsonStore(ipcMain)']);
    expect(flatText(index)).not.toContain('new ElectronStore');
  });

  it('sends the CSP with every app:// response and every other response', () => {
    expect(flatText(index)).toMatch(/'Content-Security-Policy': CONTENT_SECURITY_POLICY/);
    expect(flatText(index)).toMatch(/'Content-Security-Policy': \[CONTENT_SECURITY_POLICY\]/);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the policy SECURITY.md states', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../SECURITY.md'), 'utf8');
    expect(/```text\n(default-src[^`]+)\n```/.exec(doc)?.[1]?.split('\n').join(' ')).toBe(CONTENT_SECURITY_POLICY);
  });

  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['child-src', ["'none'"]],
    ['form-action', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('%s is exactly %j', (name, values) => {
    expect(directives.get(name)).toEqual(values);
  });

  it("matches the renderer's <meta> CSP (the second, independent policy; meta cannot carry frame-ancestors)", () => {
    const html = readFileSync(join(mainDir, '../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const withoutFrameAncestors = CONTENT_SECURITY_POLICY.split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(withoutFrameAncestors);
  });

  it('allows no remote source, inline script or eval anywhere', () => {
    for (const [name, values] of directives) {
      for (const v of values)
        expect(`${name} ${v}`).not.toMatch(/https?:|wss?:|ftp:|\*|'unsafe-eval'|'wasm-unsafe-eval'|'strict-dynamic'/);
      if (name !== 'style-src') expect(values, name).not.toContain("'unsafe-inline'");
    }
  });
});

describe('isAllowedRequest (session-level request filter)', () => {
  it.each([
    'app://explorer/index.html',
    'app://explorer/assets/index-abc.js',
    'app://explorer/',
    'blob:app://explorer/3f1c7a2e-0000-4000-8000-000000000000',
    // DevTools pages are internal to Chromium and can carry nothing off the machine.
    'devtools://devtools/bundled/inspector.html',
  ])('allows the app itself: %s', (url) => {
    expect(isAllowedRequest(url)).toBe(true);
  });

  it.each([
    'http://example.com/x',
    'https://example.com/leak?d=secret',
    'ws://example.com/socket',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    'mailto:a@example.com',
    'gopher://example.com',
    'chrome://settings',
    'chrome-extension://abc/x.js',
    'filesystem:http://example.com/temporary/x',
    'blob:https://example.com/3f1c7a2e',
    'blob:app://explorer.evil/3f1c7a2e',
    'app://evil/index.html',
    'app://explorer.evil/index.html',
    'app://explorer@evil/index.html',
    'app://explorer:8080/index.html',
    'app:explorer/index.html',
    'http://explorer/index.html',
    'not a url',
    '',
  ])('cancels %s', (url) => {
    expect(isAllowedRequest(url)).toBe(false);
  });

  it('allows the dev server origin only when given, and only that exact origin', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(isAllowedRequest('http://localhost:5173.evil.com/x', 'http://localhost:5173')).toBe(false);
    expect(isAllowedRequest('http://localhost:51730/x', 'http://localhost:5173')).toBe(false);
  });

  it('cancels every generated web URL (http, https, ws, wss, ftp, file and others)', () => {
    const scheme = fc.constantFrom('http', 'https', 'ws', 'wss', 'ftp', 'file', 'data', 'gopher', 'ipfs', 'sftp', 'smb', 'tel');
    fc.assert(
      fc.property(scheme, fc.webUrl({ withQueryParameters: true, withFragments: true }), (s, url) => {
        expect(isAllowedRequest(url.replace(/^https?/, s))).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });

  it('allows nothing but app://explorer, blob:app://explorer and devtools:// for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `app://${s}`),
        ),
        (url) => {
          if (!isAllowedRequest(url)) return;
          const u = new URL(url);
          expect(
            (u.protocol === 'app:' && u.host === 'explorer') ||
              url.startsWith('blob:app://explorer/') ||
              u.protocol === 'devtools:',
          ).toBe(true);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('isAllowedNavigation', () => {
  const current = 'app://explorer/index.html';

  it.each(['app://explorer/index.html', 'app://explorer/index.html#/views', 'app://explorer/index.html?tab=map'])(
    'stays: %s',
    (url) => {
      expect(isAllowedNavigation(url, current)).toBe(true);
    },
  );

  it.each([
    'https://example.com/',
    'http://explorer/index.html',
    'file:///etc/passwd',
    'data:text/html,hi',
    'javascript:alert(1)',
    'about:blank',
    'app://evil/index.html',
    'app://explorer/other.html',
    'app://explorer/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url, current)).toBe(false);
  });

  it('refuses everything while the current URL is unknown', () => {
    expect(isAllowedNavigation(current, '')).toBe(false);
  });
});
