// No network, proven: a whole user journey — import every format of a household, explore the timeline and
// heatmaps, open and play a clip, correct its category, select captures and draft an erasure request, open
// the report, save a backup — while every request of the page and its workers is recorded. Only the app's
// own origin (and in-page blob:/data: URLs) may appear.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHousehold, type GeneratedHousehold } from '../fixtures/generate';
import { foreignRequests, openApp, startHarness, type Harness } from './harness';
import { BackupPage } from './page-models/BackupPage';
import { ImportPage } from './page-models/ImportPage';

let harness: Harness;
let household: GeneratedHousehold;

beforeAll(async () => {
  [harness, household] = await Promise.all([
    startHarness(),
    generateHousehold({
      out: path.resolve('test/fixtures/out/e2e-no-network'),
      household: 'de',
      stranger: true,
      captures: 40,
      seed: 51,
    }),
  ]);
}, 240_000);
afterAll(async () => {
  await harness?.close();
});

describe('no network', () => {
  it('a full journey requests nothing but the app itself', { timeout: 600_000 }, async () => {
    const app = await openApp(harness, { locale: 'de-DE' });
    const { page } = app;
    const importer = new ImportPage(page);
    await importer.importFiles(household.paths.alexaArchive);
    for (const folder of [household.paths.alexaHistory, household.paths.googleTakeout, household.paths.homeAssistant]) {
      await page.getByRole('button', { name: 'Weitere importieren' }).click();
      await importer.importFolder(folder);
    }
    await importer.waitForAnalysis();

    await page.getByTestId('nav-timeline').click();
    await page.getByTestId('timeline-canvas').waitFor();
    await page.getByTestId('nav-heatmaps').click();
    await page.locator('[data-testid="heatmap"]').first().waitFor();
    await page.getByTestId('nav-clips').click();
    await page.getByTestId('clip-row').first().waitFor();
    // Open a clip with audio and play it.
    const rows = page.getByTestId('clip-row');
    for (let i = 0; i < Math.min(await rows.count(), 15); i++) {
      await rows.nth(i).click();
      await page.getByTestId('clip-panel').waitFor();
      if (await page.getByTestId('player-play').isVisible()) break;
    }
    await page.getByTestId('player-play').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="player-play"]')?.getAttribute('data-playing') === 'true',
    );
    await page.waitForFunction(
      () => parseFloat(document.querySelector('[data-testid="player-time"]')?.textContent ?? '0') > 0.3,
    );
    await page.getByTestId('clip-category').selectOption('weather');

    // Select what is shown and draft an erasure request.
    await page.getByTestId('tray-select-all').click();
    await page.getByTestId('tray-erasure').click();
    await page.getByTestId('request-editor').waitFor();

    await page.getByTestId('nav-reports').click();
    await page.getByTestId('report-preview').waitFor();
    await page.getByTestId('nav-voices').click();
    await page.getByTestId('nav-devices').click();
    const backup = new BackupPage(page);
    await backup.open();
    await backup.save(path.resolve('test/fixtures/out/e2e-no-network/backup.zip'));

    const origin = new URL(harness.server.url).origin;
    expect(app.requests.length).toBeGreaterThan(10);
    expect(app.requests.some((url) => url.includes('.worker'))).toBe(true);
    expect(foreignRequests(app.requests, origin)).toEqual([]);
    expect(app.errors).toEqual([]);
    // Controls: the app's Content-Security-Policy stops a stray fetch before it is even a request, and the
    // recorder does see a request that leaves the origin (from a second tab of the same context).
    expect(
      await page.evaluate(() =>
        fetch('http://127.0.0.2:9/probe').then(
          () => 'sent',
          () => 'blocked',
        ),
      ),
    ).toBe('blocked');
    const probe = await app.context.newPage();
    await probe.goto('http://127.0.0.2:9/probe').catch(() => undefined);
    expect(foreignRequests(app.requests, origin)).toEqual(['http://127.0.0.2:9/probe']);
    await app.context.close();
  });
});
