// The backup file format: one zip holding manifest.json (schema version and store definitions, row counts,
// creation time, SHA-256 and size of every other file), rows as JSON chunks under tables/ and every Blob as
// its own file under blobs/. The manifest is validated strictly because a backup is a file from outside.

import { z } from 'zod';

export const BACKUP_FORMAT = 'earshot-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const ROWS_PER_CHUNK = 2000;
/** Tables that are caches, rebuilt from the others: never backed up. */
export const SKIPPED_TABLES = new Set(['columnsCache']);

const tableName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,60}$/);
const filePath = z.string().regex(/^(tables|blobs)\/[A-Za-z0-9_]{1,61}\/\d{1,9}\.(json|bin)$/);

export const manifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.number().int(),
    created: z.string().max(40),
    appVersion: z.string().max(40).optional(),
    schemaVersion: z.number().positive(),
    /** Dexie store definitions of the backed-up schema, so an older backup is restored at its own version and migrated. */
    schema: z.record(tableName, z.string().max(2000)),
    counts: z.record(tableName, z.number().int().nonnegative()),
    /** Rows of each table, in chunk order. */
    chunks: z.record(tableName, z.array(filePath).max(100_000)),
    files: z.record(
      filePath,
      z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().nonnegative() }),
    ),
    /** Tables whose rows have no key path: rows are stored as `{ k, v }`. */
    outboundKeys: z.array(tableName).optional(),
  })
  .strict();

export type BackupManifest = z.infer<typeof manifestSchema>;

export type BackupErrorCode = 'not-a-backup' | 'newer' | 'checksum' | 'not-empty' | 'damaged' | 'passphrase';

/** A backup that cannot be restored; `code` picks the message in the UI (backup.errors.<code>). */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function backupFileName(now = new Date()): string {
  return `earshot-backup-${now.toISOString().slice(0, 10)}.zip`;
}
