import { describe, expect, it } from 'vitest';
import { formatValue } from './format';
import { fieldHeading } from '../../../shared/units';

describe('format', () => {
  it('groups thousands in numbers but not in years, and marks missing values', () => {
    expect(formatValue(47294, { type: 'number' }, 'en')).toBe('47,294');
    expect(formatValue(2010, { type: 'year' }, 'en')).toBe('2010');
    expect(formatValue(101.8, { type: 'number' }, 'fr')).toBe('101,8');
    expect(formatValue(null, { type: 'number' }, 'en')).toBe('—');
    expect(formatValue(['a', 'b'], { type: 'list' }, 'en')).toBe('a, b');
  });

  it('puts the unit in the heading', () => {
    expect(
      fieldHeading(
        {
          key: 'amount',
          label: { en: 'Contribution', fr: 'Contribution' },
          type: 'number',
          role: 'measure',
          unit: 'million CAD',
        },
        'en',
      ),
    ).toBe('Contribution (million CAD)');
    expect(fieldHeading({ key: 'n', label: { en: 'Assessments', fr: 'Évaluations' }, type: 'number', role: 'measure', unit: 'assessments' }, 'fr')).toBe(
      'Évaluations (évaluations)',
    );
  });
});
