// Small defects a new user met, each checked where a browser can see it: no request for a missing favicon,
// filters that survive a restart say so, search is exact unless asked otherwise, German day inputs, the
// date range never wraps "Bis" alone, the clip panel does not cut categories at 1440 px, and a backup
// restores into a non-empty library only after the user has seen both counts and chosen to replace it (merging
// is covered by restore-merge.spec.ts).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemo, screenshot, settled, startHarness, type AppPage, type Harness } from './harness';
import { BackupPage } from './page-models/BackupPage';
import { ClipsPage, shownCount } from './page-models/ClipsPage';
import { libraryCounts } from './page-models/ImportPage';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** The demo household, imported and analysed (a copy of the profile the global set-up made). */
async function withDemo(width = 1360, height = 860): Promise<AppPage> {
  const app = await openDemo(harness, { locale: 'de-DE' });
  await app.page.setViewportSize({ width, height });
  return app;
}

describe('defects a new user met', () => {
  it('icon, remembered filters, exact search, German days and the date range on one line', async () => {
    const app = await withDemo(1280, 720);
    const { page } = app;
    const origin = harness.server.url.replace(/\/$/, '');
    expect(app.requests.filter((u) => u.startsWith(`${origin}/favicon.ico`))).toEqual([]);
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/\.svg$/);

    const clips = new ClipsPage(page);
    await clips.open();
    const all = shownCount(await clips.total());
    // "Wetter" finds the weather, never "alexa weiter".
    await clips.search('Wetter');
    for (const text of await clips.rowTexts()) expect(text.toLowerCase()).toContain('wetter');
    expect(await page.getByTestId('filter-similar').isChecked()).toBe(false);
    await page.getByTestId('filter-search').fill('');
    await expect.poll(async () => shownCount(await clips.total())).toBe(all);

    // Days in the German pattern; typing one filters.
    const from = page.getByTestId('filter-from');
    expect(await from.getAttribute('placeholder')).toBe('TT.MM.JJJJ');
    await from.fill('25.10.2026');
    await from.press('Enter');
    await expect.poll(async () => shownCount(await clips.total())).toBeLessThan(all);
    expect(await from.inputValue()).toBe('25.10.2026');
    // "Von" and "Bis" stay on one line.
    const vonBox = await page.getByText('Von', { exact: true }).boundingBox();
    const bisBox = await page.getByText('Bis', { exact: true }).boundingBox();
    expect(Math.abs(vonBox!.y - bisBox!.y)).toBeLessThan(4);
    await screenshot(page, 'defects-filterbar-de-1280');

    // After a restart the kept filter is said plainly where the user lands.
    await page.goto(`${harness.server.url}#/library`);
    await page.reload();
    const notice = page.getByTestId('filter-notice');
    await notice.waitFor();
    // Of the recordings the overview counts (the demo's second-device copy is counted apart).
    expect(await notice.textContent()).toMatch(new RegExp(`Filter aktiv: Zeitraum.*\\d+ von ${all} Aufnahmen gezeigt`));
    await notice.getByTestId('filter-notice-reset').click();
    await notice.waitFor({ state: 'detached' });
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('keeps categories and transcripts whole with the clip panel open at 1440 px', async () => {
    const app = await withDemo(1440, 900);
    const { page } = app;
    await new ClipsPage(page).open();
    await page.getByTestId('clip-row').first().click();
    await page.getByTestId('clip-title').waitFor();
    // Measured once the fonts are in and the panel's layout has been painted.
    await settled(page);
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="clip-row"] .chip, [data-testid="clip-row"] .clip-meta')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent),
    );
    await screenshot(page, 'defects-clip-panel-de-1440');
    expect(cut).toEqual([]);
    await app.context.close();
  });

  it('restores a backup into a non-empty library only after showing both counts', async () => {
    const app = await withDemo();
    const { page } = app;
    const backup = new BackupPage(page);
    await backup.open();
    const dir = path.resolve('test/fixtures/out/e2e-defects');
    mkdirSync(dir, { recursive: true });
    const file = await backup.save(path.join(dir, 'backup.zip'));
    const before = await libraryCounts(page);
    // The library changes after the backup: one capture fewer.
    await new ClipsPage(page).open();
    await page.getByTestId('clip-row').first().locator('input.clip-check').click();
    await page.getByTestId('tray-delete').click();
    await page.locator('dialog[open] [data-testid="confirm-ok"]').click();
    await backup.open();
    await backup.restore(file);
    const choice = page.getByTestId('restore-choice');
    await choice.waitFor();
    const count = async (id: string) =>
      Number(((await choice.getByTestId(id).locator('td.num').textContent()) ?? '').replace(/\D/g, ''));
    expect(await count('restore-count-backup')).toBe(before.recordings);
    expect(await count('restore-count-library')).toBe(before.recordings - 1);
    // The capture deleted since is no "same" recording, and a merge would not bring it back.
    expect(await count('restore-count-same')).toBe(before.recordings - 1);
    expect(await count('restore-count-deleted')).toBe(1);
    await screenshot(page, 'defects-restore-choice-de');
    await choice.getByTestId('restore-replace').click();
    await page.getByTestId('backup-status').filter({ hasText: 'Ersetzt' }).waitFor();
    expect(await libraryCounts(page)).toMatchObject({ clips: before.clips, recordings: before.recordings });
    // The capture deleted after the backup is back: the backup replaced the library.
    await page.getByTestId('nav-library').click();
    await expect
      .poll(async () => (await page.getByTestId('stat-total').locator('.stat-value').textContent()) ?? '')
      .toBe(before.recordings.toLocaleString('de-DE'));
    await app.context.close();
  });
});
