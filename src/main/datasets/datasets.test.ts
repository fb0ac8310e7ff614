import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codesOf } from '../../shared/country-table';
import { describe, expect, it } from 'vitest';
import { datasetSchema, regionCodeSchema, type Dataset, type Field } from '../../shared/dataset';
import { catalog, DATASETS_DIR, datasets, getDataset, rawLine } from '../../../tests/support/main/datasets';

/** Ids the UI and other tests rely on; keep them stable. */
const EXPECTED_IDS = [
  'contributions-by-theme', 'contributions-by-agency', 'contributions-by-region',
  'assisted-movements-by-year', 'assisted-movements-totals', 'assisted-movements-by-age',
  'humanitarian-initiatives', 'health-assessments', 'health-programme-facts', 'counter-trafficking',
  'border-management', 'orientation-abroad', 'document-verification', 'visa-application-centres',
  'assisted-voluntary-return', 'key-figures', 'timeline', 'country-engagements', 'country-regions',
];
const files = readdirSync(DATASETS_DIR).filter((f) => f.endsWith('.json'));
const byType = (ds: Dataset, type: Field['type']) => ds.fields.filter((f) => f.type === type).map((f) => f.key);
const valuesOfType = (type: Field['type']) =>
  datasets.flatMap((ds) => ds.rows.flatMap((r) => byType(ds, type).map((k) => ({ where: `${ds.id}/${r.id}.${k}`, v: r.values[k] }))));

describe('bundled datasets', () => {
  it('all load and validate, one per file, with unique ids matching their file names', () => {
    expect(catalog.summaries.filter((s) => s.status !== 'ok')).toEqual([]);
    expect(datasets).toHaveLength(files.length);
    for (const file of files) {
      const parsed = datasetSchema.parse(JSON.parse(readFileSync(join(DATASETS_DIR, file), 'utf8')));
      expect(`${parsed.id}.json`).toBe(file);
    }
    expect(new Set(datasets.map((d) => d.id)).size).toBe(datasets.length);
  });

  it('include every dataset the app expects, each with rows and French titles', () => {
    expect(datasets.map((d) => d.id).sort()).toEqual([...EXPECTED_IDS].sort());
    for (const ds of datasets) {
      expect(ds.rows.length, ds.id).toBeGreaterThan(0);
      expect(ds.title.fr, ds.id).not.toBe(ds.title.en);
      expect(ds.description.fr, ds.id).not.toBe(ds.description.en);
    }
  });

  it('every iso3 value is a valid ISO 3166-1 alpha-3 code', () => {
    const bad = valuesOfType('iso3').filter(({ v }) => v !== null && !(typeof v === 'string' && /^[A-Z]{3}$/.test(v) && codesOf(v) !== undefined));
    expect(bad).toEqual([]);
    expect(valuesOfType('iso3').filter(({ v }) => v !== null).length).toBeGreaterThan(100);
  });

  it('every region value is a known report region code', () => {
    const bad = valuesOfType('region').filter(({ v }) => v !== null && !regionCodeSchema.safeParse(v).success);
    expect(bad).toEqual([]);
  });

  it('every cell matches its field type', () => {
    const ok: Record<Field['type'], (v: unknown) => boolean> = {
      text: (v) => typeof v === 'string' && v.length > 0,
      number: (v) => typeof v === 'number' && Number.isFinite(v),
      year: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100,
      date: (v) => typeof v === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v),
      iso3: (v) => typeof v === 'string',
      region: (v) => typeof v === 'string',
      list: (v) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x.length > 0),
    };
    const bad = datasets.flatMap((ds) =>
      ds.rows.flatMap((r) => ds.fields.filter((f) => r.values[f.key] != null && !ok[f.type](r.values[f.key])).map((f) => `${ds.id}/${r.id}.${f.key}`)),
    );
    expect(bad).toEqual([]);
  });

  it('every citation quotes its line verbatim and names known fields', () => {
    const bad = datasets.flatMap((ds) =>
      ds.rows.flatMap((r) => {
        const keys = new Set(ds.fields.map((f) => f.key));
        const refs = [['(row)', r.source] as const, ...Object.entries(r.fieldSources ?? {})];
        return refs
          .filter(([k, ref]) => (k !== '(row)' && !keys.has(k)) || !rawLine(ref.line).includes(ref.quote))
          .map(([k, ref]) => `${ds.id}/${r.id} ${k} @${ref.line}: ${ref.quote}`);
      }),
    );
    expect(bad).toEqual([]);
  });

  it('pie-chart pairings and uncertain decodings are flagged', () => {
    for (const id of ['contributions-by-theme', 'contributions-by-agency', 'contributions-by-region', 'assisted-movements-by-age'])
      expect(getDataset(id).notes.some((n) => n.kind === 'inferred-pairing'), id).toBe(true);
    const uncertain = getDataset('humanitarian-initiatives').notes.filter((n) => n.kind === 'uncertain-decoding').flatMap((n) => n.rows);
    expect(uncertain.sort()).toEqual(['moz', 'ssd', 'syr', 'ukr']);
  });
});

describe('country-regions', () => {
  const table = getDataset('country-regions');
  it('lists every country used in any dataset, once', () => {
    const used = new Set(
      datasets.filter((d) => d.id !== table.id).flatMap((d) => valuesOfTypeIn(d)).filter((v): v is string => typeof v === 'string'),
    );
    const listed = table.rows.map((r) => r.values.iso3);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...used].sort());
  });
  it("marks every region the report does not state as the app's assignment", () => {
    const appRows = table.rows.filter((r) => r.values.assignedBy === 'app').map((r) => r.id);
    const noted = table.notes.filter((n) => n.kind === 'definition').flatMap((n) => n.rows);
    expect(appRows.length).toBeGreaterThan(0);
    expect(appRows.filter((id) => !noted.includes(id))).toEqual([]);
    expect(table.rows.every((r) => r.values.assignedBy === 'app' || r.values.assignedBy === 'report')).toBe(true);
  });
});

function valuesOfTypeIn(ds: Dataset): unknown[] {
  return ds.rows.flatMap((r) => byType(ds, 'iso3').map((k) => r.values[k]));
}
