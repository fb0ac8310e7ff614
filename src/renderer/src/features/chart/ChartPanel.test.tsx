import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import type { Dataset } from '../../../../shared/dataset';
import { defaultViewState } from '../../../../shared/default-view-state';
import { type ViewState } from '../../../../shared/view-state';
import { applyView } from '../../../../shared/view/rows';
import { health, movements, themes } from '../../../../../tests/support/shared/sample-datasets';
import { ViewHarness } from '../../../../../tests/support/renderer/view-harness';
import ChartPanel from './ChartPanel';

afterEach(cleanup);

const renderChart = (dataset: Dataset, initial: ViewState = defaultViewState(dataset.id)) => {
  let seen = initial;
  render(
    <ViewHarness initial={initial}>
      {(view) => {
        seen = view;
        return <ChartPanel dataset={dataset} rows={applyView(dataset, view)} view={view} lang="en" />;
      }}
    </ViewHarness>,
  );
  return () => seen;
};

const options = (name: string) =>
  within(screen.getByRole('combobox', { name }))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('ChartPanel', () => {
  it('offers only the chart types that suit the data', () => {
    renderChart(movements());
    expect(options('Chart type')).toEqual(['Line', 'Vertical bars', 'Horizontal bars', 'Stacked bars']);
    cleanup();
    renderChart(themes());
    expect(options('Chart type')).toEqual(['Treemap', 'Horizontal bars', 'Vertical bars']);
  });

  it('stores the chosen type, measure and category in the view', async () => {
    const view = renderChart(movements());
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Chart type' }), 'Horizontal bars');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Measure' }), 'Share (%)');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'Category');
    expect(view().chart).toEqual({ type: 'bar', measure: 'share', dimension: 'category', stack: null });
  });

  // Both axes, in both orientations: recharts finds its axes among the chart's children (ours sit in a
  // fragment), and a react-is older than React once made it miss them, drawing bars with no axes.
  it.each(['column', 'bar'] as const)('draws both axes of %s charts: every country on one, values on the other', async (type) => {
    const dataset = health();
    renderChart(dataset, { ...defaultViewState('health'), chart: { type, measure: null, dimension: null, stack: null } });
    await waitFor(() => expect(document.querySelectorAll('.recharts-bar-rectangle').length).toBe(4));
    const ticks = (axis: 'x' | 'y') =>
      [...document.querySelectorAll(`.recharts-${axis}Axis .recharts-cartesian-axis-tick-value`)].map((t) => t.textContent);
    const [categories, values] = type === 'bar' ? [ticks('y'), ticks('x')] : [ticks('x'), ticks('y')];
    expect([...categories].sort()).toEqual(dataset.rows.map((r) => r.values.country).sort());
    expect(values.length).toBeGreaterThan(1);
    expect(values[0]).toBe('0');
    // Reachable by keyboard (accessibilityLayer: the arrow keys then step the tooltip).
    expect(document.querySelector('svg.recharts-surface')?.getAttribute('tabindex')).toBe('0');
  });

  it('summarizes the chart in words and draws one bar per category', async () => {
    renderChart(health(), {
      ...defaultViewState('health'),
      chart: { type: 'column', measure: null, dimension: null, stack: null },
    });
    const summary =
      'Vertical bars of Assessments by Country: 4 values. Largest: Pakistan (47,294 people); smallest: Kenya (10,936 people). Total: 119,820 people.';
    expect(document.querySelector('.chart-summary')?.textContent).toBe(summary);
    await waitFor(() => expect(document.querySelectorAll('.recharts-bar-rectangle').length).toBe(4));
    // The picture carries the same words as its text alternative.
    expect(document.querySelector('svg.recharts-surface[role="img"] title')?.textContent).toBe(summary);
  });

  it('lists each series in an HTML legend, in the colour it is drawn with (and none for one bar series)', async () => {
    renderChart(movements(), {
      ...defaultViewState('movements'),
      chart: { type: 'stacked', measure: 'people', dimension: 'year', stack: 'category' },
    });
    await waitFor(() => expect(document.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0));
    const legend = document.querySelector('[data-export-legend]');
    expect([...(legend?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Government-assisted',
      'Privately sponsored',
    ]);
    const fills = [...(legend?.querySelectorAll('rect') ?? [])].map((r) => r.getAttribute('fill'));
    const barFills = [...document.querySelectorAll('.recharts-bar')].map((g) => g.querySelector('path')?.getAttribute('fill'));
    expect(fills).toEqual(barFills);
    // recharts' own legend is not drawn: it measured itself and laid the chart out a second time.
    expect(document.querySelector('.recharts-legend-wrapper')).toBeNull();
    cleanup();
    renderChart(health(), {
      ...defaultViewState('health'),
      chart: { type: 'column', measure: null, dimension: null, stack: null },
    });
    expect(document.querySelector('[data-export-legend]')).toBeNull();
  });

  it('draws a treemap tile per leaf, labelled, and a click on a tile selects its row', async () => {
    const view = renderChart(themes());
    const labels = () =>
      [...document.querySelectorAll('.treemap-leaf .treemap-label tspan:first-child')].map((t) => t.textContent);
    await waitFor(() => expect(labels()).toContain('Relief'));
    expect(labels()).toContain('Recovery');
    const reliefTile = () =>
      [...document.querySelectorAll('.treemap-leaf')].find((g) => g.textContent?.startsWith('Relief'))?.querySelector('rect');
    expect(reliefTile()?.getAttribute('stroke')).toBe('var(--chart-mark-edge)');
    await userEvent.click(reliefTile()!);
    expect(view().selectedRowId).toBe('a1');
    // The selected tile is outlined.
    await waitFor(() => expect(reliefTile()?.getAttribute('stroke')).toBe('var(--chart-selected-edge)'));
  });

  it('has the data as a table whose labels select the row', async () => {
    const view = renderChart(health());
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    await userEvent.click(within(table).getByRole('button', { name: 'Show the source of Ukraine' }));
    expect(view().selectedRowId).toBe('ukr');
  });

  it('refuses to draw rows that count different things, and says how to chart them', async () => {
    const base = health();
    const unitField = { key: 'unit', label: { en: 'Unit', fr: 'Unité' }, type: 'text' as const, role: 'dimension' as const };
    const ds = {
      ...base,
      fields: [...base.fields, unitField],
      rows: base.rows.map((r, i) => ({ ...r, values: { ...r.values, unit: i === 0 ? 'families' : 'people' } })),
    };
    renderChart(ds);
    expect(screen.getByText(/These rows count different things \(Unit: families, people\)/)).toBeTruthy();
    expect(document.querySelector('.recharts-surface')).toBeNull();
  });

  it('explains when no row is left to draw', () => {
    renderChart(health(), { ...defaultViewState('health'), search: 'no such thing' });
    expect(screen.getByText('No rows match the filters: nothing to draw.')).toBeTruthy();
  });
});
