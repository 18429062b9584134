// Screenshots for people to look at: import result, overview, quarantine and requests, in German and English,
// light and dark, at 1280×720 and 1440×900, with a household whose export holds a stranger's recordings.
// Run: npm run build:renderer && npx tsx test/e2e/tools/shots.ts  → test/e2e/screenshots/answers-*.png
import path from 'node:path';
import { generateHousehold } from '../../fixtures/generate';
import { openApp, screenshot, settled, startHarness } from '../harness';
import { ImportPage } from '../page-models/ImportPage';

const household = await generateHousehold({
  out: path.resolve('test/fixtures/out/e2e-strangers'),
  household: 'de',
  stranger: true,
  seed: 7,
});
const harness = await startHarness();
const only = process.argv[2];
try {
  for (const locale of ['de-DE', 'en-GB'])
    for (const scheme of ['light', 'dark'] as const)
      for (const [width, height] of [
        [1280, 720],
        [1440, 900],
      ] as const) {
        const tag = `${locale.slice(0, 2)}-${scheme}-${width}`;
        if (only && !tag.includes(only)) continue;
        const app = await openApp(harness, { locale, colorScheme: scheme });
        const { page } = app;
        // tsx (unlike vitest) names functions with an `__name` helper, which page functions then call.
        await page.evaluate('window.__name = (f) => f');
        await page.setViewportSize({ width, height });
        const importer = new ImportPage(page);
        await importer.importFiles(household.paths.alexaArchive);
        await page.getByTestId('stranger-banner').waitFor();
        await screenshot(page, `answers-import-${tag}`);
        // The archive alone does not confirm the stranger: after the pass, the note that replaces the warning.
        await importer.waitForAnalysis();
        await page.getByTestId('stranger-cleared').waitFor();
        await screenshot(page, `answers-import-cleared-${tag}`);
        await page.getByRole('button', { name: /Weitere importieren|Import more/ }).click();
        await importer.importFolder(household.paths.alexaHistory);
        await importer.waitForAnalysis();
        await page.getByTestId('nav-library').click();
        await page.getByTestId('stat-night-private').waitFor();
        await settled(page);
        await screenshot(page, `answers-overview-${tag}`);
        await page.getByTestId('nav-quarantine').click();
        await page.getByTestId('quarantine-group').first().waitFor();
        await page.getByTestId('quarantine-group').first().locator('summary').click();
        await page.getByTestId('quarantine-check').first().click();
        // The player appears once the recording is read from the database; nothing plays by itself.
        await page.getByTestId('quarantine-listen').first().locator('audio').waitFor();
        await screenshot(page, `answers-quarantine-${tag}`);
        await page.getByTestId('nav-clips').click();
        await page.getByTestId('clip-row').first().waitFor();
        await page.getByTestId('clip-row').first().click();
        await settled(page);
        await screenshot(page, `answers-clips-${tag}`);
        for (const n of [0, 1, 2]) await page.getByTestId('clip-row').nth(n).locator('input.clip-check').click();
        await page.getByTestId('tray-erasure').click();
        await page.getByTestId('request-editor').waitFor();
        await page.getByTestId('tracking-sent-today').click();
        await page.getByTestId('direct-deletion').scrollIntoViewIfNeeded();
        await screenshot(page, `answers-direct-${tag}`);
        await page.getByTestId('tray-clear').click();
        await page.getByTestId('request-back').click();
        await page.getByTestId('request-row').first().waitFor();
        await screenshot(page, `answers-requests-${tag}`);
        if (app.errors.length) console.log(tag, app.errors);
        await app.context.close();
        console.log('done', tag);
      }
} finally {
  await harness.close();
}
