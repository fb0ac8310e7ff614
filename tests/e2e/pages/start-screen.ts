import { expect, type Locator, type Page } from '@playwright/test';

/** The start screen: the report's figures as picture cards, the key numbers, the user's own views. */
export class StartScreenPage {
  readonly root: Locator;
  readonly heading: Locator;
  readonly figureCards: Locator;
  readonly numbers: Locator;
  readonly yourViews: Locator;
  readonly homeButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('section.home');
    this.heading = this.root.getByRole('heading', { level: 2 }).first();
    this.figureCards = this.root.locator('ul.home-cards').getByRole('button');
    this.numbers = this.root.locator('ul.home-numbers').getByRole('button');
    this.yourViews = this.root.locator('ul.home-yours').getByRole('button');
    this.homeButton = page.locator('.app-header').getByRole('button', { name: /^(Home|Accueil)$/ });
  }

  async expectShown() {
    await expect(this.root).toBeVisible();
    await expect(this.figureCards.first()).toBeVisible();
  }

  figure(title: string) {
    return this.figureCards.filter({ hasText: title });
  }

  /** The cards whose whole box lies inside the window, without scrolling anything. */
  async cardsFullyInView(): Promise<number> {
    const size = this.page.viewportSize();
    if (size === null) throw new Error('no viewport');
    let inside = 0;
    for (const card of await this.figureCards.all()) {
      const box = await card.boundingBox();
      if (box && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height) inside++;
    }
    return inside;
  }

  /** Whether the map pictures are drawn (main's answer arrived). */
  async expectPictures() {
    await expect(this.root.locator('svg.sketch path').first()).toBeAttached();
  }
}
