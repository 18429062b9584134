// The demo household imported once per run into an on-disk Chromium profile, through the real UI: the empty
// library's "demo" button, the import, the library analysis to its end. Closed cleanly, so IndexedDB is
// flushed to disk; specs start from copies of the folder (harness.ts, `openDemo`).
import { ImportPage, libraryCounts } from '../page-models/ImportPage';
import { launchProfile } from '../persistent';

export async function seedDemoProfile(dir: string, url: string): Promise<void> {
  const profile = await launchProfile(dir, url, { locale: 'en-US' });
  try {
    const { page } = profile;
    await page.getByTestId('empty-demo').click();
    await page.getByTestId('import-result').waitFor({ timeout: 180_000 });
    await new ImportPage(page).waitForAnalysis();
    const counts = await libraryCounts(page);
    if (counts.recordings === 0 || counts.staged !== 0) throw new Error(`demo import left ${JSON.stringify(counts)}`);
    if (profile.errors.length) throw new Error(`demo import: page errors ${profile.errors.join('; ')}`);
  } finally {
    await profile.context.close();
  }
}
