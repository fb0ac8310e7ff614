import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security';
import { mimeTypeOf, resolveAppFile } from '../../src/main/protocol';
import type { StartupFigureServer } from '../../src/main/snapshot/handlers';
import { STARTUP_FIGURE_PATH } from '../../src/main/snapshot/startup-figure';
import { APP_URL, IPC_RESULT_PATH } from '../../tests/e2e/wire-app';

/** What the server answers for now: one page at a time (the bench opens its pages one after another). */
export type Mount = { rootDir: string; figure: StartupFigureServer | null; results: Map<string, string> };

/**
 * `--serve http`: a closer stand-in for Electron's in-process app:// handler than Playwright's router,
 * which pauses every request in the browser and answers it from this process over the debugging
 * protocol (70–400 ms a file on a busy machine, docs/benchmarks.md). A plain HTTP server on 127.0.0.1,
 * which Chromium reaches for APP_URL's host through --host-resolver-rules, serves the same files with
 * the same CSP, the same startup figure through main's server, and the bridge's large results; every
 * other host resolves to nothing, so nothing leaves the machine.
 */
export const startAppServer = async () => {
  let mounted: Mount | null = null;
  const send = (res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain') => {
    res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
    res.end(body);
  };
  const server = createServer((req, res) => {
    void (async () => {
      const m = mounted;
      const url = `${APP_URL}${req.url ?? '/'}`;
      if (m === null || req.headers.host !== new URL(APP_URL).host) return send(res, 404, 'Not found');
      const pathname = new URL(url).pathname;
      if (pathname.startsWith(`${IPC_RESULT_PATH}/`)) {
        const id = pathname.slice(IPC_RESULT_PATH.length + 1);
        const body = m.results.get(id);
        m.results.delete(id);
        return body === undefined ? send(res, 404, 'Not found') : send(res, 200, body, 'application/json');
      }
      if (m.figure !== null && pathname === STARTUP_FIGURE_PATH) {
        const svg = await m.figure.svg();
        return svg === null ? send(res, 404, 'Not found') : send(res, 200, svg, mimeTypeOf('x.svg'));
      }
      const file = resolveAppFile(url, m.rootDir);
      if (file === null || !existsSync(file) || extname(file) === '') return send(res, 404, 'Not found');
      const isIndex = m.figure !== null && (pathname === '/' || pathname === '/index.html');
      return send(res, 200, isIndex ? await m.figure!.indexHtml(readFileSync(file, 'utf8')) : readFileSync(file), mimeTypeOf(file));
    })().catch(() => send(res, 500, 'Server error'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** Chromium switch: APP_URL's host to this server, every other host to nothing. */
    resolverRules: `--host-resolver-rules=MAP ${new URL(APP_URL).hostname} 127.0.0.1:${port}, MAP * ~NOTFOUND`,
    mount: (m: Mount) => void (mounted = m),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
