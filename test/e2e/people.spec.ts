// Voices, "Not ours" and command groups in the app, on generated households imported through the real UI:
// a household mixed with a stranger's captures (quarantine, hidden elsewhere, breach letters, purge) and a
// household without strangers (nothing flagged, three voices with one child, naming, group correction).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GeneratedHousehold } from '../fixtures/generate';
import { openApp, screenshot, startHarness, type Harness } from './harness';
import { ImportPage, libraryCounts } from './page-models/ImportPage';
import { foreignTimestamps, PeoplePage } from './page-models/PeoplePage';

let harness: Harness;
let mixed: GeneratedHousehold;
let own: GeneratedHousehold;

beforeAll(async () => {
  harness = await startHarness();
  mixed = inject('households').deStranger;
  own = inject('households').de;
});
afterAll(async () => {
  await harness?.close();
});

async function importAll(page: ImportPage, household: GeneratedHousehold): Promise<void> {
  const { paths } = household;
  await page.importFiles(paths.alexaArchive);
  for (const folder of [
    paths.alexaHistory,
    paths.googleTakeout,
    paths.googleTakeoutHtml,
    paths.homeAssistant,
    paths.audioFolder,
  ]) {
    await page.page
      .getByTestId('import-more')
      .or(page.page.getByRole('button', { name: /Weitere importieren|Import more/ }))
      .first()
      .click();
    await page.importFolder(folder);
  }
  await page.waitForAnalysis();
}

describe('people in the app', () => {
  it('quarantines a stranger’s captures, hides them elsewhere, writes both letters and purges them', async () => {
    const app = await openApp(harness, { locale: 'de-DE' });
    const people = new PeoplePage(app.page);
    await importAll(new ImportPage(app.page), mixed);
    const strangerTs = mixed.truth.captures.filter((c) => c.stranger).map((c) => c.ts);

    const flagged = await foreignTimestamps(app.page);
    expect(flagged.length).toBeGreaterThan(0);
    // Every quarantined capture is one of the stranger's (precision on this household: 1).
    for (const ts of flagged)
      expect(
        strangerTs.some((s) => Math.abs(s - ts) < 1000),
        `ts ${ts}`,
      ).toBe(true);
    expect(await people.badge('quarantine')).toBe(flagged.length);

    const { clips, recordings } = await libraryCounts(app.page);
    expect(await people.totalShown()).toBe(recordings - flagged.length);

    await people.openQuarantine();
    await expect.poll(() => app.page.getByTestId('quarantine-item').count()).toBe(flagged.length);
    const reasons = await app.page.getByTestId('quarantine-list').textContent();
    expect(reasons).toMatch(/nicht auf Ihr Konto registriert|anderen Konto/);
    await screenshot(app.page, 'people-quarantine-de-light');
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(app.page, 'people-quarantine-de-dark');
    await app.page.emulateMedia({ colorScheme: 'light' });

    // Step 1: what happened.
    await app.page.getByTestId('quarantine-not-ours').click();
    await expect.poll(() => app.page.getByTestId('breach-explain').textContent()).toMatch(/72 Stunden/);
    expect(await app.page.getByTestId('breach-explain').textContent()).toMatch(/Art\. 15 Abs\. 4/);
    await screenshot(app.page, 'people-breach-1-de-light');
    // Step 2: the notice and, on request, the complaint.
    await app.page.getByTestId('breach-next').click();
    await app.page.getByLabel('Ihr Name').fill('Anna Beispiel');
    await app.page.getByTestId('breach-with-complaint').check();
    const notice = (await app.page.getByTestId('breach-notice').textContent()) ?? '';
    const complaint = (await app.page.getByTestId('breach-complaint').textContent()) ?? '';
    expect(notice).toContain(`${flagged.length} Sprachaufnahmen`);
    expect(notice).toMatch(/Art\. 33 DSGVO/);
    expect(notice).toContain('Anna Beispiel');
    expect(complaint).toMatch(/Beschwerde nach Art\. 77 DSGVO/);
    // No transcript of the stranger in either letter.
    for (const text of mixed.truth.captures.filter((c) => c.stranger).map((c) => c.text)) {
      expect(notice.toLowerCase()).not.toContain(text.toLowerCase());
      expect(complaint.toLowerCase()).not.toContain(text.toLowerCase());
    }
    await screenshot(app.page, 'people-breach-2-de-light');
    await app.page.getByTestId('breach-language').selectOption('en');
    expect(await app.page.getByTestId('breach-notice').textContent()).toMatch(/Article 33 GDPR/);
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(app.page, 'people-breach-2-de-dark');
    await app.page.emulateMedia({ colorScheme: 'light' });
    await app.page.getByTestId('breach-keep').click();
    await app.page.getByTestId('breach-kept').waitFor();

    // Step 3: purge, Cancel first (it has the focus), then for real.
    await app.page.getByTestId('breach-next').click();
    await app.page.getByTestId('breach-purge').click();
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-cancel');
    await app.page.keyboard.press('Enter');
    expect((await libraryCounts(app.page)).clips).toBe(clips);
    await app.page.getByTestId('breach-purge').click();
    await app.page.getByTestId('confirm-ok').click();
    await app.page.getByTestId('breach-purged').waitFor();
    expect((await libraryCounts(app.page)).clips).toBe(clips - flagged.length);
    await app.page.getByTestId('breach-close').click();
    await expect
      .poll(() => app.page.getByTestId('purge-record').textContent())
      .toContain(`${flagged.length} Aufnahmen`);
    expect(await app.page.getByTestId('quarantine-empty').isVisible()).toBe(true);
    await screenshot(app.page, 'people-purged-de-light');

    await people.openVoices();
    await screenshot(app.page, 'people-voices-de-light');
    await people.openGroups();
    await screenshot(app.page, 'people-groups-de-light');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('flags nothing in a household without strangers; three voices, one a child; names and groups', async () => {
    const app = await openApp(harness, { locale: 'en-US', colorScheme: 'dark' });
    const people = new PeoplePage(app.page);
    await importAll(new ImportPage(app.page), own);
    expect(await foreignTimestamps(app.page)).toEqual([]);
    expect(await people.badge('quarantine')).toBe(0);
    await people.openQuarantine();
    await app.page.getByTestId('quarantine-empty').waitFor();

    await people.openVoices();
    await expect.poll(() => app.page.getByTestId('voice-card').count()).toBe(3);
    expect(await app.page.getByTestId('voice-child').count()).toBe(1);
    await screenshot(app.page, 'people-voices-en-dark');
    // Name the child's voice; the name survives the next library pass.
    const child = app.page.getByTestId('voice-card').filter({ has: app.page.getByTestId('voice-child') });
    await child.getByTestId('voice-name-input').fill('Mia');
    await child.getByTestId('voice-name-save').click();
    await app.page.getByTestId('voices-message').waitFor();

    await people.openGroups();
    const rows = app.page.getByTestId('group-row');
    expect(await rows.count()).toBeGreaterThan(0);
    await screenshot(app.page, 'people-groups-en-dark');
    await app.page.emulateMedia({ colorScheme: 'light' });
    await screenshot(app.page, 'people-groups-en-light');
    // Correct the largest group to "news" at once; the library pass then runs with the correction.
    const count = Number(await rows.first().locator('td.num').textContent());
    const importer = new ImportPage(app.page);
    const since = await importer.clock();
    await rows.first().getByTestId('group-category').selectOption('news');
    await expect.poll(() => app.page.getByTestId('groups-message').textContent()).toContain(`${count}`);
    await importer.waitForAnalysis(since);
    // After a reload the menu can only show what the library pass stored, not what was chosen on screen.
    await app.page.reload();
    await expect.poll(() => rows.first().getByTestId('group-category').inputValue()).toBe('news');

    await people.openVoices();
    await expect.poll(() => app.page.getByTestId('voice-label').allTextContents()).toContain('Mia');
    await screenshot(app.page, 'people-voices-en-light');
    await child.getByTestId('voice-show').click();
    await app.page.getByTestId('clip-list').waitFor();
    expect(app.page.url()).toMatch(/voice=voice-/);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
