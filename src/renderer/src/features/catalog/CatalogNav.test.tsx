import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import type { Dataset, DatasetSummary, SectionKey } from '../../../../shared/dataset';
import { buildSearchIndex, searchIndex } from '../../../../shared/view/search-index';
import { health, themes } from '../../../../../tests/support/shared/sample-datasets';
import { CatalogNav } from './CatalogNav';

afterEach(cleanup);

const summarize = (ds: Dataset, sectionKey: SectionKey, sectionTitle: string): DatasetSummary => ({
  status: 'ok',
  id: ds.id,
  title: ds.title,
  description: ds.description,
  section: { key: sectionKey, title: { en: sectionTitle, fr: sectionTitle } },
  period: ds.period,
  units: ['people'],
  rowCount: ds.rows.length,
  noteCount: ds.notes.length,
});

const summaries: DatasetSummary[] = [
  summarize(health(), 'orderly-migration', 'Orderly migration'),
  { status: 'invalid', id: 'broken', file: 'broken.json', problems: ['rows.0.id: Too small'] },
  summarize(themes(), 'overview', 'Overview'),
];

const renderNav = (onOpen = vi.fn(), withIndex = true, onUseSearch = vi.fn()) =>
  render(
    <CatalogNav
      catalog={{ state: 'ready', value: summaries }}
      selectedId="health"
      search={withIndex ? (q: string) => searchIndex(buildSearchIndex([health(), themes()], 'en'), q) : null}
      onUseSearch={onUseSearch}
      lang="en"
      onOpen={onOpen}
      onPreset={vi.fn()}
    />,
  );

describe('CatalogNav', () => {
  it('groups datasets by report section in report order, with period, units and row count', () => {
    renderNav();
    const nav = screen.getByRole('navigation', { name: 'Datasets' });
    const headings = within(nav)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings.slice(0, 2)).toEqual(['Overview', 'Orderly migration']);
    const button = within(nav).getByRole('button', { name: 'Title of health' });
    expect(button.getAttribute('aria-current')).toBe('true');
    expect(button.parentElement?.textContent).toContain('2010–2015 · people · 4 rows');
  });

  it('lists a dataset that failed validation with its problems, without a button', () => {
    renderNav();
    expect(screen.getByText('Could not load broken.json')).toBeTruthy();
    expect(screen.getByText('rows.0.id: Too small')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /broken/ })).toBeNull();
  });

  it('finds a figure by number and opens its dataset with that row', async () => {
    const onOpen = vi.fn();
    renderNav(onOpen);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), '47,294');
    const results = screen.getByRole('list', { name: 'Search results' });
    await userEvent.click(within(results).getByRole('button', { name: /Pakistan: 47,294/ }));
    expect(onOpen).toHaveBeenCalledWith('health', 'pak');
  });

  it('replaces the catalog with results grouped by dataset while a query is typed, and brings it back on Escape', async () => {
    renderNav();
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await userEvent.type(box, 'Pakistn');
    expect(screen.queryByRole('heading', { level: 3, name: 'Overview' })).toBeNull();
    const group = screen.getByRole('list', { name: 'Title of health' });
    expect(within(group).getByRole('button').textContent).toBe('Pakistan: 47,294');
    expect(screen.queryByRole('button', { name: /Title of health/ })).toBeNull();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Pakistan: 47,294');
    await userEvent.keyboard('{Escape}');
    expect(document.activeElement).toBe(box);
    expect(screen.getByRole('heading', { level: 3, name: 'Overview' })).toBeTruthy();
  });

  it('says when nothing is found and offers a close word instead', async () => {
    renderNav();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'pakistanxyzq');
    expect(screen.getByText(/Nothing found for “pakistanxyzq”/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Try “pakistan”' }));
    expect(screen.getByRole('button', { name: 'Pakistan: 47,294' })).toBeTruthy();
  });

  it('asks for the full index only once the search is used, and searches titles until it comes', async () => {
    const onOpen = vi.fn();
    const onUseSearch = vi.fn();
    renderNav(onOpen, false, onUseSearch);
    expect(onUseSearch).not.toHaveBeenCalled();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'themes');
    await userEvent.click(
      within(screen.getByRole('list', { name: 'Search results' })).getByRole('button', { name: /Title of themes/ }),
    );
    expect(onOpen).toHaveBeenCalledWith('themes', null);
    expect(onUseSearch).toHaveBeenCalled();
  });
});
