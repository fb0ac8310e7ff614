import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { buildSeries, resolveChart } from '../../../../shared/view/chart';
import { defaultViewState } from '../../../../shared/default-view-state';
import { movements, themes } from '../../../../../tests/support/shared/sample-datasets';
import { summarizeChart } from './summary';

const opts = { plotWidth: 600, otherLabel: 'Other', lang: 'en' as const };

describe('summarizeChart', () => {
  it('describes a line by its span and its peak', () => {
    const ds = movements();
    const spec = resolveChart(ds, ds.rows, defaultViewState('m').chart, 'en')!;
    expect(summarizeChart(buildSeries(ds, ds.rows, spec, opts), spec, 'en', i18n.t)).toBe(
      'Line of People by Year, 1 series, from 2010 to 2012. Highest: People in 2012 (1,720 people).',
    );
  });

  it('gives a total only when the rows may be added up', () => {
    const ds = movements();
    const spec = resolveChart(ds, ds.rows, { ...defaultViewState('m').chart, type: 'bar', dimension: 'category' }, 'en')!;
    const series = buildSeries(ds, ds.rows, spec, opts);
    expect(summarizeChart(series, spec, 'en', i18n.t)).toMatch(/Total: 4,830 people\.$/);
    expect(summarizeChart(series, spec, 'en', i18n.t, false)).not.toMatch(/Total/);
  });

  it('names the largest top-level item of a treemap', () => {
    const ds = themes();
    const spec = resolveChart(ds, ds.rows, defaultViewState('t').chart, 'en')!;
    expect(summarizeChart(buildSeries(ds, ds.rows, spec, opts), spec, 'en', i18n.t)).toMatch(
      /^Treemap of Amount: 2 top-level items; the largest is Saving lives \(101\.8 million CAD\)\./,
    );
  });
});
