import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Dataset, Row } from '../src/shared/dataset';

/**
 * A synthetic dataset shaped like the report's (year × region × country × theme, two measures, a
 * source line per row), for the scale benchmark only: written into a temp copy of resources/, never
 * into the shipped catalog. Deterministic (seeded), so every run measures the same data.
 */
export const LARGE_ID = 'bench-generated-rows';
export const LARGE_TITLE = 'Benchmark: generated rows';

const REGIONS = ['GLOBAL', 'LAC', 'AFR', 'APAC', 'MENA', 'EUR'] as const;
const THEMES = [
  'Resettlement', 'Health assessments', 'Counter-trafficking', 'Border management', 'Assisted voluntary return',
  'Orientation abroad', 'Document verification', 'Visa application centres', 'Emergency response', 'Capacity building',
  'Migration research', 'Labour mobility', 'Diaspora engagement', 'Migrant health', 'Camp management', 'Shelter',
];
const COUNTRIES = Array.from({ length: 180 }, (_, i) => String.fromCharCode(65 + (i % 26), 65 + (Math.floor(i / 26) % 26), 65 + ((i * 7) % 26)));

/** mulberry32: a tiny seeded PRNG, so the data is identical from run to run. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export const generateLargeDataset = (rowCount: number, sourceLineCount: number): Dataset => {
  const rand = prng(2015);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const rows: Row[] = [];
  for (let i = 0; i < rowCount; i++) {
    const line = 1 + Math.floor(rand() * sourceLineCount);
    rows.push({
      id: `r${i}`,
      values: {
        year: 2000 + Math.floor(rand() * 16),
        region: pick(REGIONS),
        country: pick(COUNTRIES),
        theme: pick(THEMES),
        amount: Math.round(rand() * 1_000_000) / 100,
        people: Math.floor(rand() * 5000),
      },
      source: { line, quote: `generated row ${i}` },
    });
  }
  const label = (en: string) => ({ en, fr: en });
  return {
    id: LARGE_ID,
    title: { en: LARGE_TITLE, fr: 'Banc d’essai : lignes générées' },
    description: label(`${rowCount.toLocaleString('en-CA')} synthetic rows for the scale benchmark.`),
    section: { key: 'overview', title: label('Benchmark') },
    period: { from: '2000', to: '2015', label: label('2000 – 2015') },
    fields: [
      { key: 'year', label: label('Year'), type: 'year', role: 'dimension' },
      { key: 'region', label: label('Region'), type: 'region', role: 'dimension' },
      { key: 'country', label: label('Country code'), type: 'text', role: 'dimension' },
      { key: 'theme', label: label('Theme'), type: 'text', role: 'dimension' },
      { key: 'amount', label: label('Amount'), type: 'number', role: 'measure', unit: 'thousand CAD' },
      { key: 'people', label: label('People'), type: 'number', role: 'measure', unit: 'people' },
    ],
    rows,
    notes: [],
  };
};

/** Writes the dataset into `<resourcesDir>/datasets/` (a temp copy: see bench/lib/app.ts). */
export const writeLargeDataset = (resourcesDir: string, rowCount: number, sourceLineCount: number): string => {
  const file = join(resourcesDir, 'datasets', `${LARGE_ID}.json`);
  writeFileSync(file, JSON.stringify(generateLargeDataset(rowCount, sourceLineCount)));
  return file;
};

// `node --import tsx bench/generate-large-dataset.ts <resourcesDir> [rows]`, e.g. to look at the data.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, rows] = process.argv.slice(2);
  if (dir === undefined) throw new Error('usage: generate-large-dataset.ts <resourcesDir> [rows]');
  console.log(writeLargeDataset(dir, Number(rows ?? 100_000), 1000));
}
