// Page model of the Reports screen: choose options, read the preview, export files through downloads.
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';

export class ReportsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-reports').click();
    await this.preview().locator('article.report').waitFor();
  }

  preview(): FrameLocator {
    return this.page.frameLocator('[data-testid="report-preview"]');
  }

  async previewText(): Promise<string> {
    return (await this.preview().locator('article.report').textContent()) ?? '';
  }

  /** Number in "N captures in this report" once the report is built. */
  async count(): Promise<number> {
    const line = this.page.getByTestId('report-count');
    await line.filter({ hasText: /\d/ }).waitFor();
    // First number only (thousands separators removed); a note on left-out captures may follow.
    return Number(/^[\d.,\s]*\d/.exec((await line.textContent()) ?? '')?.[0]?.replace(/\D/g, '') ?? NaN);
  }

  async privacy(level: 'counts' | 'transcripts' | 'redacted'): Promise<void> {
    await this.page.getByTestId(`report-privacy-${level}`).check();
  }

  /** Clicks an export button and returns the downloaded file's name and text. */
  async download(format: 'html' | 'csv' | 'json'): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`report-export-${format}`).click(),
    ]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
  }
}
