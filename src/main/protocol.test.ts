import { join, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { APP_SCHEME_PRIVILEGES, mimeTypeOf, realFileInside, resolveAppFile } from './protocol';

const root = resolve('/srv/app/out/renderer');
const inside = (file: string | null) => file === null || file.startsWith(root + sep);

describe('resolveAppFile', () => {
  const resolved: [string, string][] = [
    ['app://explorer/', 'index.html'],
    ['app://explorer/index.html', 'index.html'],
    ['app://explorer/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://explorer/assets/a%20b.css', 'assets/a b.css'],
    ['app://explorer/index.html?x=1#y', 'index.html'],
    // An absolute-looking path is still taken relative to the root.
    ['app://explorer//etc/passwd', 'etc/passwd'],
    // Double encoding decodes once: a file literally named "%2e%2e", still inside the root.
    ['app://explorer/%252e%252e/x', '%2e%2e/x'],
    // The URL parser resolves plain and %2e dot segments first, which clamps them at the root.
    ['app://explorer/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
    ['app://explorer/../../../etc/passwd', 'etc/passwd'],
    ['app://explorer/assets/%2e%2e', 'index.html'],
    // Backslashes are ordinary file-name characters on POSIX, not separators.
    ...(sep === '/' ? [['app://explorer/a/..%5c..%5cetc', 'a/..\\..\\etc'] satisfies [string, string]] : []),
  ];
  it.each(resolved)('%s → %s', (url, relative) => {
    expect(resolveAppFile(url, root)).toBe(join(root, relative));
  });

  it.each([
    'app://explorer/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://explorer/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://explorer/..%2F..%2Fetc%2Fpasswd',
    'app://explorer/%2E%2E%2F',
    'app://explorer/..%2f',
    'app://explorer/index.html%00.png',
    'app://explorer/%E0%A4%A', // malformed percent-encoding
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('never resolves outside the root, whatever the path', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E%2e',
        '..%2f',
        '%2f',
        '%5c',
        '%00',
        '',
        'assets',
        'index.html',
        '%252e%252e',
        '\\..',
      ),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 12 }), (segments) => {
        const file = resolveAppFile(`app://explorer/${segments.join('/')}`, root);
        expect(inside(file), String(file)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('mimeTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    // Unknown types are served as opaque bytes (with nosniff) so they can never run as script.
    ['a.exe', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeOf(file)).toBe(type);
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('registers app:// as a standard, secure origin with the V8 code cache on (metric 1b)', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true, codeCache: true });
  });
});

describe('realFileInside', () => {
  it('serves real files of the renderer folder, not symlinks that lead out of it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iom-protocol-'));
    try {
      const renderer = join(dir, 'renderer');
      mkdirSync(join(renderer, 'assets'), { recursive: true });
      writeFileSync(join(renderer, 'index.html'), 'ok');
      writeFileSync(join(dir, 'secret.txt'), 'no');
      symlinkSync(join(dir, 'secret.txt'), join(renderer, 'assets', 'leak.js'));
      symlinkSync(dir, join(renderer, 'up'));
      symlinkSync(join(renderer, 'index.html'), join(renderer, 'alias.html'));
      const via = (url: string) => {
        const file = resolveAppFile(url, renderer);
        return file === null ? null : realFileInside(file, renderer);
      };
      expect(via('app://explorer/')).toBe(join(renderer, 'index.html'));
      expect(via('app://explorer/alias.html')).toBe(join(renderer, 'index.html'));
      expect(via('app://explorer/assets/leak.js')).toBeNull();
      expect(via('app://explorer/up/secret.txt')).toBeNull();
      expect(via('app://explorer/missing.js')).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
