import { describe, expect, it } from 'vitest';
import {
  availableMapModes,
  classOf,
  colourFor,
  paddedNumeric,
  quantileThresholds,
  SEQUENTIAL,
  symbolRadius,
  valuesByCountry,
  valuesByRegion,
} from './map-data';
import { countryRegions, health, movements, regions } from '../../../tests/support/shared/sample-datasets';

const label = (r: { id: string }) => r.id;

describe('map data', () => {
  it('offers country modes for iso3 data, the region mode only when country regions are known', () => {
    expect(availableMapModes(health(), false)).toEqual(['choropleth', 'symbols']);
    expect(availableMapModes(regions(), true)).toEqual(['regions']);
    expect(availableMapModes(regions(), false)).toEqual([]);
    expect(availableMapModes(movements(), true)).toEqual([]);
  });

  it('values each country of the shown rows', () => {
    const ds = health();
    const m = valuesByCountry(ds, ds.rows.slice(0, 2), ds.fields[2]!, label);
    expect([...m.entries()]).toEqual([
      ['PAK', { value: 47294, rowIds: ['pak'], label: 'pak' }],
      ['UKR', { value: 35954, rowIds: ['ukr'], label: 'ukr' }],
    ]);
  });

  it('spreads a region value over its countries', () => {
    const ds = regions();
    const m = valuesByRegion(ds, ds.rows, ds.fields[2]!, countryRegions(), label);
    expect(m.get('HTI')).toMatchObject({ value: 58.2, region: 'LAC', rowIds: ['lac'] });
    expect(m.get('KEN')).toMatchObject({ value: 39, region: 'AFR' });
    const withGlobal = {
      ...ds,
      rows: [
        ...ds.rows,
        { id: 'global', values: { region: 'GLOBAL', name: 'Global', amount: 85.4 }, source: { line: 185, quote: '85.4 M' } },
      ],
    };
    const cr = countryRegions();
    const crWithCanada = {
      ...cr,
      rows: [...cr.rows, { id: 'can', values: { iso3: 'CAN', region: 'GLOBAL' }, source: { line: 1, quote: 'x' } }],
    };
    expect(valuesByRegion(withGlobal, withGlobal.rows, ds.fields[2]!, crWithCanada, label).has('CAN')).toBe(false);
    expect(valuesByRegion(ds, ds.rows.slice(1), ds.fields[2]!, countryRegions(), label).has('HTI')).toBe(false);
  });

  it('bins skewed values by quantiles so every class is used', () => {
    const values = [1, 2, 3, 5, 8, 13, 100, 1000, 47294, 50000];
    const t = quantileThresholds(values, 5);
    expect(t).toEqual([3, 8, 100, 47000]);
    expect(new Set(values.map((v) => classOf(v, t))).size).toBe(5);
    expect(colourFor(1, t)).toBe(SEQUENTIAL[0]);
    expect(colourFor(50000, t)).toBe(SEQUENTIAL[4]);
  });

  it('sizes symbols by area and pads numeric codes like world-atlas', () => {
    expect(symbolRadius(25, 100, 20)).toBeCloseTo(10);
    expect(symbolRadius(0, 100, 20)).toBe(0);
    expect(paddedNumeric(4)).toBe('004');
    expect(paddedNumeric(586)).toBe('586');
  });
});
