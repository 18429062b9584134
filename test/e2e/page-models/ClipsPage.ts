// Page model of the Clips screen: filter bar, virtualised list, open clip and player.
import type { Page } from 'playwright-core';

export class ClipsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-clips').click();
    await this.page.getByTestId('clip-list').waitFor();
  }

  total = async () => (await this.page.getByTestId('filter-total').textContent()) ?? '';
  rows = () => this.page.getByTestId('clip-row');

  async search(text: string): Promise<void> {
    await this.page.getByTestId('filter-search').fill(text);
    await this.page.waitForFunction((q) => new URLSearchParams(location.hash.split('?')[1] ?? '').get('q') === q, text);
    // The list shows the query's answer (it comes from the filter worker after the URL changed), with the
    // index built.
    await this.page.waitForFunction((q) => {
      const total = document.querySelector<HTMLElement>('[data-testid="filter-total"]');
      const answers = new URLSearchParams(total?.dataset.answers ?? '').get('q') ?? '';
      return answers === q && !/Preparing|vorbereitet/.test(total?.textContent ?? '');
    }, text);
  }

  async toggleFacet(facet: string, option: string): Promise<void> {
    await this.page.getByTestId(`facet-${facet}`).locator('summary').click();
    await this.page.getByTestId(`facet-${facet}`).getByLabel(option, { exact: false }).first().check();
    await this.page.getByTestId(`facet-${facet}`).locator('summary').click();
  }

  /** Transcript (or status) texts of the rows currently rendered. */
  async rowTexts(): Promise<string[]> {
    await this.page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="clip-row"] .clip-text')].every((e) => e.textContent),
    );
    return this.page.locator('[data-testid="clip-row"] .clip-text').allTextContents();
  }

  async rowRooms(): Promise<string[]> {
    return this.page.locator('[data-testid="clip-row"] .clip-room').allTextContents();
  }

  panelTitle = async () => (await this.page.getByTestId('clip-title').textContent()) ?? '';
}

/** Parses "12 of 87 captures" / "12 von 87 Aufnahmen" into its first number. */
export function shownCount(total: string): number {
  return Number(total.split(/\s/)[0]!.replace(/\D/g, ''));
}
