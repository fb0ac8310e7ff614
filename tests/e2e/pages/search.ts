import { expect, type Locator, type Page } from '@playwright/test';

/** The catalog search: its box, and the results that replace the catalog while a query is typed. */
export class SearchPage {
  readonly nav: Locator;
  readonly box: Locator;
  readonly results: Locator;
  readonly status: Locator;

  constructor(
    readonly page: Page,
    text: { nav: string; search: string; results: string } = { nav: 'Datasets', search: 'Search', results: 'Search results' },
  ) {
    this.nav = page.getByRole('navigation', { name: text.nav });
    this.box = this.nav.getByRole('searchbox', { name: text.search, exact: true });
    this.results = this.nav.getByRole('list', { name: text.results, exact: true });
    this.status = this.nav.locator('.search-results [role="status"]');
  }

  /** Types a query and waits until the full index (not the titles-only fallback) has answered. */
  async find(query: string) {
    await this.box.fill(query);
    await expect(this.status).not.toHaveText(/Reading every dataset|Lecture de tous/);
  }

  /** The results under one dataset's heading. */
  group(datasetTitle: string) {
    return this.results.getByRole('list', { name: datasetTitle, exact: true });
  }

  /** Every result's text, dataset by dataset, to compare two queries. */
  async allText(): Promise<string[]> {
    return this.results.locator(':scope > li').allInnerTexts();
  }
}
