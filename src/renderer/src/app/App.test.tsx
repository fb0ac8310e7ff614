import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../i18n';
import { summarizeDataset, type Dataset, type DatasetSummary } from '../../../shared/dataset';
import { health, movements } from '../../../../tests/support/shared/sample-datasets';
import { App } from './App';
import { prefetchStartup } from './startup';
import { defaultViewState } from '../../../shared/default-view-state';

const datasets: Dataset[] = [health(), movements()];
/** The Chart tab loads recharts lazily: on a busy 2-core machine that import alone took over waitFor's default second. */
const CHART_LOAD = { timeout: 15_000 };
const summaries: DatasetSummary[] = datasets.map(summarizeDataset);

const handlers: Record<string, (input: unknown) => unknown> = {
  listDatasets: () => ({ ok: true, value: summaries }),
  getDataset: (input) => {
    const ds = datasets.find((d) => d.id === (input as { id: string }).id);
    return ds ? { ok: true, value: ds } : { ok: false, code: 'NOT_FOUND', message: 'no such dataset' };
  },
  getSourceLines: (input) => {
    const { from, to } = input as { from: number; to: number };
    return {
      ok: true,
      value: { from, lines: Array.from({ length: to - from + 1 }, (_, i) => `report line ${from + i}`), total: 2000 },
    };
  },
};

let calls: string[];
beforeEach(() => {
  // A laptop-wide window: the datasets rail is docked (below 1100 px it slides over the figure, closed).
  Object.defineProperty(window, 'innerWidth', { value: 1920, configurable: true });
  calls = [];
  // Channels other features add answer like an unknown channel, so this test only sees the explorer.
  const api = new Proxy(
    {},
    {
      get: (_t, name: string) => async (input: unknown) => {
        calls.push(name);
        return handlers[name]?.(input) ?? { ok: false, code: 'UNKNOWN_CHANNEL', message: name };
      },
    },
  );
  Object.defineProperty(window, 'api', { value: api, configurable: true });
});
afterEach(cleanup);

describe('App', () => {
  it('opens a dataset from the catalog, offers a Map tab only for geographic data, and opens the source of a value', async () => {
    render(<App />);
    const nav = screen.getByRole('navigation', { name: 'Datasets' });
    await userEvent.click(await within(nav).findByRole('button', { name: 'Title of movements' }));
    await screen.findByRole('heading', { level: 2, name: 'Title of movements' });
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Table', 'Chart']);

    await userEvent.click(within(nav).getByRole('button', { name: 'Title of health' }));
    await screen.findByRole('heading', { level: 2, name: 'Title of health' });
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Table', 'Chart', 'Map']);
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(screen.getByRole('tab', { name: 'Table' }).id);

    await userEvent.click(within(panel).getByRole('button', { name: 'Kenya' }));
    const source = screen.getByRole('complementary', { name: 'Source' });
    expect(source.querySelector('blockquote')?.textContent).toBe('Kenya 10,936');
    await waitFor(() => expect(source.querySelector('li[aria-current="true"]')?.textContent).toContain('report line 980'));
  });

  it('keeps an opened chart mounted but hidden on other tabs, frozen until it is shown again', async () => {
    render(<App />);
    const nav = screen.getByRole('navigation', { name: 'Datasets' });
    await userEvent.click(await within(nav).findByRole('button', { name: 'Title of health' }));
    await userEvent.click(await screen.findByRole('tab', { name: 'Chart' }));
    const chart = await waitFor(() => {
      const svg = document.querySelector('svg.recharts-surface');
      expect(svg).not.toBeNull();
      return svg!;
    }, CHART_LOAD);
    const summary = () => document.getElementById('chart-summary')?.textContent ?? '';
    const before = summary();

    await userEvent.click(screen.getByRole('tab', { name: 'Table' }));
    expect(chart.isConnected).toBe(true);
    expect(chart.closest('[hidden]')).not.toBeNull();
    // A filter on the table does not redraw the hidden chart...
    const table = screen.getByRole('tabpanel');
    expect(within(table).getByRole('button', { name: 'Pakistan' })).toBeTruthy();
    await userEvent.type(within(table).getByRole('searchbox'), 'kenya');
    await waitFor(() => expect(within(table).queryByRole('button', { name: 'Pakistan' })).toBeNull());
    expect(summary()).toBe(before);

    // ...it catches up, in place, when shown again.
    await userEvent.click(screen.getByRole('tab', { name: 'Chart' }));
    expect(document.querySelector('svg.recharts-surface')).toBe(chart);
    expect(chart.closest('[hidden]')).toBeNull();
    await waitFor(() => expect(summary()).not.toBe(before));
    expect(summary()).toContain('1 value');
  });

  it('drops a hidden figure when another dataset opens (no memory held for it), and draws that dataset afresh', async () => {
    render(<App />);
    const nav = screen.getByRole('navigation', { name: 'Datasets' });
    // movements first: going back to it later is a switch to a dataset already fetched.
    await userEvent.click(await within(nav).findByRole('button', { name: 'Title of movements' }));
    await screen.findByRole('heading', { level: 2, name: 'Title of movements' });
    await userEvent.click(within(nav).getByRole('button', { name: 'Title of health' }));
    await userEvent.click(await screen.findByRole('tab', { name: 'Chart' }));
    const healthChart = await waitFor(() => {
      const svg = document.querySelector('svg.recharts-surface');
      expect(svg).not.toBeNull();
      return svg!;
    }, CHART_LOAD);
    await userEvent.click(screen.getByRole('tab', { name: 'Table' }));
    expect(healthChart.isConnected).toBe(true);

    await userEvent.click(within(nav).getByRole('button', { name: 'Title of movements' }));
    await screen.findByRole('heading', { level: 2, name: 'Title of movements' });
    expect(healthChart.isConnected).toBe(false);
    expect(document.querySelector('svg.recharts-surface')).toBeNull();

    await userEvent.click(screen.getByRole('tab', { name: 'Chart' }));
    // movements is a time series: a line chart (health's was bars).
    await waitFor(() => expect(document.getElementById('chart-summary')?.textContent).toMatch(/^Line of/), CHART_LOAD);
    expect(document.querySelector('svg.recharts-surface')).not.toBeNull();
  });

  it('shows why a dataset cannot be opened', async () => {
    handlers.listDatasets = () => ({
      ok: true,
      value: [...summaries, { ...summaries[0]!, id: 'gone', title: { en: 'Gone', fr: 'Parti' } }],
    });
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Gone' }));
    const main = screen.getByRole('main');
    await waitFor(() =>
      expect(within(main).getByRole('alert').textContent).toBe('This dataset could not be opened: no such dataset'),
    );
  });

  it('opens on the startup view, asked for before the first render in one call, with its dataset sent along', async () => {
    const state = { ...defaultViewState('health'), search: 'kenya' };
    const view = { source: 'last-session', state, name: null, dataset: health() };
    const views = { views: [], defaultViewId: null, readOnly: false, notices: [] };
    handlers.getStartup = () => ({ ok: true, value: { view, catalog: summaries, preferences: { language: null }, views, home: null } });
    prefetchStartup(window.api);
    expect(calls).toEqual(['getStartup']);
    render(<App />);
    await screen.findByRole('heading', { level: 2, name: 'Title of health' });
    // The view's own search (the table's), not the catalog's, holds the restored text.
    expect(screen.getAllByRole('searchbox').map((b) => (b as HTMLInputElement).value)).toContain('kenya');
    // The batched answers are used: none of them is asked for again, and the dataset is not fetched.
    expect(calls.filter((c) => ['getStartupView', 'listDatasets', 'getDataset', 'listViews'].includes(c))).toEqual([]);
    delete handlers.getStartup;
  });
});
