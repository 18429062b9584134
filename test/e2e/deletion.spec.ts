// "Delete the whole library" in real Chromium with a profile on disk: a marker sentence is imported and
// analysed (so it reaches the command groups), the library is deleted through Settings, then every object
// store, localStorage and the profile's files on disk are searched for the sentence.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRenderer, type RunningServer } from '../../scripts/static-server';
import { ImportPage } from './page-models/ImportPage';
import { launchProfile } from './persistent';
import { screenshot } from './harness';
import { voiceHistoryRecord } from '../fixtures/voice-history';

const MARKER = 'alexa meine geheime pin ist 4711';
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  server = await serveRenderer({ port: 0 });
  dir = mkdtempSync(path.join(tmpdir(), 'earshot-deletion-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
});

const record = (ts: number, text: string) => voiceHistoryRecord(ts, text, { account: 'A7SECRETACCOUNT', item: 'bare' });

/** Every file below the folder whose bytes contain the text (Latin-1 view finds UTF-8 ASCII too). */
function filesContaining(folder: string, text: string): string[] {
  const hits: string[] = [];
  const walk = (p: string) => {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) for (const name of readdirSync(p)) walk(path.join(p, name));
    else if (stat.isFile() && readFileSync(p).toString('latin1').includes(text)) hits.push(path.relative(folder, p));
  };
  walk(folder);
  return hits;
}

/** Imports the marker, deletes the library through Settings and returns every store's rows as text. */
async function importThenDelete(profileDir: string, shell: boolean) {
  const input = path.join(dir, `alexa-voice-history-${shell ? 'shell' : 'web'}`, 'alexa-voice-history');
  mkdirSync(input, { recursive: true });
  const t0 = 1792308137534;
  writeFileSync(
    path.join(input, 'voice-history.json'),
    JSON.stringify([
      { customerHistoryRecords: [record(t0, MARKER), record(t0 + 60_000, MARKER), record(t0 + 9e5, 'licht an')] },
    ]),
  );
  const profile = await launchProfile(profileDir, server.url, { locale: 'de-DE' });
  const { page } = profile;
  const importer = new ImportPage(page);
  await importer.importFiles([input]);
  await importer.waitForAnalysis();
  await page.getByTestId('nav-groups').click();
  await expect.poll(() => page.getByTestId('groups-screen').textContent()).toContain('geheime pin');

  await page.getByTestId('nav-settings').click();
  // The settings screen is loaded on demand; it asks the real shell for its version when it mounts, which the
  // stand-in below does not offer — so it is installed once the screen is there.
  await page.getByTestId('settings-delete').waitFor();
  if (shell) {
    // What the desktop shell's `wipeStorage` does (session.clearStorageData for the app's origin), here
    // through the same Chromium operation over CDP.
    const cdp = await profile.context.newCDPSession(page);
    const origin = new URL(server.url).origin;
    await page.exposeFunction('__wipeOrigin', async () => {
      await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb' });
      return { wiped: true };
    });
    await page.evaluate(() => {
      const w = window as unknown as { earshot: unknown; __wipeOrigin(): Promise<unknown> };
      w.earshot = { wipeStorage: () => w.__wipeOrigin() };
    });
  }
  // What else a page holds: a Cache Storage entry and a second database (as a backup waiting to be restored).
  await page.evaluate(async (marker) => {
    await (await caches.open('earshot-test')).put('/cached', new Response(marker));
    await new Promise<void>((resolve) => {
      const request = indexedDB.open('earshot-pending-restore');
      request.onupgradeneeded = () => request.result.createObjectStore('files').put(marker, 'x');
      request.onsuccess = () => (request.result.close(), resolve());
    });
  }, MARKER);
  await page.getByTestId('settings-delete').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Löschen' }).click();
  await page.getByTestId('settings-message').waitFor();
  await screenshot(page, `settings-deleted-${shell ? 'shell' : 'web'}-de`);
  // The browser version says plainly what only the user can remove; the desktop app removed it itself.
  const said = await page.getByTestId('settings-message').textContent();
  if (shell) expect(said).not.toContain('Website');
  else expect(said).toContain('Daten dieser Website im Browser');
  const left = await page.evaluate(async () => ({
    caches: await caches.keys(),
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
  expect(left).toEqual({ caches: [], databases: ['earshot'] });

  const stores = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('earshot');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const out: Record<string, string> = {};
    for (const name of [...db.objectStoreNames]) {
      const rows = await new Promise<unknown[]>((resolve) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
      });
      out[name] = JSON.stringify(rows, (_k, v: unknown) => (v instanceof Blob ? `blob:${v.size}` : v));
    }
    db.close();
    out.localStorage = JSON.stringify({ ...localStorage });
    out.sessionStorage = JSON.stringify({ ...sessionStorage });
    return out;
  });
  expect(Object.keys(stores)).toContain('clips');
  for (const [name, text] of Object.entries(stores)) {
    expect(text, name).not.toMatch(/4711|geheime|A7SECRETACCOUNT/);
    // The views re-cache the columns of the now empty library at once.
    if (name === 'columnsCache')
      expect(text).toMatch(/^\[(\{"key":"library","version":\d+,"columns":\{"count":0,.*)?\]$/);
    else if (name !== 'settings' && !name.endsWith('Storage')) expect(text, name).toBe('[]');
  }
  // Only the household's own preferences may stay (none were changed here) and the version counter.
  for (const row of JSON.parse(stores.settings!) as { key: string }[])
    expect(['libraryVersion', 'preferences', 'gdprControllers', 'gdprIdentity']).toContain(row.key);
  await page.getByTestId('nav-groups').click();
  await page.getByTestId('groups-screen').waitFor();
  expect(await page.getByTestId('groups-screen').textContent()).not.toContain('geheime');
  expect(profile.errors).toEqual([]);
  return { profile, importer, input };
}

describe('delete the whole library', () => {
  it('web: no store, localStorage or view keeps a trace of the transcript', { timeout: 120_000 }, async () => {
    const profileDir = path.join(dir, 'profile-web');
    const { profile } = await importThenDelete(profileDir, false);
    await profile.context.close();
    // Measured, not required: in a browser the storage engine keeps the deleted records in its files until
    // it compacts them (docs/reliability.md, "Deletion"); the desktop shell deletes the files instead.
    const leftovers = filesContaining(path.join(profileDir, 'Default', 'IndexedDB'), 'geheime pin');
    console.info(`deletion (web): files still holding the marker after the deletion: ${leftovers.length}`);
  });

  it('desktop: the IndexedDB files on disk no longer hold the transcript', { timeout: 120_000 }, async () => {
    const profileDir = path.join(dir, 'profile-shell');
    const { profile, importer, input } = await importThenDelete(profileDir, true);
    expect(filesContaining(path.join(profileDir, 'Default', 'IndexedDB'), 'geheime pin')).toEqual([]);
    // The library works again at once: the same file imports into the recreated database.
    const again = await importer.importFiles([input]);
    expect(again.perSource).toEqual({ 'Alexa-Sprachverlauf': 3 });
    expect(profile.errors).toEqual([]);
    await profile.context.close();
  });
});
