import fc from 'fast-check';
import { z } from 'zod';

/**
 * Derives a fast-check arbitrary from a zod schema, through zod's own JSON Schema output (a
 * documented, stable description, unlike zod internals). It aims at *mostly valid* values so fuzz
 * mutations start close to what handlers accept; refinements are ignored, callers re-check with
 * `safeParse`. Unknown constructs fall back to "anything", which is still a useful fuzz input.
 */
type JsonSchema = {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

/** Keeps generated strings and arrays small: fuzzing wants many calls, not big ones (huge ones come separately). */
const SOFT_MAX = 12;

const stringFor = (s: JsonSchema): fc.Arbitrary<string> => {
  if (s.format === 'uuid') return fc.uuid();
  if (s.format === 'date-time')
    return fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString());
  const minLength = s.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(s.maxLength ?? SOFT_MAX, minLength + SOFT_MAX));
  if (s.pattern !== undefined)
    return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length >= minLength && v.length <= (s.maxLength ?? Infinity));
  return fc.string({
    minLength,
    maxLength,
    unit: fc.oneof(fc.constantFrom('a', 'b', '-', ' ', 'é'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  });
};

const numberFor = (s: JsonSchema, integer: boolean): fc.Arbitrary<number> => {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1e-9 : -1e6);
  const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1e-9 : 1e6);
  if (integer) {
    const lo = Math.ceil(min);
    // Bias towards the low bound: ranges such as `from ≤ to ≤ from + 200` are then often valid.
    return fc.oneof(
      fc.integer({ min: lo, max: Math.floor(max) }),
      fc.integer({ min: lo, max: Math.min(Math.floor(max), lo + 50) }),
    );
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
};

const fromJson = (s: JsonSchema, known: readonly string[]): fc.Arbitrary<unknown> => {
  const sub = (child: JsonSchema) => fromJson(child, known);
  if ('const' in s) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map(sub));
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((type) => sub({ ...s, type })));
  switch (s.type) {
    case 'string': {
      // Strings the app already holds (ids of saved views, dataset ids…) reach the success paths.
      const fitting = known.filter((k) => k.length >= (s.minLength ?? 0) && k.length <= (s.maxLength ?? Infinity));
      return fitting.length ? fc.oneof(stringFor(s), fc.constantFrom(...fitting)) : stringFor(s);
    }
    case 'integer':
      return numberFor(s, true);
    case 'number':
      return numberFor(s, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (s.prefixItems) return fc.tuple(...s.prefixItems.map(sub));
      const item = s.items === undefined || s.items === false ? fc.anything() : sub(s.items);
      const minLength = s.minItems ?? 0;
      return fc.array(item, { minLength, maxLength: Math.max(minLength, Math.min(s.maxItems ?? 4, minLength + 4)) });
    }
    case 'object': {
      const props = s.properties ?? {};
      const required = new Set(s.required ?? []);
      const requiredKeys = Object.keys(props).filter((k) => required.has(k));
      return fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, sub(v)])), { requiredKeys });
    }
    default:
      // `{}`: zod could not describe it (e.g. a Uint8Array or a custom check). Try bytes as well.
      return fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.anything());
  }
};

/** `known`: strings to mix into string positions, e.g. ids the app under test already holds. */
export const arbitraryFor = (schema: z.ZodType, known: readonly string[] = []): fc.Arbitrary<unknown> => {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const derived = fromJson(json, known);
  // `z.undefined()` becomes `{}`: the only valid call is the one without an argument.
  return schema.safeParse(undefined).success ? fc.oneof(fc.constant(undefined), derived) : derived;
};
