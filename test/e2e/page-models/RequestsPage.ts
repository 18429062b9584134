// Page models of the selection tray and the Requests screens (list, editor, exports, verification).
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

/** The number in "12 clips selected" / "12 Aufnahmen ausgewählt" (thousands separators removed). */
const firstNumber = (text: string | null): number =>
  Number((text ?? '').replace(/[.,\s]/g, '').match(/\d+/)?.[0] ?? NaN);

export class SelectionTray {
  constructor(readonly page: Page) {}

  tray = () => this.page.getByTestId('selection-tray');
  selectAllButton = () => this.page.getByTestId('tray-select-all');

  async count(): Promise<number> {
    if (!(await this.tray().isVisible())) return 0;
    return firstNumber(await this.page.getByTestId('tray-count').textContent());
  }

  /** Waits until the tray shows exactly `expected` selected clips (0: the tray is gone). */
  async waitForCount(expected: number): Promise<void> {
    if (expected === 0) {
      await this.tray().waitFor({ state: 'detached' });
      return;
    }
    await this.page.waitForFunction((n) => {
      const text = document.querySelector('[data-testid="tray-count"]')?.textContent ?? '';
      return Number(text.replace(/[.,\s]/g, '').match(/\d+/)?.[0]) === n;
    }, expected);
  }

  /** Selects everything the filter shows; with `filtered`, first waits until the filter's answer (it may come
   * from the filter worker) shows that many clips, so a button still counting the previous filter is not used. */
  async selectAllInFilter(filtered?: number): Promise<number> {
    if (filtered !== undefined) {
      await this.page.waitForFunction((n) => {
        const text = document.querySelector('[data-testid="tray-select-all"]')?.textContent ?? '';
        return Number(text.replace(/[.,\s]/g, '').match(/\d+/)?.[0]) === n;
      }, filtered);
    }
    const expected = firstNumber(await this.selectAllButton().textContent());
    await this.selectAllButton().click();
    await this.waitForCount(expected);
    return expected;
  }

  async save(name: string): Promise<void> {
    await this.page.getByTestId('tray-open').click();
    await this.page.getByTestId('tray-save-name').fill(name);
    await this.page.getByTestId('tray-save-confirm').click();
    await this.page.getByTestId('tray-saved-notice').waitFor();
  }

  async openSaved(name: string): Promise<void> {
    await this.page.getByTestId('tray-open').click();
    await this.page.getByTestId('saved-selection-open').filter({ hasText: name }).click();
  }
}

export class ClipListModel {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-clips').click();
    await this.row(0).waitFor();
  }

  row = (n: number): Locator => this.page.getByTestId('clip-row').nth(n);
  /** Plain click on a row's checkbox: toggles that clip and sets the range anchor. */
  check = (n: number) => this.row(n).locator('input.clip-check').click();
  shiftClick = (n: number) => this.row(n).click({ modifiers: ['Shift'], position: { x: 200, y: 20 } });
  ctrlClick = (n: number) => this.row(n).click({ modifiers: ['Control'], position: { x: 200, y: 20 } });
  async idOf(n: number): Promise<string> {
    return (await this.row(n).getAttribute('data-clip-id')) ?? '';
  }
}

export class RequestsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-requests').click();
    await this.page.getByTestId('controllers-card').waitFor();
  }

  rows = () => this.page.getByTestId('request-row');
  editor = () => this.page.getByTestId('request-editor');
  status = () => this.editor().getByTestId('request-status').first();
  navBadge = () => this.page.getByTestId('nav-requests').locator('.nav-badge');

  /** Opens the first request of this kind in the list (the row carries the kind; click waits for it). */
  async openRequest(kind: string): Promise<void> {
    await this.page
      .locator(`[data-testid="request-row"][data-kind="${kind}"] [data-testid="request-open"]`)
      .first()
      .click();
    await this.editor().waitFor();
  }

  async fillIdentity(identity: { name: string; email: string; address: string }): Promise<void> {
    await this.page.getByTestId('identity-name').fill(identity.name);
    await this.page.getByTestId('identity-email').fill(identity.email);
    await this.page.getByTestId('identity-address').fill(identity.address);
    await this.page.getByTestId('identity-name').focus();
    await this.page.getByTestId('request-notes').focus();
  }

  async setDate(key: 'sentAt' | 'extensionAnnouncedAt' | 'answeredAt', day: string): Promise<void> {
    await this.page.getByTestId(`tracking-${key}`).fill(day);
  }

  async waitForStatus(status: string): Promise<void> {
    await this.editor().locator(`[data-testid="request-status"][data-status="${status}"]`).first().waitFor();
  }

  /** Clicks an export button and returns the downloaded file's name and text. */
  async download(testId: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).click()]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
  }

  /** Waits until the letter (text export) contains `needle`, i.e. the last edit reached the letter. */
  async waitForLetter(needle: string): Promise<void> {
    await this.page.frameLocator('[data-testid="letter-preview"]').locator('body', { hasText: needle }).waitFor();
  }
}
