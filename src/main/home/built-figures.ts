import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { KEY_NUMBERS, type KeyNumber } from '../../shared/home/key-numbers';
import type { Sketch } from '../../shared/home/sketch';
import type { HomeData } from '../../shared/ipc/home';

/**
 * The start screen's pictures and key numbers depend only on the bundled datasets, the world atlas and
 * this build's code, none of which change after packaging: the main build computes them once
 * (scripts/home-figures.ts) and writes them next to main's bundle, so main reads a file instead of
 * projecting the atlas while the other startup calls wait. The file names the bytes of every dataset
 * it was computed from; main uses it only for exactly those bytes.
 */
export const HOME_FIGURES_FILE = 'home-figures.json';

/** What the build writes. */
export type BuiltHomeFigures = {
  /** SHA-256 of each dataset file the figures were computed from (as LoadedCatalog.hashes). */
  datasets: Record<string, string>;
  home: HomeData;
};

const values = z.array(z.number());
const chartSketchSchema = z.union([
  z.strictObject({ kind: z.enum(['bar', 'column', 'line', 'pie', 'donut']), values }),
  z.strictObject({ kind: z.literal('stacked'), stacks: z.array(values) }),
  z.strictObject({ kind: z.literal('treemap'), nodes: z.array(z.strictObject({ value: z.number(), children: values })) }),
]);
const mapSketchSchema = z.strictObject({
  kind: z.literal('map'),
  width: z.number().positive(),
  height: z.number().positive(),
  sphere: z.string(),
  shapes: z.array(z.strictObject({ d: z.string(), shade: z.int().nonnegative().nullable() })),
  dots: z.array(z.strictObject({ cx: z.number(), cy: z.number(), r: z.number().nonnegative() })),
});
const sketchSchema: z.ZodType<Sketch> = z.union([chartSketchSchema, mapSketchSchema]);

const keyNumberIds = KEY_NUMBERS.map((k) => k.id) as [KeyNumber['id'], ...KeyNumber['id'][]];
const keyNumberSchema: z.ZodType<KeyNumber> = z.strictObject({
  id: z.enum(keyNumberIds),
  datasetId: z.string(),
  rowId: z.string(),
  value: z.number(),
  qualifier: z.string().nullable(),
  unit: z.string().nullable(),
  period: z.union([
    z.strictObject({ text: z.string() }),
    z.strictObject({ from: z.number().nullable(), to: z.number().nullable() }),
  ]),
  line: z.int().positive(),
});

export const builtHomeFiguresSchema: z.ZodType<BuiltHomeFigures> = z.strictObject({
  datasets: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
  home: z.strictObject({ sketches: z.record(z.string(), sketchSchema), numbers: z.array(keyNumberSchema) }),
});

const sameHashes = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/**
 * The build's figures when `file` holds valid ones computed from exactly the datasets main loaded;
 * otherwise why not (main then computes them, as before the build step existed).
 */
export const readBuiltHomeFigures = async (
  file: string,
  datasetHashes: Readonly<Record<string, string>>,
): Promise<{ home: HomeData } | { problem: string }> => {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    return { problem: `${file} unreadable: ${e instanceof Error ? e.message : String(e)}` };
  }
  const parsed = builtHomeFiguresSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `${file} invalid: ${issue ? `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` : 'unknown'}` };
  }
  if (!sameHashes(parsed.data.datasets, datasetHashes)) return { problem: `${file} was computed from other datasets than the bundled ones` };
  return { home: parsed.data.home };
};
