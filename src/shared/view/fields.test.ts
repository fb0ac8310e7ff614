import { describe, expect, it } from 'vitest';
import { labelField, notesForCell, rowLabel, visibleFields } from './fields';
import { themes } from '../../../tests/support/shared/sample-datasets';

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
