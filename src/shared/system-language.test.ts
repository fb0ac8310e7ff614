import { describe, expect, it } from 'vitest';
import { systemLanguage } from './system-language';

describe('systemLanguage', () => {
  it.each([
    [['fr-CA', 'en-CA'], 'fr'],
    [['FR'], 'fr'],
    [['en-CA', 'fr-CA'], 'en'],
    [['es-MX', 'fr-FR', 'en'], 'fr'],
    [['es-MX', 'de'], 'en'],
    [[], 'en'],
    [['frr'], 'en'],
  ] as const)('%j → %s', (tags, expected) => {
    expect(systemLanguage(tags)).toBe(expected);
  });
});
