// Screenshots of the confirmation dialogs behind a button (the stranger purge of "This isn't ours" and turning
// encryption off) in German and English, for a person to look at after changing them.
// Run: npm run build:renderer && npx tsx test/e2e/tools/confirm-dialogs.ts [tag]
//   → test/e2e/screenshots/confirm-{purge,encryption-off}-{de,en}[-tag].png
import { cachedHousehold } from '../../fixtures/cached';
import { openApp, screenshot, settled, startHarness } from '../harness';
import { ImportPage } from '../page-models/ImportPage';

const tag = process.argv[2] ? `-${process.argv[2]}` : '';
const household = await cachedHousehold({ household: 'de', stranger: true, captures: 40, seed: 7 });
const harness = await startHarness();
try {
  for (const locale of ['de-DE', 'en-GB']) {
    const lang = locale.slice(0, 2);
    const app = await openApp(harness, { locale });
    const { page } = app;
    // tsx keeps function names with a helper the page does not have; the specs run under Vitest, which does not.
    await page.evaluate('globalThis.__name = (f) => f');
    const importer = new ImportPage(page);
    await importer.importFiles(household.paths.alexaArchive);
    for (const folder of [household.paths.alexaHistory, household.paths.googleTakeout]) {
      await page.getByRole('button', { name: /Weitere importieren|Import more/ }).click();
      await importer.importFolder(folder);
    }
    await importer.waitForAnalysis();
    await page.getByTestId('nav-quarantine').click();
    await page.getByTestId('quarantine-not-ours').click();
    await page.getByTestId('breach-next').click();
    await page.getByTestId('breach-next').click();
    await page.getByTestId('breach-purge').click();
    await page.locator('dialog[open]').waitFor();
    await settled(page);
    console.log(await screenshot(page, `confirm-purge-${lang}${tag}`));
    await page.getByTestId('confirm-cancel').click();

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('encryption-new').fill('correct horse battery staple 42');
    await page.getByTestId('encryption-repeat').fill('correct horse battery staple 42');
    await page.getByTestId('encryption-on').click();
    await page.getByTestId('encryption-lock').waitFor({ timeout: 120_000 });
    await page.getByTestId('encryption-current').fill('correct horse battery staple 42');
    await page.getByTestId('encryption-off').click();
    await page.locator('dialog[open]').waitFor();
    await settled(page);
    console.log(await screenshot(page, `confirm-encryption-off-${lang}${tag}`));
    if (app.errors.length) throw new Error(app.errors.join('; '));
    await app.context.close();
  }
} finally {
  await harness.close();
}
