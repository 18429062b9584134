// Page model for feeding one hostile file at a time through the Import screen and reading what the user
// is shown: an error (title, file line, message), "not recognised" (the file list), or a result.
import type { Page } from 'playwright-core';

export type UiOutcome =
  | { kind: 'error'; title: string; text: string }
  | { kind: 'unknown'; text: string }
  | { kind: 'result'; text: string; warnings: string };

export class HostilePage {
  constructor(readonly page: Page) {}

  async importOne(file: string, timeout = 120_000): Promise<UiOutcome> {
    const page = this.page;
    // The previous error stays on screen until the new run starts: mark it so it is not taken for the answer.
    await page.evaluate(() =>
      document.querySelectorAll('[data-testid=import-error]').forEach((e) => e.setAttribute('data-stale', '')),
    );
    await page.getByTestId('import-files-input').setInputFiles(file);
    const error = page.locator('[data-testid=import-error]:not([data-stale])');
    const unknown = page.getByTestId('import-unknown');
    const result = page.getByTestId('import-result');
    await error.or(unknown).or(result).waitFor({ timeout });
    if (await error.isVisible())
      return {
        kind: 'error',
        title: (await error.locator('strong').textContent()) ?? '',
        text: (await error.textContent()) ?? '',
      };
    if (await unknown.isVisible()) {
      const text = (await unknown.textContent()) ?? '';
      await unknown.getByRole('button').click();
      return { kind: 'unknown', text };
    }
    if (!(await result.isVisible()))
      throw new Error(`no outcome shown for ${file}: ${await page.locator('main').textContent()}`);
    const warnings = page.getByTestId('import-warnings');
    const outcome: UiOutcome = {
      kind: 'result',
      text: (await result.textContent()) ?? '',
      warnings: (await warnings.isVisible()) ? ((await warnings.textContent()) ?? '') : '',
    };
    await result.getByRole('button', { name: /Import more|Weitere importieren/ }).click();
    return outcome;
  }
}
