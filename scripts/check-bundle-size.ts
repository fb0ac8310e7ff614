import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Budget check for the built renderer (run after `npm run build`): gzip sizes of the JavaScript the
 * first screen loads and of all of it, map geometry (world-atlas topologies) excluded: geometry must
 * sit in lazy chunks. Prints every chunk; exits 1 over budget or when geometry loads eagerly.
 * The bench (bench/metrics/bundle.ts) reuses `analyzeBundle`, so both report the same numbers.
 */
export const FIRST_SCREEN_BUDGET = 220_000;
export const TOTAL_BUDGET = 300_000;

export type Chunk = {
  /** Path relative to the renderer folder, e.g. `assets/index-abc.js`. */
  file: string;
  gzip: number;
  /** Loaded by index.html (entry or modulepreload) or statically imported from such a chunk. */
  firstScreen: boolean;
  /** Holds a world-atlas TopoJSON topology (excluded from the budgets, must be lazy). */
  geometry: boolean;
  /** Chunks that `import … from` this one (a lazy chunk has none: only `import()` reaches it). */
  staticImporters: string[];
};

export type BundleReport = { chunks: Chunk[]; firstScreenGzip: number; totalGzip: number; geometryGzip: number };

const listJs = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listJs(path);
    return /\.m?js$/.test(name) ? [path] : [];
  });

// Static `import … from "x"`, `import "x"` and `export … from "x"` (ESM specifiers are always quoted,
// never backticks); `import("x")` does not match because no parenthesis may precede the quote.
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;
// A TopoJSON object literal, whether the JSON was inlined as code or kept as a JSON.parse string.
const TOPOLOGY = /["'`]?type["'`]?\s*:\s*["'`]Topology["'`]/;

const staticImportsOf = (file: string, code: string): string[] =>
  [...code.matchAll(STATIC_IMPORT)].flatMap((m) => (m[1]?.startsWith('.') ? [resolve(dirname(file), m[1])] : []));

const htmlEntries = (dir: string): string[] => {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const tags = [...html.matchAll(/<(script|link)\b[^>]*>/g)].map((m) => m[0]);
  return tags.flatMap((tag) => {
    const isModule = tag.startsWith('<script') && /type=["']module["']/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel=["']modulepreload["']/.test(tag);
    const url = /(?:src|href)=["']([^"']+)["']/.exec(tag)?.[1];
    return (isModule || isPreload) && url ? [resolve(dir, url.replace(/^\//, ''))] : [];
  });
};

export const analyzeBundle = (dir: string): BundleReport => {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: run \`npm run build\` first.`);
  const files = listJs(dir);
  const code = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
  const imports = new Map(files.map((f) => [f, staticImportsOf(f, code.get(f) ?? '')]));
  const firstScreen = new Set<string>();
  const queue = htmlEntries(dir);
  while (queue.length > 0) {
    const f = queue.pop() as string;
    if (firstScreen.has(f) || !code.has(f)) continue;
    firstScreen.add(f);
    queue.push(...(imports.get(f) ?? []));
  }
  const chunks = files.map((f): Chunk => {
    const text = code.get(f) ?? '';
    return {
      file: relative(dir, f),
      gzip: gzipSync(text).length,
      firstScreen: firstScreen.has(f),
      geometry: TOPOLOGY.test(text),
      staticImporters: files.filter((g) => imports.get(g)?.includes(f)).map((g) => relative(dir, g)),
    };
  });
  const sum = (cs: Chunk[]) => cs.reduce((n, c) => n + c.gzip, 0);
  return {
    chunks,
    firstScreenGzip: sum(chunks.filter((c) => c.firstScreen && !c.geometry)),
    totalGzip: sum(chunks.filter((c) => !c.geometry)),
    geometryGzip: sum(chunks.filter((c) => c.geometry)),
  };
};

export const formatKb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

export const bundleProblems = (report: BundleReport): string[] => {
  const problems: string[] = [];
  if (report.firstScreenGzip > FIRST_SCREEN_BUDGET)
    problems.push(`first screen is ${formatKb(report.firstScreenGzip)}, over the ${formatKb(FIRST_SCREEN_BUDGET)} budget`);
  if (report.totalGzip > TOTAL_BUDGET) problems.push(`all JavaScript is ${formatKb(report.totalGzip)}, over the ${formatKb(TOTAL_BUDGET)} budget`);
  for (const c of report.chunks) {
    if (c.geometry && c.firstScreen) problems.push(`${c.file} holds map geometry but loads with the first screen`);
    else if (c.geometry && c.staticImporters.length > 0)
      problems.push(`${c.file} holds map geometry but is statically imported by ${c.staticImporters.join(', ')} (must be lazy)`);
  }
  return problems;
};

const main = () => {
  const report = analyzeBundle(resolve(process.argv[2] ?? 'out/renderer'));
  for (const c of [...report.chunks].sort((a, b) => b.gzip - a.gzip)) {
    const tag = c.geometry ? 'map geometry (excluded)' : c.firstScreen ? 'first screen' : 'lazy';
    console.log(`${formatKb(c.gzip).padStart(10)}  ${tag.padEnd(24)} ${c.file}`);
  }
  console.log(`first screen: ${formatKb(report.firstScreenGzip)} gzip (budget ${formatKb(FIRST_SCREEN_BUDGET)})`);
  console.log(`all JavaScript, geometry excluded: ${formatKb(report.totalGzip)} gzip (budget ${formatKb(TOTAL_BUDGET)})`);
  console.log(`map geometry, lazy: ${formatKb(report.geometryGzip)} gzip`);
  const problems = bundleProblems(report);
  for (const p of problems) console.error(`✗ ${p}`);
  if (problems.length > 0) process.exitCode = 1;
  else console.log('✓ renderer bundle within budget');
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
