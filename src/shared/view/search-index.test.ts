import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndex } from './search-index';
import { health, themes } from '../../../tests/support/shared/sample-datasets';

const index = buildSearchIndex([themes(), health()], 'en');

describe('catalog search', () => {
  it('finds a row by its number written with a thousands separator', () => {
    expect(searchIndex(index, '47,294')).toEqual([
      { kind: 'row', datasetId: 'health', datasetTitle: 'Title of health', rowId: 'pak', label: 'Pakistan', matched: '47294' },
    ]);
  });

  it('finds datasets by title words before rows', () => {
    const hits = searchIndex(index, 'health');
    expect(hits[0]).toEqual({ kind: 'dataset', datasetId: 'health', title: 'Title of health' });
  });

  it('needs every word and finds French values too', () => {
    expect(searchIndex(index, 'sauver vies').map((h) => h.kind === 'row' && h.rowId)).toEqual(['a']);
    expect(searchIndex(index, 'sauver pakistan')).toEqual([]);
    expect(searchIndex(index, '   ')).toEqual([]);
  });
});
