import { expect, type Locator, type Page } from '@playwright/test';

/** The explorer screen as a user sees it: catalog, tabs, table, chart, map, source panel. */
export class ExplorerPage {
  readonly nav: Locator;
  readonly search: Locator;
  readonly table: Locator;
  readonly source: Locator;
  readonly chartType: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Datasets' });
    this.search = this.nav.getByRole('searchbox', { name: 'Search', exact: true });
    this.table = page.getByRole('tabpanel').getByRole('table').first();
    this.source = page.getByRole('complementary', { name: 'Source', exact: true });
    this.chartType = page.getByRole('combobox', { name: 'Chart type' });
  }

  /** Below 1100 px the datasets slide over the figure and start closed: the header's toggle opens them. */
  async showDatasets() {
    const toggle = this.page.locator('button[aria-controls="datasets-panel"]');
    // Right after a window resize the toggle can still say "open" for a docked rail that is about to
    // become a closed overlay: look again until the list is on screen.
    await expect(async () => {
      if (await this.nav.isVisible()) return;
      if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
      await expect(this.nav).toBeVisible({ timeout: 1_000 });
    }).toPass();
  }

  async openDataset(title: string) {
    await this.showDatasets();
    await this.nav.getByRole('button', { name: title, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }

  async openPreset(title: string) {
    await this.showDatasets();
    await this.nav.getByRole('button', { name: title, exact: true }).click();
  }

  tab(name: 'Table' | 'Chart' | 'Map') {
    return this.page.getByRole('tab', { name, exact: true });
  }

  /** Data rows of the table body (not the header or totals). */
  bodyRows() {
    return this.table.locator('tbody tr[data-row-id]');
  }

  async columnValues(index: number): Promise<string[]> {
    return this.bodyRows()
      .locator(`td:nth-child(${index + 1})`)
      .allInnerTexts();
  }

  columnHeader(name: string | RegExp) {
    return this.table.getByRole('columnheader', { name });
  }

  async openFilters() {
    const toggle = this.page.getByRole('button', { name: /^Column filters/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  /** Ticks one value of a category column's multi-select filter. */
  async tickFilter(column: string, value: string) {
    await this.openFilters();
    await this.page.getByRole('group', { name: column }).getByRole('checkbox', { name: value, exact: true }).check();
  }

  async setRange(column: string, bound: 'Minimum' | 'Maximum', value: string) {
    await this.openFilters();
    await this.page.getByRole('group', { name: column }).getByRole('spinbutton', { name: bound }).fill(value);
  }

  /** Bars of the chart (recharts rectangles). */
  bars() {
    return this.page.locator('.chart-box .recharts-bar-rectangle');
  }

  /** Countries the map fills with a value. */
  countriesWithData() {
    return this.page.locator('svg[data-figure="map"] path[data-has-data="true"]');
  }

  countriesWithoutData() {
    return this.page.locator('svg[data-figure="map"] path[data-has-data="false"]');
  }
}
