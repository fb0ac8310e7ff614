import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** What ships starts from these entries (main, preload, renderer). */
const ROOT = resolve(import.meta.dirname, '../..');
// …and the modules the build itself wires in (entries and alias targets in electron.vite.config.ts,
// e.g. the outline worker and the stand-ins recharts is given).
const BUILD_WIRED = [...readFileSync(join(ROOT, 'electron.vite.config.ts'), 'utf8').matchAll(/resolve\('(src\/[^']+\.tsx?)'\)/g)].map((m) => m[1] as string);
const ENTRIES = ['src/main/index.ts', 'src/preload/index.ts', 'src/renderer/src/main.tsx', ...BUILD_WIRED];

const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const listSource = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSource(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [relative(ROOT, path)] : [];
  });

/** Relative imports of a file (type-only ones included: they make circles too), resolved to repo paths. */
const importsOf = (file: string): string[] => {
  const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles.flatMap(({ fileName }) => {
    if (!fileName.startsWith('.')) return [];
    const base = join(dirname(file), fileName.replace(/\?.*$/, ''));
    const hit = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => {
      try {
        return statSync(join(ROOT, c)).isFile();
      } catch {
        return false;
      }
    });
    return hit ? [hit] : [];
  });
};

const source = listSource(join(ROOT, 'src'));
const graph = new Map(source.map((f) => [f, importsOf(f)]));

describe('src/ holds only what ships', () => {
  it('every non-test module in src/ is reachable from an entry point (test support lives in tests/support)', () => {
    const seen = new Set<string>();
    const todo = [...ENTRIES];
    for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
      if (seen.has(f)) continue;
      seen.add(f);
      todo.push(...(graph.get(f) ?? importsOf(f)));
    }
    expect(source.filter((f) => !isTest(f) && !seen.has(f))).toEqual([]);
  });

  it('no import circles among the shipped modules', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      path.push(f);
      for (const next of graph.get(f) ?? []) {
        if (isTest(next)) continue;
        if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) visit(next);
      }
      path.pop();
      state.set(f, 'done');
    };
    for (const f of source) if (!isTest(f) && !state.has(f)) visit(f);
    expect(circles).toEqual([]);
  });
});
