import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { alpha3ToNumeric, codesOf, COUNTRY_CODES, numericToAlpha3 } from './country-table';

// i18n-iso-countries is a devDependency kept for this check only: the app ships our table.
describe('country table', () => {
  it('lists every ISO 3166-1 country i18n-iso-countries knows, with the same alpha-2 and numeric codes', () => {
    const theirs = Object.entries(countries.getAlpha3Codes())
      .map(([alpha3, alpha2]) => ({ alpha3, alpha2, numeric: countries.alpha3ToNumeric(alpha3) }))
      .sort((a, b) => a.alpha3.localeCompare(b.alpha3));
    expect([...COUNTRY_CODES].sort((a, b) => a.alpha3.localeCompare(b.alpha3))).toEqual(theirs);
  });

  it('looks codes up', () => {
    expect(codesOf('PAK')).toEqual({ alpha3: 'PAK', alpha2: 'PK', numeric: '586' });
    expect(alpha3ToNumeric('AFG')).toBe('004');
    expect(alpha3ToNumeric('ABC')).toBeUndefined();
    expect(numericToAlpha3('586')).toBe('PAK');
    expect(numericToAlpha3('4')).toBe('AFG');
    expect(numericToAlpha3('999')).toBeUndefined();
  });

  it('gives every country a name from the platform in English and French', () => {
    for (const lang of ['en', 'fr']) {
      const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      expect(COUNTRY_CODES.filter((c) => names.of(c.alpha2) === undefined)).toEqual([]);
    }
  });
});
