// Backup and restore in the app: a household's library (with a corrected category and a request) is saved
// from Settings as one zip, restored into an empty profile, and every table is identical afterwards;
// a damaged backup is refused with a clear message and changes nothing.
import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader } from '@zip.js/zip.js';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHousehold, type GeneratedHousehold } from '../fixtures/generate';
import { openApp, screenshot, startHarness, type Harness } from './harness';
import { BackupPage, dumpDatabase } from './page-models/BackupPage';
import { ImportPage } from './page-models/ImportPage';

let harness: Harness;
let household: GeneratedHousehold;

beforeAll(async () => {
  [harness, household] = await Promise.all([
    startHarness(),
    generateHousehold({ out: path.resolve('test/fixtures/out/e2e-backup'), household: 'de', captures: 30, seed: 31 }),
  ]);
}, 240_000);
afterAll(async () => {
  await harness?.close();
});

describe('backup and restore', () => {
  it(
    'restores a saved library into an empty profile exactly, and refuses a damaged backup',
    { timeout: 400_000 },
    async () => {
      const source = await openApp(harness, { locale: 'de-DE', colorScheme: 'dark' });
      const importer = new ImportPage(source.page);
      await importer.importFiles(household.paths.alexaArchive);
      await importer.waitForAnalysis();
      await source.page.getByTestId('nav-clips').click();
      await source.page.getByTestId('clip-row').first().click();
      await source.page.getByTestId('clip-category').selectOption('shopping');
      const backup = new BackupPage(source.page);
      await backup.open();
      const file = await backup.save(path.resolve('test/fixtures/out/e2e-backup/earshot-backup.zip'));
      await screenshot(source.page, 'backup-settings-de-dark');
      const original = await dumpDatabase(source.page);
      expect(JSON.parse(original.clips!).length).toBeGreaterThan(0);
      expect(original.clips).toContain('"shopping"');
      expect(original.audio).toContain('"blob":"audio/');
      await source.context.close();

      // A backup with one flipped byte in one file is refused before anything is written.
      const target = await openApp(harness, { locale: 'en-US' });
      const restore = new BackupPage(target.page);
      await restore.open();
      const bytes = readFileSync(file);
      const damaged = path.resolve('test/fixtures/out/e2e-backup/damaged-backup.zip');
      const at = bytes.indexOf(Buffer.from('RIFF')) + 200;
      bytes[at] = bytes[at]! ^ 0xff;
      writeFileSync(damaged, bytes);
      await restore.restore(damaged);
      await target.page.getByTestId('backup-error').waitFor();
      expect(await target.page.getByTestId('backup-error').textContent()).toMatch(/damaged or was changed/);
      await screenshot(target.page, 'backup-refused-en');
      await target.page.reload();
      await restore.open();

      await restore.restore(file);
      // Verified now, restored at the restart before anything opens the library; the user is told.
      await target.page.getByTestId('startup-restored').waitFor({ timeout: 120_000 });
      expect(await target.page.getByTestId('startup-restored').textContent()).toMatch(
        /The backup was restored: \d+ captures/,
      );
      await screenshot(target.page, 'backup-restored-en');
      const restored = await dumpDatabase(target.page);
      expect(Object.keys(restored).sort()).toEqual(Object.keys(original).sort());
      for (const table of Object.keys(original)) {
        if (table === 'settings') continue; // the restoring profile's own preferences differ (language)
        expect(restored[table], table).toBe(original[table]);
      }
      const settings = (dump: Record<string, string>) =>
        (JSON.parse(dump.settings!) as { key: string }[]).filter((r) => r.key !== 'libraryVersion');
      expect(settings(restored)).toEqual(settings(original));
      expect(target.errors).toEqual([]);
      await target.context.close();
    },
  );

  it('offers a backup of the old database before a schema migration runs', { timeout: 120_000 }, async () => {
    const app = await openApp(harness, { locale: 'de-DE', colorScheme: 'dark' });
    // An older database on disk: IndexedDB version 5 is Dexie version 0.5, older than this build's schema.
    // Seeded from a page of the same origin that does not run the app (so nothing holds the database open).
    await app.page.goto(`${harness.server.url}favicon-none.txt`);
    await app.page.evaluate(async () => {
      const close = (db: IDBDatabase) => db.close();
      await new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase('earshot');
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      });
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('earshot', 5);
        request.onupgradeneeded = () => {
          const store = request.result.createObjectStore('legacy', { keyPath: 'id' });
          store.put({ id: 'old-1', note: 'vor der Umstellung' });
        };
        request.onsuccess = () => {
          close(request.result);
          resolve();
        };
        request.onerror = () => reject(request.error);
      });
    });
    await app.page.goto(harness.server.url);
    await app.page.getByTestId('migration-gate').waitFor();
    expect(await app.page.getByTestId('migration-gate').textContent()).toMatch(/Version 0,5 → 2|Version 0.5 → 2/);
    await screenshot(app.page, 'migration-gate-de-dark');
    const download = app.page.waitForEvent('download');
    await app.page.getByTestId('migration-backup').click();
    const saved = path.resolve('test/fixtures/out/e2e-backup/before-migration.zip');
    await (await download).saveAs(saved);
    await app.page.getByTestId('nav-import').waitFor();
    const reader = new ZipReader(new Uint8ArrayReader(new Uint8Array(readFileSync(saved))));
    const texts: Record<string, string> = {};
    for (const entry of await reader.getEntries())
      if (!entry.directory)
        texts[entry.filename] = new TextDecoder().decode(await entry.getData(new Uint8ArrayWriter()));
    expect(JSON.parse(texts['manifest.json']!)).toMatchObject({ schemaVersion: 0.5, counts: { legacy: 1 } });
    expect(texts['tables/legacy/0.json']).toContain('vor der Umstellung');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
