// Restores a backup zip into an empty profile. Everything is verified before anything is written: the
// manifest's shape, the schema version (a newer one is refused), and the size and SHA-256 of every file.
// The database is then recreated at the backup's own schema version, so opening it with the app's schema
// runs the normal migrations. A restore cut short leaves a marker that start-up uses to wipe the half.

import { BlobReader, Uint8ArrayWriter, ZipReader, configure } from '@zip.js/zip.js';
import type { Entry, FileEntry } from '@zip.js/zip.js';
import { Dexie } from 'dexie';
import { decodeValue } from './codec';
import { RESTORE_MARKER } from './pending';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupError, MANIFEST_PATH, manifestSchema, sha256Hex } from './format';
import type { BackupManifest } from './format';

configure({ useWebWorkers: false });

export { RESTORE_MARKER } from './pending';
/** Tables whose rows do not make a library "not empty" (preferences, caches, the log of failed imports). */
const IGNORED_FOR_EMPTY = new Set(['settings', 'columnsCache', 'imports']);

export interface OpenedBackup {
  manifest: BackupManifest;
  read(path: string): Promise<Uint8Array<ArrayBuffer>>;
  close(): Promise<void>;
}

export async function openBackup(file: Blob, codeSchemaVersion: number): Promise<OpenedBackup> {
  const reader = new ZipReader(new BlobReader(file));
  let entries: Entry[];
  try {
    entries = await reader.getEntries();
  } catch {
    throw new BackupError('not-a-backup', 'This file is not an Earshot backup (it is not a readable zip).');
  }
  const byName = new Map(entries.filter((e): e is FileEntry => !e.directory).map((e) => [e.filename, e]));
  const entryBytes = async (entry: FileEntry) =>
    (await entry.getData(new Uint8ArrayWriter())) as Uint8Array<ArrayBuffer>;
  const manifestEntry = byName.get(MANIFEST_PATH);
  if (!manifestEntry || manifestEntry.uncompressedSize > 50_000_000)
    throw new BackupError('not-a-backup', 'This file is not an Earshot backup (it has no manifest).');
  let manifest: BackupManifest;
  try {
    const raw = JSON.parse(new TextDecoder().decode(await entryBytes(manifestEntry))) as {
      format?: unknown;
      formatVersion?: unknown;
    };
    if (
      raw.format === BACKUP_FORMAT &&
      typeof raw.formatVersion === 'number' &&
      raw.formatVersion > BACKUP_FORMAT_VERSION
    )
      throw new BackupError(
        'newer',
        'This backup was written by a newer version of Earshot. Update Earshot to restore it.',
      );
    manifest = manifestSchema.parse(raw);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('not-a-backup', 'This file is not an Earshot backup (its manifest is unreadable).');
  }
  if (manifest.schemaVersion > codeSchemaVersion)
    throw new BackupError(
      'newer',
      `This backup has database version ${manifest.schemaVersion}; this Earshot knows only up to ${codeSchemaVersion}. Update Earshot to restore it.`,
    );
  const read = async (path: string) => {
    const entry = byName.get(path);
    const expected = manifest.files[path];
    if (!entry || !expected) throw new BackupError('damaged', `The backup is incomplete: "${path}" is missing.`);
    if (entry.uncompressedSize !== expected.size)
      throw new BackupError(
        'checksum',
        `"${path}" in the backup has the wrong size: the backup was changed or damaged.`,
      );
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await entryBytes(entry);
    } catch {
      throw new BackupError('damaged', `"${path}" in the backup cannot be read: the file is damaged.`);
    }
    if (bytes.byteLength !== expected.size || (await sha256Hex(bytes)) !== expected.sha256)
      throw new BackupError(
        'checksum',
        `"${path}" in the backup does not match its checksum: the backup was changed or damaged.`,
      );
    return bytes;
  };
  return { manifest, read, close: () => reader.close() };
}

/** Checks a backup completely (manifest, version, every checksum) without writing anything. */
export async function verifyBackup(file: Blob, codeSchemaVersion: number): Promise<BackupManifest> {
  const backup = await openBackup(file, codeSchemaVersion);
  try {
    for (const path of Object.keys(backup.manifest.files)) await backup.read(path);
    for (const chunks of Object.values(backup.manifest.chunks))
      for (const path of chunks)
        if (!backup.manifest.files[path])
          throw new BackupError('damaged', `The backup is incomplete: "${path}" is missing.`);
    return backup.manifest;
  } finally {
    await backup.close();
  }
}

/** True when the database holds captures, requests or other work of the user (not only preferences). */
export async function libraryHasData(name: string): Promise<boolean> {
  const known = await indexedDB.databases();
  if (!known.some((d) => d.name === name)) return false;
  const db = new Dexie(name);
  try {
    await db.open();
    for (const table of db.tables) if (!IGNORED_FOR_EMPTY.has(table.name) && (await table.count()) > 0) return true;
    return false;
  } finally {
    db.close();
  }
}

export function blobPaths(json: unknown, out: Set<string>): void {
  if (json === null || typeof json !== 'object') return;
  if (Array.isArray(json)) return json.forEach((v) => blobPaths(v, out));
  const record = json as Record<string, unknown>;
  if (record.$t === 'Blob') out.add(String(record.path));
  else Object.values(record).forEach((v) => blobPaths(v, out));
}

/**
 * Replaces the (empty) database `name` with the backup. Close every connection of the app first; the caller
 * reloads afterwards so the app's own schema opens it (and migrates an older backup).
 */
export async function restoreBackup(
  file: Blob,
  options: { name: string; codeSchemaVersion: number; onProgress?(done: number, total: number): void },
): Promise<BackupManifest> {
  const manifest = await verifyBackup(file, options.codeSchemaVersion);
  if (await libraryHasData(options.name))
    throw new BackupError(
      'not-empty',
      'The library is not empty. Delete it in Settings first, then restore the backup.',
    );
  const backup = await openBackup(file, options.codeSchemaVersion);
  await Dexie.delete(options.name);
  const db = new Dexie(options.name);
  db.version(manifest.schemaVersion).stores(manifest.schema);
  try {
    await db.open();
    const hasSettings = db.tables.some((t) => t.name === 'settings');
    if (hasSettings) await db.table('settings').put({ key: RESTORE_MARKER, value: manifest.created });
    const outbound = new Set(manifest.outboundKeys ?? []);
    // Settings last: the backup's own settings replace the marker only once every other row is in.
    const order = Object.keys(manifest.chunks).sort((a, b) => Number(a === 'settings') - Number(b === 'settings'));
    const total = Object.values(manifest.chunks).reduce((sum, c) => sum + c.length, 0);
    let done = 0;
    for (const name of order) {
      if (!db.tables.some((t) => t.name === name))
        throw new BackupError('damaged', `The backup names an unknown table "${name}".`);
      const table = db.table(name);
      for (const path of manifest.chunks[name]!) {
        const json = JSON.parse(new TextDecoder().decode(await backup.read(path))) as unknown[];
        const paths = new Set<string>();
        blobPaths(json, paths);
        const blobs = new Map<string, Uint8Array<ArrayBuffer>>();
        for (const p of paths) blobs.set(p, await backup.read(p));
        const blobAt = (p: string, type: string) => {
          const bytes = blobs.get(p);
          if (!bytes) throw new BackupError('damaged', `The backup is incomplete: "${p}" is missing.`);
          return new Blob([bytes], { type });
        };
        if (outbound.has(name)) {
          const rows = json.map((r) => r as { k: unknown; v: unknown });
          await table.bulkPut(
            rows.map((r) => decodeValue(r.v, blobAt)),
            rows.map((r) => decodeValue(r.k, blobAt) as never),
          );
        } else await table.bulkPut(json.map((r) => decodeValue(r, blobAt)));
        options.onProgress?.(++done, total);
      }
    }
    if (hasSettings) await db.table('settings').delete(RESTORE_MARKER);
    return manifest;
  } finally {
    db.close();
    await backup.close();
  }
}
