import { describe, expect, it } from 'vitest';
import { countryCode, countryName } from './countries';

describe('countryName', () => {
  it('names a country from its code in either language', () => {
    expect(countryName('ETH', 'fr')).toBe('Éthiopie');
    expect(countryName('ETH', 'en')).toBe('Ethiopia');
  });

  it('turns the report’s English name into French and keeps it as written in English', () => {
    expect(countryName('Haiti', 'fr')).toBe('Haïti');
    expect(countryName('Viet Nam', 'en')).toBe('Viet Nam');
    expect(countryName('Haïti', 'en')).toBe('Haiti');
  });

  it('leaves text that names no country alone', () => {
    expect(countryName('Port-au-Prince area', 'fr')).toBe('Port-au-Prince area');
    expect(countryName('ABC', 'fr')).toBe('ABC');
    expect(countryCode('Greater Toronto Area')).toBeNull();
    expect(countryCode('Éthiopie')).toBe('ETH');
  });
});
