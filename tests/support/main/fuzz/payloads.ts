import fc from 'fast-check';
import type { z } from 'zod';
import { arbitraryFor } from './schema-arbitrary';

/** Keys that reach an object's prototype when a parser or a spread is careless. */
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** A JSON object whose own `__proto__` key is real data (what JSON.parse or structured clone yields). */
export const pollutedObject = (inner: Record<string, unknown>, key: string = '__proto__'): Record<string, unknown> =>
  JSON.parse(
    `{${JSON.stringify(key)}: {"polluted": true, "isAdmin": true}, ${JSON.stringify(inner).slice(1)}`.replace(/, }$/, '}'),
  ) as Record<string, unknown>;

// Built once: big inputs are about size limits, not variety. Each is far above every limit of the
// contract (names ≤ 100 chars, lists ≤ 1,000 items) while keeping 10,000 calls per channel fast.
const HUGE_STRING = 'x'.repeat(256 * 1024);
const HUGE_ARRAY: string[] = Array.from({ length: 50_000 }, (_, i) => `id-${i}`);
const deeplyNested = (depth: number): unknown => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
};
const DEEP = deeplyNested(5_000);

const hugeValues = fc.constantFrom<unknown>(
  HUGE_STRING,
  HUGE_ARRAY,
  DEEP,
  { ids: HUGE_ARRAY },
  { id: HUGE_STRING, name: HUGE_STRING },
);

const strangeLeaves = fc.constantFrom<unknown>(
  NaN,
  Infinity,
  -Infinity,
  -0,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  0.5,
  '',
  ' ',
  '\u0000',
  '\u202e',
  '../../etc/passwd',
  'a'.repeat(10_000),
  true,
  null,
  undefined,
  [],
  {},
  new Uint8Array(3),
  HUGE_STRING,
);

const keyArb = fc.oneof(
  fc.constantFrom(...POLLUTION_KEYS, 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'),
  fc.string({ maxLength: 8 }),
);

/** Arbitrary JSON-ish values, with prototype keys and odd leaves mixed in. */
export const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    key: keyArb,
    maxDepth: 2,
    withNullPrototype: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
  }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(keyArb, fc.jsonValue({ maxDepth: 2 })).map((o) => pollutedObject(o)),
  strangeLeaves,
);

type Path = (string | number)[];
const pathsOf = (v: unknown, prefix: Path = [], out: Path[] = []): Path[] => {
  out.push(prefix);
  if (prefix.length < 6 && v !== null && typeof v === 'object' && !ArrayBuffer.isView(v))
    for (const [k, child] of Object.entries(v)) pathsOf(child, [...prefix, Array.isArray(v) ? Number(k) : k], out);
  return out;
};
const parentAt = (root: unknown, path: Path): Record<string | number, unknown> | null => {
  let node: unknown = root;
  for (const k of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[k];
  return node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>) : null;
};

type Mutation = 'replace' | 'delete' | 'extra-key' | 'pollute' | 'wrap' | 'huge-leaf';
const mutations = fc.constantFrom<Mutation>('replace', 'delete', 'extra-key', 'pollute', 'wrap', 'huge-leaf');

/** Changes one spot of a (usually valid) value: the near-misses a validator must still catch. */
const mutateOnce = (base: unknown, pick: number, op: Mutation, replacement: unknown, key: string): unknown => {
  const root: unknown = structuredClone(base);
  const paths = pathsOf(root);
  const path = paths[pick % paths.length] ?? [];
  const last = path[path.length - 1];
  const parent = parentAt(root, path);
  const target: unknown = path.length === 0 ? root : parent?.[last ?? ''];
  switch (op) {
    case 'wrap':
      return [root];
    case 'delete':
      if (parent && last !== undefined) delete parent[last];
      return path.length === 0 ? undefined : root;
    case 'extra-key':
    case 'pollute': {
      const obj = target !== null && typeof target === 'object' ? (target as Record<string, unknown>) : null;
      if (!obj) return pollutedObject({ value: root as never });
      if (op === 'pollute')
        Object.defineProperty(obj, POLLUTION_KEYS[pick % 3] ?? '__proto__', { value: { polluted: true }, enumerable: true });
      // An array's extra key is an extra item: a random key could be `length`, which throws on most values.
      else if (Array.isArray(obj)) obj.push(replacement);
      else obj[key] = replacement;
      return root;
    }
    case 'replace':
    case 'huge-leaf': {
      const value = op === 'huge-leaf' ? HUGE_STRING : replacement;
      if (path.length === 0) return value;
      if (parent && last !== undefined) parent[last] = value;
      return root;
    }
  }
};

/**
 * A generator must never throw: some spots refuse a value (a typed array's getter-only `length`,
 * a BigInt written into a Uint8Array). Those fall back to the `wrap` mutation, which is always a miss.
 */
const mutate = (base: unknown, pick: number, op: Mutation, replacement: unknown, key: string): unknown => {
  try {
    return mutateOnce(base, pick, op, replacement, key);
  } catch {
    return [structuredClone(base)];
  }
};

export type PayloadKind = 'derived' | 'near-valid' | 'jsonish' | 'huge';
export type Payload = { kind: PayloadKind; payload: unknown };

/**
 * The fuzz mix for one channel: derived from its schema, mutated near-misses, random JSON-ish, huge.
 * Mutations start from a pool of pre-generated valid values: generating a fresh base for each of
 * them would double the cost of a run for no extra variety.
 */
export const payloadsFor = (schema: z.ZodType, known: readonly string[] = []): fc.Arbitrary<Payload> => {
  const derived = arbitraryFor(schema, known);
  const valid = fc.sample(derived, { numRuns: 400 }).filter((p) => schema.safeParse(p).success);
  const bases = valid.length > 0 ? fc.constantFrom(...valid) : derived;
  return fc.oneof(
    { weight: 3, arbitrary: derived.map((payload): Payload => ({ kind: 'derived', payload })) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          bases,
          fc.nat(),
          mutations,
          fc.oneof({ weight: 3, arbitrary: strangeLeaves }, { weight: 1, arbitrary: jsonish }),
          keyArb,
        )
        .map(([base, pick, op, replacement, key]): Payload => ({
          kind: 'near-valid',
          payload: mutate(base, pick, op, replacement, key),
        })),
    },
    { weight: 2, arbitrary: jsonish.map((payload): Payload => ({ kind: 'jsonish', payload })) },
    { weight: 1, arbitrary: hugeValues.map((payload): Payload => ({ kind: 'huge', payload })) },
  );
};
