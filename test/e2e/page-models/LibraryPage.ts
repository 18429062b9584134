// Page model of the Library screen (empty state and overview).
import type { Page } from 'playwright-core';

export class LibraryPage {
  constructor(readonly page: Page) {}

  emptyState = () => this.page.getByTestId('empty-library');
  importButton = () => this.page.getByTestId('empty-import');
  demoButton = () => this.page.getByTestId('empty-demo');
  heading = () => this.page.locator('main h1').first();

  async open(): Promise<void> {
    await this.page.getByTestId('nav-library').click();
  }
}
