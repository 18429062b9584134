// Writes the whole library — every table of whatever schema version the database has — into one backup zip.
// Generic over `db.tables` so the same code backs up an old database right before it is migrated.

import { BlobWriter, Uint8ArrayReader, ZipWriter, configure } from '@zip.js/zip.js';
import type { Dexie, Table } from 'dexie';
import { encodeValue } from './codec';
import { openBlob } from '../db/crypto/blobs';
import { PLAINTEXT_SETTING_KEYS } from '../db/crypto/sealed-fields';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_PATH,
  ROWS_PER_CHUNK,
  SKIPPED_TABLES,
  sha256Hex,
  type BackupManifest,
} from './format';

// Workers would need their own script URL under the app's CSP; backups are written rarely.
configure({ useWebWorkers: false });

export interface BackupProgress {
  table: string;
  rows: number;
  total: number;
}

/** Dexie's store definition of a table ("id, ts, *flags, [roomId+ts]"), as `version().stores()` takes it. */
export function storeDefinition(table: Table): string {
  return [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)].join(', ');
}

export async function createBackup(
  db: Dexie,
  options: {
    appVersion?: string;
    onProgress?(progress: BackupProgress): void;
    /**
     * Read through the app's (unlocked) database: sealed Blobs are opened and the key-check record left out,
     * so the backup holds the library in plaintext and is then sealed as a whole (sealed-backup.ts). A backup
     * of the raw database (before a migration) keeps rows, Blobs and key check exactly as stored.
     */
    openSealed?: boolean;
  } = {},
): Promise<Blob> {
  if (!db.isOpen()) await db.open();
  const zip = new ZipWriter(new BlobWriter('application/zip'));
  const files: BackupManifest['files'] = {};
  const put = async (path: string, bytes: Uint8Array<ArrayBuffer>, compress: boolean) => {
    files[path] = { sha256: await sha256Hex(bytes), size: bytes.byteLength };
    await zip.add(path, new Uint8ArrayReader(bytes), { level: compress ? 6 : 0 });
  };
  const tables = db.tables.filter((t) => !SKIPPED_TABLES.has(t.name));
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    created: new Date().toISOString(),
    appVersion: options.appVersion,
    schemaVersion: db.verno,
    schema: Object.fromEntries(db.tables.map((t) => [t.name, storeDefinition(t)])),
    counts: {},
    chunks: {},
    files,
    outboundKeys: tables.filter((t) => !t.schema.primKey.keyPath).map((t) => t.name),
  };
  for (const table of tables) {
    const outbound = !table.schema.primKey.keyPath;
    const keys = (await table.toCollection().primaryKeys()).filter(
      (key) => !(options.openSealed && table.name === 'settings' && PLAINTEXT_SETTING_KEYS.has(key as string)),
    );
    manifest.counts[table.name] = keys.length;
    manifest.chunks[table.name] = [];
    let blobs = 0;
    for (let start = 0, chunk = 0; start < keys.length; start += ROWS_PER_CHUNK, chunk++) {
      const chunkKeys = keys.slice(start, start + ROWS_PER_CHUNK);
      const rows = await table.bulkGet(chunkKeys);
      const pending: [string, Blob][] = [];
      const onBlob = (blob: Blob) => {
        const path = `blobs/${table.name}/${blobs++}.bin`;
        pending.push([path, blob]);
        return path;
      };
      const encoded = rows.map((row, i) =>
        outbound ? { k: encodeValue(chunkKeys[i], onBlob), v: encodeValue(row, onBlob) } : encodeValue(row, onBlob),
      );
      const openedTypes = new Map<string, string>();
      for (const [path, stored] of pending) {
        const blob = options.openSealed ? await openBlob(stored) : stored;
        if (blob !== stored) openedTypes.set(path, blob.type);
        await put(path, new Uint8Array(await blob.arrayBuffer()), false);
      }
      // An opened Blob is stored with its own MIME type, not the sealed one (else a restore would take the
      // plain bytes for sealed ones).
      if (openedTypes.size) retype(encoded, openedTypes);
      const path = `tables/${table.name}/${chunk}.json`;
      await put(path, new TextEncoder().encode(JSON.stringify(encoded)), true);
      manifest.chunks[table.name]!.push(path);
      options.onProgress?.({
        table: table.name,
        rows: Math.min(start + ROWS_PER_CHUNK, keys.length),
        total: keys.length,
      });
    }
  }
  await zip.add(MANIFEST_PATH, new Uint8ArrayReader(new TextEncoder().encode(JSON.stringify(manifest, null, 1))));
  return zip.close();
}

/** Sets the `type` of each encoded Blob whose file path is in `types` (the codec's `{ $t: 'Blob' }` form). */
function retype(value: unknown, types: ReadonlyMap<string, string>): void {
  if (Array.isArray(value)) for (const v of value) retype(v, types);
  else if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    if (node.$t === 'Blob' && typeof node.path === 'string' && types.has(node.path)) node.type = types.get(node.path);
    else for (const v of Object.values(node)) retype(v, types);
  }
}
