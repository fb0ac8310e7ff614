import { describe, expect, it } from 'vitest';
import { labelField, notesForCell, rowLabel, visibleFields } from './fields';
import { health, themes } from '../../../tests/support/shared/sample-datasets';
import { shownCell } from './country-text';

describe('fields', () => {
  it('shows the French twin of a column only in French', () => {
    const ds = themes();
    expect(visibleFields(ds, 'en').map((f) => f.key)).toEqual(['level', 'parent', 'name', 'amount']);
    expect(visibleFields(ds, 'fr').map((f) => f.key)).toEqual(['level', 'parent', 'nameFr', 'amount']);
    expect(labelField(ds, 'fr')?.key).toBe('nameFr');
    expect(rowLabel(ds, ds.rows[0]!, 'fr')).toBe('Sauver des vies');
  });

  it('attaches a note to the cells it names only', () => {
    const { notes } = themes();
    expect(notesForCell(notes, 'a', 'amount').map((n) => n.id)).toEqual(['n1']);
    expect(notesForCell(notes, 'a', 'name')).toEqual([]);
    expect(notesForCell(notes, 'a1', 'amount')).toEqual([]);
  });
});

describe('country names on screen', () => {
  it('names a country row in French in French, as the report wrote it in English', () => {
    const ds = health();
    expect(rowLabel(ds, ds.rows[1]!, 'fr')).toBe('Ukraine');
    expect(ds.rows.map((r) => rowLabel(ds, r, 'fr'))).toEqual(['Pakistan', 'Ukraine', 'Philippines', 'Kenya']);
    const ethiopia = { ...ds.rows[0]!, values: { ...ds.rows[0]!.values, country: 'Ethiopia' } };
    expect(rowLabel(ds, ethiopia, 'fr')).toBe('Éthiopie');
    expect(rowLabel(ds, ethiopia, 'en')).toBe('Ethiopia');
  });

  it('translates names only: codes and other text stay as they are', () => {
    expect(shownCell({ key: 'iso3', type: 'iso3' }, 'ETH', 'fr')).toBe('ETH');
    expect(shownCell({ key: 'name', type: 'text' }, 'Ethiopia', 'fr')).toBe('Ethiopia');
    expect(shownCell({ key: 'country', type: 'text' }, ['Ethiopia', 'Haiti'], 'fr')).toBe('Éthiopie, Haïti');
    expect(shownCell({ key: 'country', type: 'text' }, 'Greater Toronto Area', 'fr')).toBe('Greater Toronto Area');
  });
});
