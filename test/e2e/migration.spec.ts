// Schema version 1 → 2 in real Chromium: a version-1 library (IndexedDB version 10, the stores and indexes Dexie
// created for version 1) holding committed rows, a soft-deleted one and an import cut off mid-run (its captures
// marked `stagedBy`, its audio in `audio`). The app shows the migration gate, upgrades, discards the interrupted
// run with its notice, and the library is exactly the committed one — its clips shown, nothing staged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, startHarness, type Harness } from './harness';
import { dbState } from './persistent';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
}, 240_000);
afterAll(async () => {
  await harness?.close();
});

describe('schema migration', () => {
  it(
    'opens a version-1 library with an interrupted import as exactly its committed state',
    { timeout: 120_000 },
    async () => {
      const app = await openApp(harness, { locale: 'en-US' });
      // Seeded from a page of the same origin that does not run the app (so nothing holds the database open).
      await app.page.goto(`${harness.server.url}favicon-none.txt`);
      await app.page.evaluate(async () => {
        await new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase('earshot');
          request.onsuccess = request.onerror = request.onblocked = () => resolve();
        });
        const stores: Record<string, { key: string | string[]; indexes: [string, string | string[], boolean?][] }> = {
          clips: {
            key: 'id',
            indexes: [
              ['ts', 'ts'],
              ['[roomId+ts]', ['roomId', 'ts']],
              ['[deviceId+ts]', ['deviceId', 'ts']],
              ['category', 'category'],
              ['flags', 'flags', true],
              ['groupId', 'groupId'],
              ['importIds', 'importIds', true],
              ['voiceId', 'voiceId'],
              ['stagedBy', 'stagedBy'],
              ['deletedAt', 'deletedAt'],
            ],
          },
          audio: { key: 'clipId', indexes: [] },
          peaks: { key: 'clipId', indexes: [] },
          devices: { key: 'id', indexes: [['roomId', 'roomId']] },
          rooms: { key: 'id', indexes: [['kind', 'kind']] },
          imports: {
            key: 'id',
            indexes: [
              ['status', 'status'],
              ['startedAt', 'startedAt'],
            ],
          },
          importLinks: { key: ['importId', 'clipId'], indexes: [['importId', 'importId']] },
          requests: {
            key: 'id',
            indexes: [
              ['status', 'status'],
              ['kind', 'kind'],
              ['createdAt', 'createdAt'],
            ],
          },
          selections: { key: 'id', indexes: [['name', 'name']] },
          voices: { key: 'id', indexes: [] },
          settings: { key: 'key', indexes: [] },
          columnsCache: { key: 'key', indexes: [] },
        };
        const capture = (id: string, ts: number, extra: Record<string, unknown> = {}) => ({
          id,
          source: 'alexa-history',
          ts,
          transcript: `Befehl ${id}`,
          transcriptStatus: 'ok',
          category: 'unclear',
          categoryConfidence: 0,
          flags: [],
          importIds: ['run-1'],
          ...extra,
        });
        const run = (id: string, status: string) => ({
          id,
          startedAt: Date.UTC(2025, 0, 1),
          status,
          sources: ['alexa-history'],
          files: [],
          counts: { captures: 2, newCaptures: 2, withAudio: 0, withoutAudio: 2, withoutTranscript: 0 },
          warnings: [],
        });
        await new Promise<void>((resolve, reject) => {
          // Dexie stores its version n as IndexedDB version n × 10.
          const request = indexedDB.open('earshot', 10);
          request.onupgradeneeded = () => {
            const db = request.result;
            for (const [name, def] of Object.entries(stores)) {
              const store = db.createObjectStore(name, { keyPath: def.key });
              for (const [index, path, multiEntry] of def.indexes)
                store.createIndex(index, path, { multiEntry: multiEntry ?? false });
            }
            const tx = request.transaction!;
            const day = Date.UTC(2025, 0, 2, 8);
            tx.objectStore('imports').put(run('run-1', 'committed'));
            tx.objectStore('imports').put(run('run-2', 'staging'));
            tx.objectStore('clips').put(capture('a', day));
            tx.objectStore('clips').put(capture('b', day + 60_000, { deletedAt: day + 120_000 }));
            tx.objectStore('clips').put(capture('s1', day + 180_000, { importIds: ['run-2'], stagedBy: 'run-2' }));
            tx.objectStore('audio').put({ clipId: 's1', blob: new Blob(['RIFF']), mime: 'audio/wav', name: 's1.wav' });
            tx.objectStore('settings').put({ key: 'libraryVersion', value: 3 });
          };
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        });
      });
      await app.page.goto(harness.server.url);
      await app.page.getByTestId('migration-gate').waitFor();
      expect(await app.page.getByTestId('migration-gate').textContent()).toMatch(/version 1 → 2/);
      await app.page.getByTestId('migration-skip').click();
      await app.page.getByTestId('startup-discarded').waitFor();
      await screenshot(app.page, 'migration-v2-discarded-en');
      // What the user sees: the one committed recording that is not deleted, nothing of the interrupted run.
      await expect.poll(() => app.page.getByTestId('stat-total').locator('.stat-value').textContent()).toBe('1');
      const state = await dbState(app.page);
      expect(state).toMatchObject({ clips: ['a', 'b'], deleted: ['b'], staged: 0, audio: [], peaks: [] });
      expect(state.imports).toEqual(['committed', 'failed']);
      expect(app.errors).toEqual([]);
      await app.context.close();
    },
  );
});
