import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { defaultViewState } from '../../../../shared/default-view-state';
import { applyView } from '../../../../shared/view/rows';
import type { Dataset } from '../../../../shared/dataset';
import { health, large, themes } from '../../../../../tests/support/shared/sample-datasets';
import { ViewHarness } from '../../../../../tests/support/renderer/view-harness';
import { DataTable } from './DataTable';

const renderTable = (dataset: Dataset) =>
  render(
    <ViewHarness initial={defaultViewState(dataset.id)}>
      {(view) => <DataTable dataset={dataset} rows={applyView(dataset, view)} view={view} lang="en" />}
    </ViewHarness>,
  );

const bodyTexts = (col: number) =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-row-id'))
    .map((r) => r.querySelectorAll('td')[col]?.textContent);

afterEach(cleanup);

describe('DataTable', () => {
  it('puts units in the headers and sorts from the keyboard, announcing aria-sort', async () => {
    renderTable(health());
    const header = screen.getByRole('columnheader', { name: /Assessments \(people\)/ });
    expect(header.getAttribute('aria-sort')).toBe('none');
    within(header).getByRole('button').focus();
    await userEvent.keyboard('{Enter}');
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(bodyTexts(0)).toEqual(['Kenya', 'Philippines', 'Ukraine', 'Pakistan']);
    await userEvent.keyboard(' ');
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(bodyTexts(0)).toEqual(['Pakistan', 'Ukraine', 'Philippines', 'Kenya']);
  });

  it('filters by text, by a category multi-select and by a number range', async () => {
    renderTable(health());
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find in table' }), 'stan');
    expect(bodyTexts(0)).toEqual(['Pakistan']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await userEvent.click(screen.getByRole('button', { name: /Column filters/ }));
    const country = screen.getByRole('group', { name: 'Country' });
    await userEvent.click(within(country).getByRole('checkbox', { name: 'Kenya' }));
    await userEvent.click(within(country).getByRole('checkbox', { name: 'Ukraine' }));
    expect(bodyTexts(0)).toEqual(['Ukraine', 'Kenya']);
    await userEvent.type(
      within(screen.getByRole('group', { name: 'Assessments' })).getByRole('spinbutton', { name: 'Minimum' }),
      '20000',
    );
    expect(bodyTexts(0)).toEqual(['Ukraine']);
    expect(screen.getByRole('status').textContent).toBe('1 of 4 rows');
  });

  it('totals additive measures, counting a theme and not again its sub-themes', () => {
    renderTable(themes());
    const foot = screen.getByRole('table').querySelector('tfoot');
    expect(foot?.textContent).toContain('Total');
    expect(foot?.textContent).toContain('197.6');
    expect(screen.getByText(/sub-themes are already part of their theme/)).toBeTruthy();
  });

  it('marks a cell with a data-quality note and describes it to assistive tech', () => {
    renderTable(themes());
    const noted = screen.getAllByRole('button', { name: /101\.8/ })[0]!;
    const tipId = noted.getAttribute('aria-describedby');
    expect(tipId).toBeTruthy();
    expect(document.getElementById(tipId!)?.textContent).toBe('Paired by arithmetic');
    expect(document.getElementById(tipId!)?.getAttribute('role')).toBe('tooltip');
    expect(screen.getByRole('button', { name: /^43\.8/ }).getAttribute('aria-describedby')).toBeNull();
  });

  it("Escape hides a value's note until focus leaves the value", async () => {
    renderTable(themes());
    const noted = screen.getAllByRole('button', { name: /101\.8/ })[0]!;
    const tip = () => document.getElementById(noted.getAttribute('aria-describedby') ?? '')!;
    noted.focus();
    expect(tip().hidden).toBe(false);
    await userEvent.keyboard('{Escape}');
    expect(tip().hidden).toBe(true);
    await userEvent.tab();
    expect(tip().hidden).toBe(false);
  });

  it('selecting a cell marks its row as current', async () => {
    renderTable(health());
    await userEvent.click(screen.getByRole('button', { name: 'Ukraine' }));
    expect(screen.getByRole('button', { name: 'Ukraine' }).closest('tr')?.getAttribute('aria-current')).toBe('true');
  });

  it('is one tab stop; arrow keys, Home and End move between values', async () => {
    renderTable(health());
    const cells = screen.getByRole('table').querySelectorAll<HTMLButtonElement>('tbody button.cell');
    expect([...cells].filter((c) => c.tabIndex === 0)).toHaveLength(1);
    cells[0]!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('UKR');
    await userEvent.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('35,954');
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement?.closest('tr')?.getAttribute('aria-current')).toBe('true');
    expect(
      [...screen.getByRole('table').querySelectorAll<HTMLButtonElement>('tbody button.cell')].filter((c) => c.tabIndex === 0),
    ).toEqual([document.activeElement]);
  });

  it('totals a long table (added up after its rows are shown) and totals it again after a search', async () => {
    const ds = large(1_000);
    const sum = (keep: (label: string) => boolean) =>
      ds.rows.reduce((n, r) => n + (keep(String(r.values.label)) ? (r.values.value as number) : 0), 0);
    renderTable(ds);
    const foot = () => screen.getByRole('table').querySelector('tfoot')?.textContent ?? '';
    const grouped = (n: number) => n.toLocaleString('en-CA');
    await waitFor(() => expect(foot()).toContain(grouped(sum(() => true))));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find in table' }), 'Row 99');
    const filtered = sum((label) => label.includes('Row 99'));
    expect(filtered).toBeLessThan(sum(() => true));
    await waitFor(() => expect(foot()).toContain(grouped(filtered)));
  });

  it('keeps only a window of a 100,000-row dataset in the DOM', async () => {
    // happy-dom lays nothing out: give the scroll box the size a window would have.
    const height = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
    try {
      renderTable(large(100_000));
      const count = () => screen.getByRole('table').querySelectorAll('tbody tr[data-row-id]').length;
      await waitFor(() => expect(count()).toBeGreaterThan(0));
      expect(count()).toBeLessThan(100);
    } finally {
      height.mockRestore();
      width.mockRestore();
    }
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('100001');
  });
});
