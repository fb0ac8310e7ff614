import { expect, type Locator, type Page } from '@playwright/test';
import { ExportPage } from './export';

/** The export composer dialog ("Export" → "Customize…"). */
export class ComposerPage {
  readonly dialog: Locator;
  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export: choose size, text and format' });
  }

  async open() {
    await new ExportPage(this.page).open();
    await this.page.getByRole('menu').getByRole('menuitem', { name: 'Customize…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  size(label: string) {
    return this.dialog.getByLabel('Size').selectOption({ label });
  }

  /** A radio by its label: a format, a scale, a notes mode or a background. */
  choose(label: string) {
    return this.dialog.getByLabel(label, { exact: true }).check();
  }

  async setText(field: 'Title' | 'Subtitle' | 'Footer line', value: string) {
    await this.dialog.getByLabel(field, { exact: true }).fill(value);
  }

  /** The preview image's own size: the frame the export is laid out in. */
  async previewSize(): Promise<{ width: number; height: number }> {
    const img = this.dialog.getByRole('img', { name: 'Preview of the exported figure' });
    await expect(img).toBeVisible();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    return img.evaluate((el) => ({ width: (el as HTMLImageElement).naturalWidth, height: (el as HTMLImageElement).naturalHeight }));
  }

  async export() {
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}
