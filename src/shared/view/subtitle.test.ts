import { describe, expect, it } from 'vitest';
import { exportChannels } from '../ipc/exports';
import { defaultViewState } from '../default-view-state';
import { type ViewState } from '../view-state';
import { health, movements } from '../../../tests/support/shared/sample-datasets';
import { describeFilters, listInWords, MAX_FILTER_TEXT, viewSubtitle } from './subtitle';

const view = (patch: Partial<ViewState>): ViewState => ({ ...defaultViewState('health'), ...patch });
const assessments = health().fields.find((f) => f.key === 'assessments') ?? null;

describe('viewSubtitle', () => {
  it('names the values filtered on, abbreviating beyond three, and the sort', () => {
    const v = view({
      filters: [{ kind: 'values', field: 'country', values: ['Pakistan', 'Ukraine', 'Kenya', 'Philippines', 'Chad'] }],
      sort: { field: 'assessments', dir: 'desc' },
    });
    expect(viewSubtitle(health(), v, 'en', assessments)).toBe('Pakistan, Ukraine, Kenya and 2 more · sorted by assessments (descending)');
    expect(viewSubtitle(health(), v, 'fr', assessments)).toBe('Pakistan, Ukraine, Kenya et 2 autres · trié par assessments (décroissant)');
  });

  it('writes a year range by itself and a number range with its field and unit', () => {
    const years = { ...defaultViewState('movements'), filters: [{ kind: 'range' as const, field: 'year', min: 2012, max: 2014 }] };
    expect(viewSubtitle(movements(), years, 'en', null)).toBe('2012–2014');
    const v = view({ filters: [{ kind: 'range', field: 'assessments', min: 20000, max: null }], search: ' stan ' });
    expect(viewSubtitle(health(), v, 'en', assessments)).toBe('Assessments (people): 20,000 or more · matching “stan”');
    expect(viewSubtitle(health(), v, 'fr', assessments)).toBe('Assessments (personnes) : 20\u00a0000 ou plus · correspondant à « stan »');
  });

  it('without filters, gives the period and the measure with its unit, never "All rows"', () => {
    expect(viewSubtitle(health(), view({}), 'en', assessments)).toBe('2010–2015 · Assessments (people)');
    expect(viewSubtitle(health(), view({}), 'fr', assessments)).toBe('2010–2015 · Assessments (personnes)');
    expect(viewSubtitle(health(), view({ sort: { field: 'country', dir: 'asc' } }), 'en', null)).toBe('2010–2015 · sorted by country (ascending)');
  });
});

describe('describeFilters', () => {
  it('names each field, and is empty for a view of every row in order', () => {
    const v = view({ filters: [{ kind: 'values', field: 'country', values: ['Kenya', 'Ukraine'] }], sort: { field: 'assessments', dir: 'asc' } });
    expect(describeFilters(health(), v, 'en')).toBe('Country: Kenya and Ukraine; sorted by assessments (ascending)');
    expect(describeFilters(health(), v, 'fr')).toBe('Country : Kenya et Ukraine ; trié par assessments (croissant)');
    expect(describeFilters(health(), view({}), 'en')).toBe('');
  });

  it('keeps within the one limit however long the filters, saying what was left out', () => {
    const long = (c: string) => c.repeat(500);
    const many = view({
      filters: Array.from({ length: 50 }, (_, i) => ({ kind: 'values' as const, field: 'country', values: [long('a'), long('b'), long(String(i % 10)), long('d')] })),
      search: long('s').slice(0, 200),
    });
    for (const lang of ['en', 'fr'] as const) {
      const text = describeFilters(health(), many, lang);
      expect(text.length).toBeLessThanOrEqual(MAX_FILTER_TEXT);
      expect(text).toMatch(lang === 'en' ? /and \d+ more filters$/ : /et \d+ autres filtres$/);
      expect(viewSubtitle(health(), many, lang, null).length).toBeLessThanOrEqual(MAX_FILTER_TEXT);
    }
  });

  // Regression (issue 23, class 5): four 500-character values made a description main's table
  // channel refused with a raw "Invalid request … Too big".
  it('is always accepted by the table-export channel', () => {
    const v = view({ filters: [{ kind: 'values', field: 'country', values: ['a', 'b', 'c', 'd'].map((c) => c.repeat(500)) }] });
    const payload = { format: 'csv', state: v, lang: 'en', filters: describeFilters(health(), v, 'en') };
    expect(exportChannels.saveTable.input.safeParse(payload).success).toBe(true);
    const tooLong = { ...payload, filters: 'x'.repeat(MAX_FILTER_TEXT + 1) };
    expect(exportChannels.saveTable.input.safeParse(tooLong).success).toBe(false);
  });
});

describe('listInWords', () => {
  it('joins with "and", cuts long values', () => {
    expect(listInWords(['A'], 'en')).toBe('A');
    expect(listInWords(['A', 'B'], 'fr')).toBe('A et B');
    expect(listInWords(['x'.repeat(80)], 'en')).toHaveLength(60);
  });
});
