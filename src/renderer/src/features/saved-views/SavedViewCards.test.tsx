import '../../i18n';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from 'i18next';
import type { DatasetSummary } from '../../../../shared/dataset';
import { defaultViewState } from '../../../../shared/default-view-state';
import type { ViewState } from '../../../../shared/view-state';
import type { ListedView } from '../../../../shared/views/types';
import { explorerHarness, fakeViewsApi } from '../../../../../tests/support/renderer/saved-views';
import { SavedViewsPanel } from './SavedViewsPanel';
import { createSavedViewsStore, type ViewsApi } from './store';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

const summary = (id: string, en: string, fr: string): DatasetSummary => ({
  status: 'ok',
  id,
  title: { en, fr },
  description: { en, fr },
  section: 'health',
  period: { from: 2010, to: 2014, label: { en: '2010–2014', fr: '2010–2014' } },
  units: [],
  rowCount: 1,
  noteCount: 0,
} as unknown as DatasetSummary);
const catalog = [summary('health-assessments', 'Health assessments', 'Évaluations sanitaires'), summary('contributions-by-region', 'Contributions by region', 'Contributions par région')];

const health = defaultViewState('health-assessments');
const mapView: ViewState = { ...health, tab: 'map', filters: [{ kind: 'values', field: 'country', values: ['Pakistan', 'Ukraine'] }] };
const regions: ViewState = { ...defaultViewState('contributions-by-region'), tab: 'chart', chart: { ...health.chart, type: 'pie' } };
const v = (id: string, name: string, state: ViewState, createdAt: string | null, extra: Partial<ListedView> = {}): ListedView => ({ id, name, state, createdAt, ...extra });

const mount = (views: ListedView[], onScreen: ViewState = regions) => {
  const api = fakeViewsApi({ views });
  const store = createSavedViewsStore(api as unknown as ViewsApi);
  const h = explorerHarness(onScreen);
  render(
    <h.Provider>
      <SavedViewsPanel store={store} sessionApi={api as unknown as ViewsApi} catalog={catalog} />
    </h.Provider>,
  );
  return { ...h, region: () => screen.getByRole('complementary', { name: 'Saved views' }) };
};
const card = async (region: HTMLElement, name: string) => (await within(region).findByRole('button', { name })).closest('li') as HTMLElement;
const names = (region: HTMLElement) => [...region.querySelectorAll('.sv-name')].map((b) => b.textContent);

describe('saved-view cards', () => {
  it('say which dataset, tab and filters each view shows, and when it was saved', async () => {
    const { region } = mount([v('a', 'Two countries', mapView, '2026-03-04T10:00:00.000Z')]);
    const about = (await card(region(), 'Two countries')).querySelector('.sv-about')?.textContent ?? '';
    expect(about).toContain('Health assessments · map');
    expect(about).toContain('Pakistan and Ukraine');
    expect(about).toMatch(/Saved Mar 4, 2026/);
  });

  it('mark the view on screen', async () => {
    const { region } = mount([v('a', 'Map', mapView, null), v('b', 'Pie', regions, null)]);
    expect((await card(region(), 'Pie')).getAttribute('aria-current')).toBe('true');
    expect((await card(region(), 'Map')).getAttribute('aria-current')).toBeNull();
    expect(within(await card(region(), 'Pie')).getByText('on screen')).toBeTruthy();
  });

  it('mark a view of data this version does not include, and do not open it', async () => {
    const { region, latest } = mount([v('x', 'From 2030', { ...health, datasetId: 'future-data' }, null, { unavailable: 'dataset-not-bundled' })]);
    const item = await card(region(), 'From 2030');
    expect(item.textContent).toContain('This view uses data this version does not include.');
    const open = within(item).getByRole('button', { name: 'From 2030' }) as HTMLButtonElement;
    expect(open.disabled).toBe(true);
    await userEvent.click(open);
    expect(latest()).toEqual(regions);
  });

  it('say so in French', async () => {
    await i18n.changeLanguage('fr');
    mount([
      v('x', 'Ancienne', { ...health, datasetId: 'future-data' }, null, { unavailable: 'dataset-not-bundled' }),
      v('a', 'Carte', mapView, '2026-03-04T10:00:00.000Z'),
    ]);
    const r = screen.getByRole('complementary', { name: 'Vues enregistrées' });
    expect((await card(r, 'Ancienne')).textContent).toContain('Cette vue utilise des données que cette version ne contient pas.');
    expect((await card(r, 'Carte')).textContent).toContain('Évaluations sanitaires · carte');
  });

  it('can be searched (accents and case ignored), sorted and grouped by dataset', async () => {
    const { region } = mount([
      v('1', 'Zebra', mapView, '2026-01-01T00:00:00.000Z'),
      v('2', 'alpha', regions, '2026-02-01T00:00:00.000Z'),
      v('3', 'Mid', health, '2025-12-01T00:00:00.000Z'),
    ]);
    await card(region(), 'Zebra');
    await userEvent.type(within(region()).getByRole('searchbox', { name: 'Search saved views' }), 'ukraïne');
    expect(names(region())).toEqual(['Zebra']);
    await userEvent.clear(within(region()).getByRole('searchbox', { name: 'Search saved views' }));
    const sort = within(region()).getByRole('combobox', { name: 'Sort' });
    await userEvent.selectOptions(sort, 'name');
    expect(names(region())).toEqual(['alpha', 'Mid', 'Zebra']);
    await userEvent.selectOptions(sort, 'date');
    expect(names(region())).toEqual(['alpha', 'Zebra', 'Mid']);
    expect((within(region()).getAllByRole('button', { name: 'Move up' })[0] as HTMLButtonElement).disabled).toBe(true);
    await userEvent.selectOptions(sort, 'dataset');
    expect(names(region())).toEqual(['alpha', 'Mid', 'Zebra']);
    expect(within(region()).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Contributions by region', 'Health assessments']);
    await userEvent.type(within(region()).getByRole('searchbox', { name: 'Search saved views' }), 'nothing like it');
    expect(within(region()).getByText('No saved view matches “nothing like it”.')).toBeTruthy();
  });
});
