import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset';
import { buildSearchIndex, buildSearchIndexInSlices, searchIndex, searchTerms } from './search-index';
import { health, themes } from '../../../tests/support/shared/sample-datasets';

const index = buildSearchIndex([themes(), health()], 'en');
const rowsOf = (query: string, at = index) =>
  searchIndex(at, query).groups.flatMap((g) => g.rows.map((r) => `${g.datasetId}/${r.rowId}:${r.matched}`));

describe('catalog search', () => {
  it('reads numbers in any format the same way', () => {
    for (const q of ['47,294', '47 294', '47\u202f294']) expect(searchTerms(q)).toEqual(['47294']);
    expect(searchTerms('101,8 people')).toEqual(['101.8', 'people']);
    for (const q of ['47294', '47,294', '47 294']) expect(rowsOf(q)).toEqual(['health/pak:47294']);
  });

  it('forgives a typo, a missing accent or an accent too much', () => {
    // A row found by its label shows its figure beside it.
    expect(rowsOf('Pakistn')).toEqual(['health/pak:47294']);
    expect(rowsOf('pakístan')).toEqual(['health/pak:47294']);
    expect(rowsOf('relevement')).toEqual(['themes/a2:Relèvement']);
  });

  it('does not forgive a wrong digit', () => {
    expect(rowsOf('47295')).toEqual([]);
  });

  it('finds datasets by title in either language and groups their rows under them', () => {
    const { groups } = searchIndex(index, 'health');
    expect(groups[0]).toMatchObject({ datasetId: 'health', title: 'Title of health', titleMatched: true });
    expect(searchIndex(index, 'titre de themes').groups.map((g) => g.datasetId)).toEqual(['themes']);
  });

  it('finds a country by its French name and shows it in the language on screen', () => {
    const fr = buildSearchIndex([health()], 'fr');
    expect(searchIndex(fr, 'Pakistan').groups[0]?.rows[0]?.label).toBe('Pakistan');
    const ua: Dataset = {
      ...health(),
      rows: [{ id: 'eth', values: { country: 'Ethiopia', iso3: 'ETH', assessments: 5 }, source: { line: 1, quote: 'x' } }],
    };
    const frEth = buildSearchIndex([ua], 'fr');
    expect(searchIndex(frEth, 'Éthiopie').groups[0]?.rows[0]).toMatchObject({ rowId: 'eth', label: 'Éthiopie' });
    expect(searchIndex(buildSearchIndex([ua], 'en'), 'ethiopie').groups[0]?.rows[0]?.label).toBe('Ethiopia');
  });

  it('merges rows that read the same', () => {
    const twice: Dataset = {
      ...health(),
      rows: ['a', 'b', 'c'].map((id) => ({
        id,
        values: { country: 'Haiti', iso3: 'HTI', assessments: 7 },
        source: { line: 1, quote: 'x' },
      })),
    };
    const [g] = searchIndex(buildSearchIndex([twice], 'en'), 'haiti').groups;
    expect(g?.rows).toEqual([{ rowId: 'a', label: 'Haiti', matched: '7', count: 3 }]);
  });

  it('needs every word, and offers a suggestion when nothing matches', () => {
    expect(rowsOf('sauver vies')).toEqual(['themes/a:Sauver des vies']);
    expect(rowsOf('sauver pakistan')).toEqual([]);
    expect(searchIndex(index, '   ')).toEqual({ groups: [], suggestion: null });
    const none = searchIndex(index, 'pakistanxyzq');
    expect(none.groups).toEqual([]);
    expect(none.suggestion).toBe('pakistan');
  });
});

describe('the index built in slices', () => {
  it('finds exactly what the index built in one go finds', async () => {
    const sliced = await buildSearchIndexInSlices([themes(), health()], 'en');
    for (const q of ['Haiti', 'Hati', 'pakistan', '47294', '47 294', 'health'])
      expect(searchIndex(sliced, q), q).toEqual(searchIndex(index, q));
  });

  it('gives the event loop a turn between datasets', async () => {
    const order: string[] = [];
    const built = buildSearchIndexInSlices([themes(), health()], 'en').then(() => order.push('built'));
    setTimeout(() => order.push('other task'), 0);
    await built;
    expect(order).toEqual(['other task', 'built']);
  });
});
