import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../../../../shared/default-view-state';
import { type ViewState } from '../../../../shared/view-state';
import { health } from '../../../../../tests/support/shared/sample-datasets';
import { describeView } from './describe';
import { findFigureSvg } from './useExplorerModel';

describe('describeView', () => {
  const view: ViewState = {
    ...defaultViewState('health'),
    filters: [
      { kind: 'values', field: 'country', values: ['Kenya', 'Ukraine'] },
      { kind: 'range', field: 'assessments', min: 20000, max: null },
    ],
    search: ' stan ',
    sort: { field: 'assessments', dir: 'desc' },
  };

  it('says which rows a view shows, in words, in both languages', () => {
    expect(describeView(health(), view, 'en')).toBe('Country: Kenya and Ukraine; Assessments: 20,000 or more; matching “stan”; sorted by assessments (descending)');
    expect(describeView(health(), view, 'fr')).toBe('Country : Kenya et Ukraine ; Assessments : 20\u00a0000 ou plus ; correspondant à « stan » ; trié par assessments (décroissant)');
    expect(describeView(health(), defaultViewState('health'), 'fr')).toBe('');
  });
});

describe('findFigureSvg', () => {
  it('prefers the map svg, else the first recharts surface (not a legend icon)', () => {
    const box = document.createElement('div');
    box.innerHTML = '<svg class="recharts-surface" id="main"></svg><div><svg class="recharts-surface" id="legend"></svg></div>';
    expect(findFigureSvg(box)?.id).toBe('main');
    box.innerHTML = '<svg class="other"></svg><svg data-figure="map" id="map"></svg>';
    expect(findFigureSvg(box)?.id).toBe('map');
    expect(findFigureSvg(null)).toBeNull();
  });
});
