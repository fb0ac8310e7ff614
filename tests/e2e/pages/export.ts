import { expect, type Page } from '@playwright/test';

export type ExportFormat = 'PNG image' | 'SVG image' | 'CSV and metadata (.zip)' | 'Excel' | 'PDF' | 'Copy image';

/** The "Export" menu of the toolbar. */
export class ExportPage {
  constructor(readonly page: Page) {}

  async choose(format: ExportFormat, options: { hiRes?: boolean } = {}) {
    await this.open(options);
    await this.pick(format);
  }

  /** Opens the menu (and ticks "High resolution" when asked), leaving it open. */
  async open(options: { hiRes?: boolean } = {}) {
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    if (options.hiRes) await this.page.getByRole('menu').getByRole('menuitemcheckbox', { name: 'High resolution (3×)' }).click();
  }

  /** Chooses a format in the open menu. */
  async pick(format: ExportFormat) {
    await this.page.getByRole('menu').getByRole('menuitem', { name: format, exact: true }).click();
  }

  /** Waits until the export reports success ("Saved “file”." / "Image copied…"). */
  async expectDone(text: RegExp) {
    await expect(this.page.locator('.export-menu').getByRole('status')).toHaveText(text);
  }

  status() {
    return this.page.locator('.export-menu').getByRole('status');
  }

  alert() {
    return this.page.locator('.export-menu').getByRole('alert');
  }
}
