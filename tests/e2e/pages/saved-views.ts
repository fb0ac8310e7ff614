import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { SESSION_FILE } from '../../../src/main/views/last-session';

/** The session's view is saved debounced: waits until main has it on disk, so a restart restores it. */
export const sessionSaved = (userDataDir: string, datasetId: string) =>
  expect
    .poll(() => {
      try {
        return (JSON.parse(readFileSync(join(userDataDir, SESSION_FILE), 'utf8')) as { state: { datasetId: string } }).state.datasetId;
      } catch {
        return null;
      }
    })
    .toBe(datasetId);

/** The saved-views controls: the toolbar buttons and the "Saved views" side panel. */
export class SavedViewsPage {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('complementary', { name: 'Saved views' });
  }

  /** Opens the Save dialog and returns its name box (filled with the suggested name). */
  async openSaveDialog() {
    await this.page.getByRole('button', { name: 'Save view' }).click();
    return this.page.getByRole('dialog').getByRole('textbox', { name: 'Name' });
  }

  /** Types `name` in the Save dialog and presses Save: the dialog then asks, as a name is in use. */
  async saveClashing(name: string) {
    await (await this.openSaveDialog()).fill(name);
    await this.page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
    return this.page.getByRole('dialog', { name: 'A saved view has this name' });
  }

  async save(name: string) {
    await (await this.openSaveDialog()).fill(name);
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.view(name)).toBeVisible();
  }

  view(name: string) {
    return this.region.getByRole('button', { name, exact: true });
  }

  /** Names of the listed views, in order. */
  names() {
    return this.region.locator('.sv-name').allInnerTexts();
  }

  /** The card (list item) of the view named `name`. */
  card(name: string) {
    return this.region.getByRole('listitem').filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  /** An action button ("Delete", "Open at startup"…) of the view named `name`. */
  action(name: string, action: string) {
    return this.region
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name, exact: true }) })
      .getByRole('button', { name: action, exact: true });
  }

  alert() {
    return this.region.getByRole('alert');
  }

  importViews() {
    return this.page.getByRole('button', { name: 'Open views…' }).click();
  }

  exportViews() {
    return this.page.getByRole('button', { name: 'Share views…' }).click();
  }
}
