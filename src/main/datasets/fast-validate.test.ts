import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { datasetSchema } from '../../shared/dataset';
import { isCertainlyValidDataset } from './fast-validate';

const dir = resolve(import.meta.dirname, '../../../resources/datasets');
const bundled = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

const pathsOf = (v: unknown, at: Path = [], out: Path[] = []): Path[] => {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...at, i], out));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) pathsOf(x, [...at, k], out);
  return out;
};

type Mutation = { kind: 'replace'; value: Json } | { kind: 'delete' } | { kind: 'add-key'; key: string; value: Json } | { kind: 'duplicate' };

/** Applies one mutation at `path` to a deep copy (the root itself can be replaced). */
const mutate = (original: unknown, path: Path, m: Mutation): unknown => {
  const root = structuredClone(original) as Json;
  if (path.length === 0) return m.kind === 'replace' ? m.value : root;
  let parent: Json = root;
  for (const seg of path.slice(0, -1)) {
    // An earlier mutation may have removed or replaced part of the path: leave the value as it is.
    if (typeof parent !== 'object' || parent === null) return root;
    parent = (parent as Record<string | number, Json>)[seg] as Json;
  }
  if (typeof parent !== 'object' || parent === null) return root;
  const last = path[path.length - 1] as string | number;
  const container = parent as Record<string | number, Json>;
  const target = container[last];
  if (m.kind === 'replace') container[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else delete container[last];
  } else if (m.kind === 'add-key') {
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, Json>)[m.key] = m.value;
  } else if (Array.isArray(parent) && typeof last === 'number') parent.push(structuredClone(target) as Json);
  return root;
};

const tricky = fc.constantFrom<Json>('', 'x', 'a-b', 'map-font', 'measure', 'overview', 'number', 0, -1, 1.5, 2 ** 60, null, true, [], {}, ['x'], [1]);
const json = fc.oneof(tricky, fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: json }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('add-key' as const), key: fc.oneof(fc.constantFrom('unit', 'encoding', 'fieldSources', 'extra', '__proto__'), fc.string()), value: json }),
  fc.constant({ kind: 'duplicate' as const }),
);

describe('isCertainlyValidDataset', () => {
  it('accepts every bundled dataset that zod accepts, with the same value zod returns', () => {
    for (const raw of bundled) {
      const parsed = datasetSchema.safeParse(raw);
      if (!parsed.success) continue;
      expect(isCertainlyValidDataset(raw)).toBe(true);
      expect(parsed.data).toEqual(raw);
    }
  });

  it('never accepts a mutated dataset that zod rejects', () => {
    const sources = bundled.filter((raw) => datasetSchema.safeParse(raw).success);
    expect(sources.length).toBeGreaterThan(0);
    const all = sources.map((raw) => ({ raw, paths: pathsOf(raw) }));
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (which, where, mutations) => {
        const { raw, paths } = all[which % all.length] as (typeof all)[number];
        let value: unknown = raw;
        mutations.forEach((m, i) => {
          value = mutate(value, paths[(where + i * 7919) % paths.length] as Path, m);
        });
        if (isCertainlyValidDataset(value)) expect(datasetSchema.safeParse(value).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never accepts arbitrary values that zod rejects', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        if (isCertainlyValidDataset(v)) expect(datasetSchema.safeParse(v).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
