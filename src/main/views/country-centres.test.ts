import { describe, expect, it } from 'vitest';
import countries from 'world-atlas/countries-50m.json';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { computeCountryCentres } from '../../../tests/support/shared/thumbnail-geography';
import { COUNTRY_CENTRE_CODES, countryCentre } from './country-centres';

describe('country centres (map thumbnails)', () => {
  it('are exactly what world-atlas gives, for every country it has a shape for', () => {
    const fromAtlas = computeCountryCentres(countries as unknown as Topology<{ countries: GeometryCollection }>);
    expect(Object.fromEntries(COUNTRY_CENTRE_CODES().map((c) => [c, countryCentre(c)]))).toEqual(fromAtlas);
  });

  it('put countries where they are (France in Europe, not between it and French Guiana)', () => {
    expect(countryCentre('FRA')).toEqual([2, 47]);
    expect(countryCentre('PAK')).toEqual([69, 30]);
    expect(countryCentre('XXX')).toBeUndefined();
  });
});
