// The empty app: what a new user sees, in both languages and both themes; settings persist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, startHarness, type Harness } from './harness';
import { LibraryPage } from './page-models/LibraryPage';
import { SettingsPage } from './page-models/SettingsPage';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('empty library', () => {
  for (const [locale, title] of [
    ['en-US', 'Your library is empty'],
    ['de-DE', 'Ihre Bibliothek ist leer'],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`explains what to export and offers Import (${locale}, ${colorScheme})`, async () => {
        const app = await openApp(harness, { locale, colorScheme });
        const library = new LibraryPage(app.page);
        await library.emptyState().waitFor();
        expect(await library.heading().textContent()).toBe(title);
        expect(await library.importButton().isVisible()).toBe(true);
        expect(await app.page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
        expect(await app.page.locator('html').getAttribute('lang')).toBe(locale.slice(0, 2));
        const text = (await app.page.locator('main').textContent()) ?? '';
        expect(text).toContain('Amazon Alexa');
        expect(text).toContain('Google Assistant');
        expect(text).toContain('Home Assistant');
        await screenshot(app.page, `empty-library-${locale}-${colorScheme}`);
        expect(app.errors).toEqual([]);
        await app.context.close();
      });
    }
  }

  it('switches language and theme in Settings and keeps them after a reload', async () => {
    const app = await openApp(harness, { locale: 'en-US', colorScheme: 'light' });
    const settings = new SettingsPage(app.page);
    await settings.open();
    await settings.setLanguage('de');
    await settings.setTheme('dark');
    await app.page.getByRole('heading', { name: 'Einstellungen' }).waitFor();
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Einstellungen' }).waitFor();
    expect(await app.page.locator('html').getAttribute('data-theme')).toBe('dark');
    await screenshot(app.page, 'settings-de-dark');
    await app.context.close();
  });

  it('can be used with the keyboard alone', async () => {
    const app = await openApp(harness);
    await new LibraryPage(app.page).emptyState().waitFor();
    const focused: string[] = [];
    for (let i = 0; i < 20; i++) {
      await app.page.keyboard.press('Tab');
      focused.push(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''));
    }
    expect(focused).toContain('nav-settings');
    expect(focused).toContain('empty-import');
    await app.context.close();
  });
});
