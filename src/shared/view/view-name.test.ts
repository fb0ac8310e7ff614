import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../default-view-state';
import type { ViewState } from '../view-state';
import { suggestViewName, viewKind, VIEW_NAME_MAX } from './view-name';

const title = { en: 'Health assessments', fr: 'Évaluations de santé' };
const view = (patch: Partial<ViewState>): ViewState => ({ ...defaultViewState('health'), ...patch });
const picking = (...values: string[]): ViewState['filters'] => [{ field: 'iso3', kind: 'values', values }];

describe('suggested view names', () => {
  it('names the dataset and the tab when nothing is filtered', () => {
    expect(suggestViewName(title, view({ tab: 'chart' }), 'en')).toBe('Health assessments — chart');
    expect(suggestViewName(title, view({ tab: 'table' }), 'fr')).toBe('Évaluations de santé — tableau');
  });

  it('names two picked values and counts the rest, countries in the language on screen', () => {
    const v = view({ tab: 'map', filters: picking('PAK', 'UKR', 'ETH', 'HTI', 'MDA') });
    expect(suggestViewName(title, v, 'en')).toBe('Health assessments — map — Pakistan, Ukraine +3');
    expect(suggestViewName(title, view({ tab: 'map', filters: picking('ETH') }), 'fr')).toBe('Évaluations de santé — carte — Éthiopie');
  });

  it('falls back to the dataset id without a title, and stays within the name limit', () => {
    expect(suggestViewName(null, view({}), 'en')).toBe('health — table');
    const long = suggestViewName({ en: 'x'.repeat(200), fr: 'x' }, view({}), 'en');
    expect(long.length).toBeLessThan(VIEW_NAME_MAX);
    expect(long.endsWith('…')).toBe(true);
  });

  it('says what kind of figure a view is', () => {
    expect(viewKind(view({ tab: 'chart', chart: { ...defaultViewState('health').chart, type: 'line' } }), 'en')).toBe('line chart');
    expect(viewKind(view({ tab: 'map', map: { ...defaultViewState('health').map, mode: 'symbols' } }), 'fr')).toBe('carte à cercles');
  });
});
