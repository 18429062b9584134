// Backup and restore on fake-indexeddb: a library with every kind of row (Blobs, typed arrays, nested user
// work) goes into one zip and comes back identical in an empty profile; tampered, foreign and newer backups
// and a non-empty target are refused before anything is written.
import 'fake-indexeddb/auto';
import { BlobReader, BlobWriter, Uint8ArrayReader, Uint8ArrayWriter, ZipReader, ZipWriter } from '@zip.js/zip.js';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../../renderer/backup/export';
import { BackupError, MANIFEST_PATH } from '../../../../renderer/backup/format';
import { restoreBackup, verifyBackup } from '../../../../renderer/backup/restore';
import { EarshotDb } from '../../../../renderer/db/db';
import { seedLibrary, snapshot } from './seed';

const opened: Dexie[] = [];
let n = 0;
const fresh = () => {
  const db = new EarshotDb(`backup-${++n}`);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function rewrite(backup: Blob, edit: (name: string, bytes: Uint8Array) => Uint8Array | null): Promise<Blob> {
  const reader = new ZipReader(new BlobReader(backup));
  const writer = new ZipWriter(new BlobWriter('application/zip'));
  for (const entry of await reader.getEntries()) {
    if (entry.directory) continue;
    const bytes = edit(entry.filename, await entry.getData(new Uint8ArrayWriter()));
    if (bytes) await writer.add(entry.filename, new Uint8ArrayReader(bytes));
  }
  return writer.close();
}

describe('backup and restore', () => {
  it('restores every table of a library into an empty profile exactly', async () => {
    const source = fresh();
    await seedLibrary(source);
    const backup = await createBackup(source);
    const manifest = await verifyBackup(backup, source.verno);
    expect(manifest.counts).toMatchObject({ clips: 3, audio: 2, peaks: 2, requests: 1, voices: 1, selections: 1 });
    expect(manifest.counts.columnsCache).toBeUndefined();
    expect(Object.values(manifest.files).every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);

    const target = fresh();
    await restoreBackup(backup, { name: target.name, codeSchemaVersion: target.verno });
    await target.open();
    expect(await snapshot(target)).toEqual(await snapshot(source));
    const audio = await target.audio.get('c1');
    expect(audio?.blob.type).toBe('audio/wav');
    expect((await target.peaks.get('c1'))?.peaks).toBeInstanceOf(Int8Array);
    expect(await target.settings.get('restoreInProgress')).toBeUndefined();
  });

  it('refuses a backup whose audio was changed, naming the file, and writes nothing', async () => {
    const source = fresh();
    await seedLibrary(source);
    const tampered = await rewrite(await createBackup(source), (name, bytes) =>
      name === 'blobs/audio/0.bin' ? bytes.map((b, i) => (i === 50 ? b ^ 1 : b)) : bytes,
    );
    const target = fresh();
    const error = await restoreBackup(tampered, { name: target.name, codeSchemaVersion: target.verno }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupError);
    expect(error).toMatchObject({ code: 'checksum', message: expect.stringContaining('blobs/audio/0.bin') });
    expect((await indexedDB.databases()).some((d) => d.name === target.name)).toBe(false);
  });

  it('refuses a backup with a missing file, from a newer schema, or that is no backup at all', async () => {
    const source = fresh();
    await seedLibrary(source);
    const backup = await createBackup(source);
    const missing = await rewrite(backup, (name, bytes) => (name === 'tables/clips/0.json' ? null : bytes));
    await expect(verifyBackup(missing, source.verno)).rejects.toMatchObject({ code: 'damaged' });
    await expect(verifyBackup(backup, 0)).rejects.toMatchObject({ code: 'newer' });
    const newer = await rewrite(backup, (name, bytes) => {
      if (name !== MANIFEST_PATH) return bytes;
      const manifest = JSON.parse(new TextDecoder().decode(bytes)) as { schemaVersion: number };
      return new TextEncoder().encode(JSON.stringify({ ...manifest, schemaVersion: 99 }));
    });
    await expect(verifyBackup(newer, source.verno)).rejects.toThrow(/version 99.*Update Earshot/);
    await expect(verifyBackup(new Blob(['hello']), source.verno)).rejects.toMatchObject({ code: 'not-a-backup' });
  });

  it('does not restore over a library that has captures', async () => {
    const source = fresh();
    await seedLibrary(source);
    const backup = await createBackup(source);
    await expect(restoreBackup(backup, { name: source.name, codeSchemaVersion: source.verno })).rejects.toMatchObject({
      code: 'not-empty',
    });
    expect(await source.clips.count()).toBe(3);
  });
});
