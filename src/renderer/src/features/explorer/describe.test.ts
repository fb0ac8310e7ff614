import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { defaultViewState, type ViewState } from '../../../../shared/view-state';
import { health } from '../../../../shared/view/sample-datasets';
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

  it('says which rows a view shows, in words, in both languages', async () => {
    expect(describeView(health(), view, 'en', i18n.t)).toBe('Country: Kenya, Ukraine; Assessments: 20000 to any; search “stan”; sorted by Assessments (descending)');
    const fr = i18n.getFixedT('fr');
    expect(describeView(health(), defaultViewState('health'), 'fr', fr)).toBe('Toutes les lignes');
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
