import type { Dataset, Field, Row } from '../../../src/shared/dataset';

/** Small datasets shaped like the bundled ones, for tests of the view functions and the renderer. */

const src = (line: number) => ({ line, quote: `line ${line}` });
const label = (en: string, fr = en) => ({ en, fr });
const field = (key: string, type: Field['type'], role: Field['role'], unit?: string): Field => ({
  key,
  label: label(key[0]?.toUpperCase() + key.slice(1)),
  type,
  role,
  ...(unit ? { unit } : {}),
});

const base = (id: string, fields: Field[], rows: Row[], notes: Dataset['notes'] = []): Dataset => ({
  id,
  title: label(`Title of ${id}`, `Titre de ${id}`),
  description: label(`About ${id}`),
  section: { key: 'overview', title: label('Overview', 'Aperçu') },
  period: { from: '2010', to: '2015', label: label('2010–2015') },
  fields,
  rows,
  notes,
});

export const themes = (): Dataset =>
  base(
    'themes',
    [
      field('level', 'number', 'dimension'),
      field('parent', 'text', 'dimension'),
      field('name', 'text', 'dimension'),
      field('nameFr', 'text', 'dimension'),
      field('amount', 'number', 'measure', 'million CAD'),
    ],
    [
      {
        id: 'a',
        values: { level: 1, parent: null, name: 'Saving lives', nameFr: 'Sauver des vies', amount: 101.8 },
        source: src(65),
      },
      {
        id: 'b',
        values: { level: 1, parent: null, name: 'Orderly migration', nameFr: 'Migration ordonnée', amount: 95.8 },
        source: src(61),
      },
      { id: 'a1', values: { level: 2, parent: 'a', name: 'Relief', nameFr: 'Secours', amount: 43.8 }, source: src(66) },
      { id: 'a2', values: { level: 2, parent: 'a', name: 'Recovery', nameFr: 'Relèvement', amount: 58 }, source: src(67) },
      {
        id: 'b1',
        values: { level: 2, parent: 'b', name: 'Resettlement', nameFr: 'Réinstallation', amount: 95.8 },
        source: src(68),
      },
    ],
    [
      {
        id: 'n1',
        severity: 'warning',
        kind: 'inferred-pairing',
        text: label('Paired by arithmetic', 'Apparié'),
        rows: ['a', 'b'],
        fields: ['amount'],
      },
    ],
  );

export const health = (): Dataset =>
  base(
    'health',
    [
      field('country', 'text', 'dimension'),
      field('iso3', 'iso3', 'dimension'),
      field('assessments', 'number', 'measure', 'people'),
    ],
    [
      {
        id: 'pak',
        values: { country: 'Pakistan', iso3: 'PAK', assessments: 47294 },
        source: { line: 973, quote: 'Pakistan 47,294' },
      },
      {
        id: 'ukr',
        values: { country: 'Ukraine', iso3: 'UKR', assessments: 35954 },
        source: { line: 974, quote: 'Ukraine 35,954' },
      },
      {
        id: 'phl',
        values: { country: 'Philippines', iso3: 'PHL', assessments: 25636 },
        source: { line: 975, quote: 'Philippines 25,636' },
      },
      { id: 'ken', values: { country: 'Kenya', iso3: 'KEN', assessments: 10936 }, source: { line: 980, quote: 'Kenya 10,936' } },
    ],
  );

export const movements = (): Dataset =>
  base(
    'movements',
    [
      field('year', 'year', 'dimension'),
      field('category', 'text', 'dimension'),
      field('people', 'number', 'measure', 'people'),
      field('share', 'number', 'measure', '%'),
    ],
    [2010, 2011, 2012].flatMap((year, i) => [
      {
        id: `${year}-gar`,
        values: { year, category: 'Government-assisted', people: 1000 + i * 100, share: 60 },
        source: src(895 + i),
      },
      {
        id: `${year}-pr`,
        values: { year, category: 'Privately sponsored', people: 500 + i * 10, share: 40 },
        source: src(895 + i),
      },
    ]),
  );

export const regions = (): Dataset =>
  base(
    'regions',
    [
      field('region', 'region', 'dimension'),
      field('name', 'text', 'dimension'),
      field('amount', 'number', 'measure', 'million CAD'),
    ],
    [
      { id: 'lac', values: { region: 'LAC', name: 'Latin America', amount: 58.2 }, source: src(187) },
      { id: 'afr', values: { region: 'AFR', name: 'Africa', amount: 39 }, source: src(189) },
    ],
  );

export const countryRegions = (): Dataset =>
  base(
    'country-regions',
    [field('iso3', 'iso3', 'dimension'), field('region', 'region', 'dimension')],
    [
      { id: 'hti', values: { iso3: 'HTI', region: 'LAC' }, source: src(1) },
      { id: 'col', values: { iso3: 'COL', region: 'LAC' }, source: src(1) },
      { id: 'ken', values: { iso3: 'KEN', region: 'AFR' }, source: src(1) },
    ],
  );

/** A large dataset for virtualization and downsampling checks. */
export const large = (n: number): Dataset =>
  base(
    'large',
    [field('day', 'year', 'dimension'), field('label', 'text', 'dimension'), field('value', 'number', 'measure', 'people')],
    Array.from({ length: n }, (_, i) => ({
      id: `r${i}`,
      values: { day: 1000 + i, label: `Row ${i}`, value: (i * 7919) % 1000 },
      source: src(1),
    })),
  );
