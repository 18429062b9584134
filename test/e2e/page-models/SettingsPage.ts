// Page model of the Settings screen.
import type { Page } from 'playwright-core';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-settings').click();
    await this.page.getByTestId('settings-language').waitFor();
  }

  async setLanguage(value: 'system' | 'de' | 'en'): Promise<void> {
    await this.page.getByTestId('settings-language').selectOption(value);
  }

  async setTheme(value: 'system' | 'light' | 'dark'): Promise<void> {
    await this.page.getByTestId('settings-theme').selectOption(value);
  }
}
