// Night hours are the household's: set in Settings, they re-flag the library, and the overview card, its
// per-room links and the report all use them.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemo, screenshot, startHarness, type Harness } from './harness';
import { ClipsPage, shownCount } from './page-models/ClipsPage';
import { ImportPage } from './page-models/ImportPage';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const value = async (app: { page: Page }) =>
  Number(
    ((await app.page.getByTestId('stat-night-private').locator('.stat-value').textContent()) ?? '').replace(/\D/g, ''),
  );

describe('night hours from settings', () => {
  it('re-flags the library and changes the overview, its links and the report', async () => {
    // The demo household, imported through the empty library's own button and analysed (global set-up).
    const app = await openDemo(harness, { locale: 'de-DE' });
    const importer = new ImportPage(app.page);
    await app.page.getByTestId('nav-library').click();
    const card = app.page.getByTestId('stat-night-private');
    await card.waitFor();
    expect(await card.textContent()).toContain('nachts (23–6 Uhr)');
    const before = await value(app);

    // Mornings 7–9 as "night": a choice no default could produce, so the re-flagging is visible.
    // Each change starts a pass; the second is waited for on its own, so the counts below are 7–9's.
    await card.getByTestId('night-settings-link').click();
    for (const [end, hour] of [
      ['from', '7'],
      ['to', '9'],
    ] as const) {
      const since = await importer.clock();
      await app.page.getByTestId(`settings-night-${end}`).selectOption(hour);
      await importer.waitForAnalysis(since);
    }
    await app.page.getByTestId('nav-library').click();
    await expect.poll(async () => (await card.textContent()) ?? '').toContain('nachts (7–9 Uhr)');
    await expect.poll(() => value(app)).not.toBe(before);
    const after = await value(app);
    await screenshot(app.page, 'night-overview-de-light');

    // Each per-room line links to exactly those captures: all between 07:00 and 08:59.
    const roomLinks = card.getByTestId('night-rooms').locator('a');
    let perRoom = 0;
    for (const text of await roomLinks.allTextContents()) perRoom += Number(text.replace(/.*?(\d+)$/, '$1'));
    expect(perRoom).toBe(after);
    await roomLinks.first().click();
    const clips = new ClipsPage(app.page);
    await app.page.getByTestId('clip-list').waitFor();
    expect(shownCount(await clips.total())).toBeGreaterThan(0);
    for (const time of await app.page.locator('[data-testid="clip-row"] .clip-time').allTextContents())
      expect(time).toMatch(/^0[78]:/);

    // The report names and counts the same hours.
    await app.page.getByTestId('filter-reset').click();
    await app.page.getByTestId('nav-reports').click();
    const frame = app.page.frameLocator('[data-testid="report-preview"]');
    await expect.poll(async () => (await frame.locator('body').textContent()) ?? '').toContain('(7–9 Uhr)');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
