// Restoring a backup into a library that already holds part of it: the user sees both counts and the shared
// recordings, merges (the library gains exactly the missing recordings, none twice), and later replaces (the
// library becomes exactly the backup).
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHousehold, type GeneratedHousehold } from '../fixtures/generate';
import { openApp, screenshot, startHarness, type Harness } from './harness';
import { BackupPage, dumpDatabase } from './page-models/BackupPage';
import { ImportPage, libraryCounts } from './page-models/ImportPage';

let harness: Harness;
let household: GeneratedHousehold;
const out = path.resolve('test/fixtures/out/e2e-restore-merge');

beforeAll(async () => {
  [harness, household] = await Promise.all([
    startHarness(),
    generateHousehold({ out, household: 'de', captures: 30, seed: 47 }),
  ]);
}, 240_000);
afterAll(async () => {
  await harness?.close();
});

interface Row {
  source: string;
  kind?: string;
  deletedAt?: number;
  stagedBy?: string;
  sources?: { file?: string; line?: number }[];
}
const recording = (c: Row) => (c.kind ?? 'capture') === 'capture' && !c.deletedAt && !c.stagedBy;
const number = async (page: Page, id: string) =>
  Number(((await page.getByTestId(id).locator('td.num').textContent()) ?? '').replace(/\D/g, ''));

describe('restore into a library that holds part of the backup', () => {
  it('merges without duplicates, then replaces with exactly the backup', { timeout: 500_000 }, async () => {
    // The backup: a library of the Amazon archive and the Google export.
    const source = await openApp(harness, { locale: 'de-DE' });
    const importer = new ImportPage(source.page);
    await importer.importFiles([...household.paths.alexaArchive, household.paths.googleTakeout]);
    await importer.waitForAnalysis();
    const full = await libraryCounts(source.page);
    const file = await new BackupPage(source.page)
      .open()
      .then(() => new BackupPage(source.page).save(path.join(out, 'full-backup.zip')));
    const original = await dumpDatabase(source.page);
    await source.context.close();

    // The target holds part of it (the Amazon archive, imported on its own) and recordings of its own (the
    // Alexa voice history, which the backup lacks).
    const target = await openApp(harness, { locale: 'en-US' });
    const partial = new ImportPage(target.page);
    await partial.importFiles([...household.paths.alexaArchive, household.paths.alexaHistory]);
    await partial.waitForAnalysis();
    const before = await libraryCounts(target.page);
    const shared = (JSON.parse((await dumpDatabase(target.page)).clips!) as Row[]).filter(
      (c) => c.source === 'alexa-archive' && recording(c),
    ).length;
    expect(shared).toBeGreaterThan(0);
    expect(before.recordings).toBeGreaterThan(shared);

    const backup = new BackupPage(target.page);
    await backup.open();
    await backup.restore(file);
    await target.page.getByTestId('restore-choice').waitFor();
    await screenshot(target.page, 'restore-choice-en');
    expect(await number(target.page, 'restore-count-backup')).toBe(full.recordings);
    expect(await number(target.page, 'restore-count-library')).toBe(before.recordings);
    expect(await number(target.page, 'restore-count-same')).toBe(shared);

    await target.page.getByTestId('restore-merge').click();
    const merged = target.page.getByTestId('backup-status');
    await merged.filter({ hasText: /Merged/ }).waitFor({ timeout: 120_000 });
    const expected = before.recordings + full.recordings - shared;
    expect(await merged.textContent()).toContain(`now holds ${expected} recordings`);
    const after = await libraryCounts(target.page);
    expect(after.recordings).toBe(expected);
    // No recording twice: every archive recording (file or CSV row) is on one clip only.
    const clips = JSON.parse((await dumpDatabase(target.page)).clips!) as Row[];
    const keys = clips.flatMap((c) => (c.sources ?? []).map((s) => `${s.file ?? ''}#${s.line ?? ''}`));
    expect(new Set(keys).size).toBe(keys.length);
    await screenshot(target.page, 'restore-merged-en');

    // The same backup again: everything is already there; replace makes the library exactly the backup.
    await backup.restore(file);
    await target.page.getByTestId('restore-choice').waitFor();
    expect(await number(target.page, 'restore-count-same')).toBe(full.recordings);
    expect(await number(target.page, 'restore-count-library')).toBe(expected);
    await target.page.getByTestId('restore-replace').click();
    await target.page
      .getByTestId('backup-status')
      .filter({ hasText: /Replaced/ })
      .waitFor({ timeout: 120_000 });
    const replaced = await dumpDatabase(target.page);
    for (const table of Object.keys(original)) {
      if (table === 'settings') continue;
      expect(replaced[table], table).toBe(original[table]);
    }
    expect(target.errors).toEqual([]);
    await target.context.close();
  });
});
