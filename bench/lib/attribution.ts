import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import type { Attribute } from './trace-summary';

/** What a source file of the bundle belongs to: an npm package (grouped where one job spans several) or our code. */
export const ownerOf = (source: string): string => {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1];
  if (pkg !== undefined) {
    if (pkg === 'react' || pkg === 'react-dom' || pkg === 'scheduler') return 'react-dom (render, commit, hooks)';
    if (pkg === 'i18next' || pkg === 'react-i18next') return 'i18next';
    if (pkg.startsWith('d3-') || pkg === 'victory-vendor' || pkg === 'internmap') return 'd3';
    return pkg;
  }
  const feature = /src\/renderer\/src\/features\/([^/]+)\//.exec(source)?.[1];
  if (feature !== undefined) return `app: ${feature}`;
  if (source.includes('src/shared/')) return 'app: shared';
  if (source.includes('src/renderer/')) return 'app: shell';
  return source;
};

/**
 * Attributes a sampled frame (a URL under `baseUrl`, 0-based line and column as the profiler gives them)
 * through the chunk's source map in `rendererDir` (a build with hidden source maps). Without a map the
 * chunk's file name is all that is known.
 */
export const sourceMapAttribution = (rendererDir: string, baseUrl: string): Attribute => {
  const consumers = new Map<string, SourceMapConsumer | null>();
  return (url, line, column) => {
    if (!url.startsWith(baseUrl)) return url.startsWith('http') || url.startsWith('file') ? url : `(harness) ${url || 'injected script'}`;
    const file = url.slice(baseUrl.length).replace(/^\//, '').split('?')[0]!;
    if (!consumers.has(file)) {
      const map = join(rendererDir, `${file}.map`);
      consumers.set(file, existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8')) as RawSourceMap) : null);
    }
    const source = consumers.get(file)?.originalPositionFor({ line: line + 1, column }).source;
    return source ? ownerOf(source) : `chunk ${file.split('/').pop()}`;
  };
};
