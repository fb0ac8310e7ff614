import { describe, expect, it } from 'vitest';
import { UNIT_FRENCH, unitLabel } from '../../shared/units';
import { datasets } from '../../../tests/support/main/datasets';

const bundledUnits = [...new Set(datasets.flatMap((ds) => ds.fields.flatMap((f) => (f.unit ? [f.unit] : []))))];

describe('units of the bundled datasets', () => {
  it('each has French, and the table has no unit the data no longer uses', () => {
    expect(bundledUnits.filter((u) => UNIT_FRENCH[u] === undefined)).toEqual([]);
    expect(Object.keys(UNIT_FRENCH).filter((u) => !bundledUnits.includes(u))).toEqual([]);
  });

  it('read as stored in English, translated in French', () => {
    expect(unitLabel('million CAD', 'en')).toBe('million CAD');
    expect(unitLabel('million CAD', 'fr')).toBe('millions $ CA');
    expect(unitLabel('a unit nobody translated', 'fr')).toBe('a unit nobody translated');
  });
});
