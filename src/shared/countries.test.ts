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

describe('countryCode against i18n-iso-countries (a devDependency kept for this check)', () => {
  it('finds every English and French name it knows, accents and case aside', async () => {
    const countries = (await import('i18n-iso-countries')).default;
    const wrong: string[] = [];
    for (const lang of ['en', 'fr'] as const) {
      const { countries: names } = (await import(`i18n-iso-countries/langs/${lang}.json`)) as { countries: Record<string, string | string[]> };
      for (const [alpha2, name] of Object.entries(names))
        for (const n of [name].flat()) {
          if (n === 'Congo') continue; // both Congos: no one country
          const want = countries.alpha2ToAlpha3(alpha2);
          for (const written of [n, n.toUpperCase(), n.normalize('NFD').replace(/\p{M}/gu, '')])
            if (countryCode(written) !== want) wrong.push(`${lang} ${written} → ${countryCode(written)} (want ${want})`);
        }
    }
    expect(wrong).toEqual([]);
  });

  it('also finds the report’s UN spellings it missed', () => {
    expect(countryCode('Viet Nam')).toBe('VNM');
    expect(countryCode('Republic of Moldova')).toBe('MDA');
    expect(countryName('Republic of Moldova', 'fr')).toBe('Moldavie');
    expect(countryName('Republic of Moldova', 'en')).toBe('Republic of Moldova');
  });

  it('names by CLDR, ours only where CLDR disambiguates', () => {
    // CLDR differs from i18n-iso-countries here, legitimately: CLDR's French names are the short forms.
    expect(countryName('United Republic of Tanzania', 'fr')).toBe('Tanzanie');
    expect(countryName('Lao People’s Democratic Republic', 'fr')).toBe('Laos');
    expect(countryName('COD', 'en')).toBe('Democratic Republic of the Congo');
    expect(countryName('Democratic Republic of the Congo', 'fr')).toBe('République démocratique du Congo');
    expect(countryName('Turkey', 'fr')).toBe('Turquie');
    expect(countryName('Türkiye', 'en')).toBe('Türkiye');
  });
});
