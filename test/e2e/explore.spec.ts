// Exploring a realistic household in Chromium: filters and search narrow every view consistently, a
// clip opens and really plays, the keyboard works, filters survive a restart; screenshots of every view
// in both languages and both themes for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemo, screenshot, settled, startHarness, type AppPage, type Harness } from './harness';
import { ClipsPage, shownCount } from './page-models/ClipsPage';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** The demo household, imported and analysed (a copy of the profile the global set-up made). */
async function withDemo(locale: string, colorScheme: 'light' | 'dark'): Promise<AppPage> {
  return openDemo(harness, { locale, colorScheme });
}

/** What each view shows once it has its data (the timeline's text summary lists its lanes). */
const VIEW_READY = {
  library: '[data-testid="overview"]',
  timeline: '[data-testid="timeline-summary"] li',
  heatmaps: '[data-testid="heatmap"]',
  clips: '[data-testid="clip-row"]',
  devices: '[data-testid="devices-table"]',
} as const;

describe('exploring the library', () => {
  it('filters and search narrow the list, the timeline and the heatmaps alike, and survive a restart', async () => {
    const app = await withDemo('en-US', 'light');
    const clips = new ClipsPage(app.page);
    await clips.open();
    const all = shownCount(await clips.total());
    expect(all).toBeGreaterThan(50);

    await clips.toggleFacet('rooms', 'Bad');
    const inBathroom = shownCount(await clips.total());
    expect(inBathroom).toBeGreaterThan(0);
    expect(inBathroom).toBeLessThan(all);
    expect(new Set(await clips.rowRooms())).toEqual(new Set(['Bad']));
    await app.page.getByTestId('nav-timeline').click();
    const lanes = (await app.page.getByTestId('timeline-summary').textContent()) ?? '';
    expect(lanes).toContain(`Bad (private room): ${inBathroom} recording`);
    await app.page.getByTestId('nav-heatmaps').click();
    expect(await app.page.getByTestId('heatmap-all').textContent()).toContain(String(inBathroom));

    await app.page.reload();
    await app.page.getByTestId('filter-total').waitFor();
    expect(shownCount(await clips.total())).toBe(inBathroom);
    await app.page.getByTestId('filter-reset').click();
    // The list's total follows the filter worker's answer, which arrives after the click.
    await expect.poll(async () => shownCount(await clips.total())).toBe(all);

    await clips.open();
    await clips.search('wetter');
    const weather = await clips.rowTexts();
    expect(weather.length).toBeGreaterThan(0);
    for (const text of weather) expect(text.toLowerCase()).toContain('wetter');
    await clips.search('wettr morgn'); // typos: only when similar spellings are asked for
    expect(shownCount(await clips.total())).toBe(0);
    await app.page.getByTestId('filter-similar').check();
    await expect.poll(async () => shownCount(await clips.total())).toBeGreaterThan(0);
    await app.page.getByTestId('filter-similar').uncheck();
    await clips.search('kuche'); // umlauts folded: finds "Küche"
    for (const text of await clips.rowTexts()) expect(text.toLowerCase()).toMatch(/küche|kueche/);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('opens a clip, plays its audio, and moves through the filter with the keyboard', async () => {
    const app = await withDemo('de-DE', 'light');
    const clips = new ClipsPage(app.page);
    await clips.open();
    await app.page.getByTestId('clip-list').focus();
    await app.page.keyboard.press('ArrowDown');
    await app.page.getByTestId('clip-panel').waitFor();
    const first = await clips.panelTitle();
    await app.page.keyboard.press('n');
    await app.page.waitForFunction(
      (title) => document.querySelector('[data-testid="clip-title"]')?.textContent !== title,
      first,
    );
    const second = await clips.panelTitle();
    expect(second).not.toBe(first);
    await app.page.keyboard.press('p');
    await app.page.waitForFunction(
      (title) => document.querySelector('[data-testid="clip-title"]')?.textContent === title,
      first,
    );

    // A clip with audio: play it for real and watch the playhead move.
    const withAudio = app.page.locator('[data-testid="clip-row"]:has(canvas.mini-waveform)').first();
    await withAudio.click();
    await app.page.getByTestId('waveform').waitFor();
    await app.page.getByTestId('player-play').click();
    await app.page.waitForFunction(
      () => document.querySelector('[data-testid="player-play"]')?.getAttribute('data-playing') === 'true',
    );
    await app.page.waitForFunction(
      () => parseFloat(document.querySelector('[data-testid="player-time"]')?.textContent ?? '0') > 0.3,
    );
    await app.page.keyboard.press('k');
    await app.page.waitForFunction(
      () => document.querySelector('[data-testid="player-play"]')?.getAttribute('data-playing') === 'false',
    );
    await screenshot(app.page, 'explore-player-de-light');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  // One library per language; the theme follows the system setting live, so both are shown from it.
  for (const locale of ['de-DE', 'en-US'] as const) {
    it(`shows every view with a household loaded (${locale}, light and dark)`, async () => {
      const app = await withDemo(locale, 'light');
      for (const colorScheme of ['light', 'dark'] as const) {
        await app.page.emulateMedia({ colorScheme });
        await app.page.waitForFunction((t) => document.documentElement.dataset.theme === t, colorScheme);
        for (const view of ['library', 'timeline', 'heatmaps', 'clips', 'devices'] as const) {
          await app.page.getByTestId(`nav-${view}`).click();
          await app.page.locator(VIEW_READY[view]).first().waitFor({ state: 'attached' });
          if (view === 'clips') {
            await app.page.getByTestId('clip-row').nth(2).click();
            await app.page.getByTestId('clip-title').waitFor();
          }
          await settled(app.page);
          await screenshot(app.page, `view-${view}-${locale}-${colorScheme}`);
        }
        // The next theme starts as this one did, with no clip open.
        await app.page.getByTestId('nav-clips').click();
        await app.page.locator('[data-testid="clip-panel"] .clip-panel-head button').click();
        await app.page.getByTestId('clip-panel').waitFor({ state: 'detached' });
      }
      expect(app.errors).toEqual([]);
      await app.context.close();
    });
  }
});
