import fc from 'fast-check';
import { join } from 'node:path';
import { buildViewFile, type CatalogFields } from '../../../../src/shared/view-file';
import { defaultViewState } from '../../../../src/shared/default-view-state';
import { type Filter, type ViewState } from '../../../../src/shared/view-state';
import { loadDatasets } from '../../../../src/main/datasets/loader';
import { resourcesDir } from './app';
import { POLLUTION_KEYS } from './payloads';
import { viewNameArb } from './views-fixture';

/** The bundled catalog, as the importer sees it: dataset id → field keys. */
export const bundledCatalog = (): CatalogFields => {
  const { datasets } = loadDatasets(join(resourcesDir, 'datasets'));
  return new Map([...datasets].map(([id, ds]) => [id, new Set(ds.fields.map((f) => f.key))]));
};

/** View states that are valid *for this catalog* (fields that exist), so files built from them import. */
export const catalogViewStateArb = (catalog: CatalogFields): fc.Arbitrary<ViewState> => {
  const entries = [...catalog].map(([id, fields]) => [id, [...fields]] as const).filter(([, f]) => f.length > 0);
  return fc.constantFrom(...entries).chain(([datasetId, fields]) => {
    const field = fc.constantFrom(...fields);
    const filter: fc.Arbitrary<Filter> = fc.oneof(
      fc.record({
        kind: fc.constant('values' as const),
        field,
        values: fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
      }),
      fc.record({
        kind: fc.constant('range' as const),
        field,
        min: fc.option(fc.integer(), { nil: null }),
        max: fc.option(fc.integer(), { nil: null }),
      }),
    );
    return fc
      .record({
        tab: fc.constantFrom('table', 'chart', 'map') satisfies fc.Arbitrary<ViewState['tab']>,
        filters: fc.array(filter, { maxLength: 3 }),
        sort: fc.option(fc.record({ field, dir: fc.constantFrom('asc', 'desc') satisfies fc.Arbitrary<'asc' | 'desc'> }), {
          nil: null,
        }),
        search: fc.string({ maxLength: 20 }),
        measure: fc.option(field, { nil: null }),
        zoom: fc.integer({ min: 1, max: 32 }),
        selectedRowId: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
      })
      .map(({ tab, filters, sort, search, measure, zoom, selectedRowId }): ViewState => {
        const base = defaultViewState(datasetId);
        return {
          ...base,
          tab,
          filters,
          sort,
          search,
          selectedRowId,
          chart: { ...base.chart, measure },
          map: { ...base.map, zoom },
        };
      });
  });
};

/** 1–8 views with names unique case-insensitively, as a store (and so an export) would hold them. */
export const viewSetArb = (catalog: CatalogFields) =>
  fc.uniqueArray(fc.record({ name: viewNameArb, state: catalogViewStateArb(catalog) }), {
    minLength: 1,
    maxLength: 8,
    selector: (v) => v.name.toLocaleLowerCase(),
  });

export const viewFileText = (views: readonly { name: string; state: ViewState }[]) =>
  `${JSON.stringify(buildViewFile(views, '1.0.0', '2026-11-25T10:00:00.000Z'), null, 2)}\n`;

export type ImportInput = { kind: string; bytes: Uint8Array };
const utf8 = (kind: string, text: string): ImportInput => ({ kind, bytes: Buffer.from(text, 'utf8') });

/** Changes one thing in a valid file's text: what a damaged or hand-edited (or hostile) file looks like. */
const damage = (text: string, at: number, how: number, junk: string): ImportInput => {
  const i = at % Math.max(1, text.length);
  switch (how % 9) {
    case 0:
      return utf8('truncated', text.slice(0, i));
    case 1:
      return utf8('char-flipped', text.slice(0, i) + junk.slice(0, 1) + text.slice(i + 1));
    case 2:
      return utf8(
        'pollution-key',
        text.replace('"views"', `"${POLLUTION_KEYS[at % 3] ?? '__proto__'}": {"polluted": true}, "views"`),
      );
    case 3:
      return utf8(
        'state-pollution',
        text.replace('"state": {', `"state": {"${POLLUTION_KEYS[at % 3] ?? '__proto__'}": {"polluted": true}, `),
      );
    case 4:
      return utf8('newer-format', text.replace('"formatVersion": 1', `"formatVersion": ${2 + (at % 5)}`));
    case 5:
      return utf8('bom', `\uFEFF${text}`);
    case 6:
      return { kind: 'not-utf8', bytes: Buffer.concat([Buffer.from(text.slice(0, i)), Buffer.from([0xff, 0xfe, 0xc0])]) };
    case 7:
      return utf8('oversized', text.replace('"views"', `"pad": "${'x'.repeat(1024 * 1024)}", "views"`));
    default:
      return utf8('inserted', text.slice(0, i) + junk + text.slice(i));
  }
};

/** The importer fuzz mix: valid files (≥ 10%), damaged valid files, arbitrary JSON, arbitrary bytes. */
export const importInputArb = (catalog: CatalogFields): fc.Arbitrary<ImportInput> => {
  const valid = viewSetArb(catalog).map((views) => viewFileText(views));
  return fc.oneof(
    { weight: 3, arbitrary: valid.map((t) => utf8('valid', t)) },
    {
      weight: 5,
      arbitrary: fc
        .tuple(valid, fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 4 }))
        .map(([t, at, how, junk]) => damage(t, at, how, junk)),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => utf8('json', JSON.stringify(v) ?? 'null')) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 256 }).map((bytes) => ({ kind: 'bytes', bytes })) },
  );
};
