import { expect, type Page } from '@playwright/test';

/** View codes: "Copy view code", "Open view code…" and its dialog, the offer under search. */
export class ViewCodePage {
  constructor(readonly page: Page) {}

  copy() {
    return this.page.getByRole('button', { name: 'Copy view code' }).click();
  }

  status() {
    return this.page.locator('.vc-status');
  }

  dialog() {
    return this.page.getByRole('dialog', { name: 'Open a view code' });
  }

  /** Opens the dialog, types `code`, presses Open; the dialog stays open on a problem. */
  async open(code: string) {
    await this.page.getByRole('button', { name: 'Open view code…' }).click();
    await this.dialog().getByRole('textbox', { name: 'View code' }).fill(code);
    await this.dialog().getByRole('button', { name: 'Open', exact: true }).click();
  }

  async expectProblem(text: RegExp) {
    await expect(this.dialog().getByRole('alert')).toHaveText(text);
  }
}
