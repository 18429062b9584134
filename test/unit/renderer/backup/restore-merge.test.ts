// Restoring into a library that already holds part of the backup: the counts the user sees before choosing,
// a merge that adds only what is missing (the same recording never twice, the user's work pointing at the
// library's clip), a replace that makes the library exactly the backup, and a failed or cancelled restore
// that changes nothing.
import 'fake-indexeddb/auto';
import { BlobReader, BlobWriter, Uint8ArrayReader, Uint8ArrayWriter, ZipReader, ZipWriter } from '@zip.js/zip.js';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../../renderer/backup/export';
import { planRestore, restoreIntoLibrary } from '../../../../renderer/backup/restore-merge';
import { EarshotDb } from '../../../../renderer/db/db';
import type { Capture } from '../../../../shared/model';
import { seedLibrary, snapshot } from './seed';

const opened: Dexie[] = [];
let n = 0;
const fresh = () => {
  const db = new EarshotDb(`restore-merge-${++n}`);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A library that recorded c1 itself (own id, clock 0.6 s off, other import) and one recording of its own. */
async function partialLibrary(db: EarshotDb, backupC1: Capture): Promise<void> {
  await db.open();
  await db.clips.bulkPut([
    { ...backupC1, id: 'own-c1', ts: backupC1.ts + 600, importIds: ['run-own'], category: 'weather' },
    {
      id: 'own-2',
      source: 'alexa-history',
      ts: 1_770_000_000_000,
      transcript: 'alexa wie spät ist es',
      transcriptStatus: 'ok',
      category: 'knowledge',
      categoryConfidence: 0.9,
      flags: [],
      importIds: ['run-own'],
      deviceId: 'dev-1',
    },
  ]);
  await db.settings.bulkPut([
    { key: 'libraryVersion', value: 40 },
    { key: 'language', value: 'en' },
  ]);
}

async function setup() {
  const source = fresh();
  await seedLibrary(source);
  const backup = await createBackup(source);
  const target = fresh();
  await partialLibrary(target, (await source.clips.get('c1'))!);
  return { source, backup, target };
}

describe('restore into a non-empty library', () => {
  it('counts both sides and the recordings they share before anything is written', async () => {
    const { backup, target } = await setup();
    const before = await snapshot(target);
    const plan = await planRestore(backup, target);
    // c3 is deleted in the backup: it is no recording the user sees.
    expect(plan).toMatchObject({ backup: 2, library: 2, same: 1, deleted: 0, added: 1 });
    expect(await snapshot(target)).toEqual(before);
  });

  it('merges: adds only the missing recording, keeps the library’s own clip, remaps the user’s work', async () => {
    const { backup, target } = await setup();
    const result = await restoreIntoLibrary(backup, target, 'merge');
    expect(result).toMatchObject({ mode: 'merge', added: 1, recordings: 3 });
    expect((await target.clips.toArray()).map((c) => c.id).sort()).toEqual(['c2', 'c3', 'own-2', 'own-c1']);
    // The library's own version of the shared recording (its category) stays; no audio comes for it.
    expect((await target.clips.get('own-c1'))?.category).toBe('weather');
    expect((await target.audio.toArray()).map((a) => a.clipId)).toEqual(['c2']);
    expect((await target.selections.get('sel-1'))?.clipIds).toEqual(['own-c1', 'c2']);
    const request = await target.requests.get('req-1');
    expect(request?.clipIds).toEqual(['own-c1']);
    expect(request?.providerIds).toEqual({ 'own-c1': 'p1' });
    expect((await target.voices.get('v1'))?.sampleIds).toEqual(['own-c1']);
    expect(await target.devices.get('dev-1')).toBeDefined();
    // The library's preferences stay; the version counter only grows.
    expect((await target.settings.get('language'))?.value).toBe('en');
    expect((await target.settings.get('libraryVersion'))?.value).toBe(41);
    // Merging the same backup again adds nothing.
    expect(await planRestore(backup, target)).toMatchObject({ backup: 2, library: 3, same: 2, added: 0 });
    expect(await restoreIntoLibrary(backup, target, 'merge')).toMatchObject({ added: 0, recordings: 3 });
    expect(await target.clips.count()).toBe(4);
  });

  it('keeps a recording the user deleted since the backup deleted when merging', async () => {
    const { source, backup, target } = await setup();
    await target.clips.put({ ...(await source.clips.get('c2'))!, deletedAt: 1_780_000_000_000 });
    expect(await planRestore(backup, target)).toMatchObject({ backup: 2, library: 2, same: 1, deleted: 1, added: 0 });
    expect(await restoreIntoLibrary(backup, target, 'merge')).toMatchObject({ added: 0, recordings: 2 });
    expect((await target.clips.get('c2'))?.deletedAt).toBe(1_780_000_000_000);
    expect(await target.audio.count()).toBe(0);
  });

  it('replaces: the library becomes exactly the backup', async () => {
    const { source, backup, target } = await setup();
    await restoreIntoLibrary(backup, target, 'replace');
    const { settings: restoredSettings, ...restored } = await snapshot(target);
    const { settings: sourceSettings, ...original } = await snapshot(source);
    expect(restored).toEqual(original);
    const without = (rows: unknown) => (rows as { key: string }[]).filter((r) => r.key !== 'libraryVersion');
    expect(without(restoredSettings)).toEqual(without(sourceSettings));
    expect((await target.settings.get('libraryVersion'))?.value).toBe(41);
  });

  it('leaves the library exactly as it was when the restore is cancelled or the backup is damaged', async () => {
    const { backup, target } = await setup();
    const before = await snapshot(target);
    for (const mode of ['merge', 'replace'] as const) {
      const controller = new AbortController();
      const error = await restoreIntoLibrary(backup, target, mode, {
        signal: controller.signal,
        onProgress: (done) => (done === 2 ? controller.abort() : undefined),
      }).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'AbortError' });
      expect(await snapshot(target)).toEqual(before);
    }
    // A changed audio file: refused with the file named, nothing written.
    const reader = new ZipReader(new BlobReader(backup));
    const writer = new ZipWriter(new BlobWriter('application/zip'));
    for (const entry of await reader.getEntries()) {
      if (entry.directory) continue;
      const bytes = await entry.getData(new Uint8ArrayWriter());
      if (entry.filename === 'blobs/audio/0.bin') bytes[10] = bytes[10]! ^ 1;
      await writer.add(entry.filename, new Uint8ArrayReader(bytes));
    }
    const tampered = await writer.close();
    await expect(restoreIntoLibrary(tampered, target, 'replace')).rejects.toMatchObject({ code: 'checksum' });
    expect(await snapshot(target)).toEqual(before);
  });
});
