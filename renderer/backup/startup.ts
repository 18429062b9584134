// Checks made before the app opens its database: a restore that broke off (its half is wiped), a restore
// chosen in Settings (carried out now), and a schema migration about to run (a backup is offered first).

import { Dexie } from 'dexie';
import { DB_NAME, EarshotDb } from '../db/db';
import { clearPendingRestore, RESTORE_MARKER, takePendingRestore } from './pending';

export interface PendingMigration {
  /** Schema version of the database on disk. */
  from: number;
  /** Schema version this build of Earshot declares. */
  to: number;
}

/** The schema version this build declares (Dexie's `verno` before opening is the highest declared). */
export function codeSchemaVersion(): number {
  return new EarshotDb('earshot-version-probe').verno;
}

/** Reads the stored version without opening the database, so no upgrade can start by accident. */
export async function storedSchemaVersion(name = DB_NAME): Promise<number | null> {
  const found = (await indexedDB.databases()).find((d) => d.name === name);
  // Dexie stores version n as IndexedDB version n * 10.
  return found?.version ? found.version / 10 : null;
}

export async function pendingMigration(name = DB_NAME, to = codeSchemaVersion()): Promise<PendingMigration | null> {
  const from = await storedSchemaVersion(name);
  return from !== null && from < to ? { from, to } : null;
}

/** Deletes a database a restore left half-written. Returns true when it did. */
export async function wipeBrokenRestore(name = DB_NAME): Promise<boolean> {
  if ((await storedSchemaVersion(name)) === null) return false;
  const broken = await hasRestoreMarker(name);
  if (broken) await Dexie.delete(name);
  return broken;
}

/**
 * Whether the database on disk holds the restore marker. Plain IndexedDB, opened without a version so nothing
 * is upgraded: Dexie opened without a schema first reads every table's, which every start-up paid for.
 */
function hasRestoreMarker(name: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    let missing = false;
    // Deleted since it was listed: not created here (the app creates it with its schema).
    open.onupgradeneeded = () => {
      missing = true;
      open.transaction!.abort();
    };
    open.onerror = (event) => {
      event.preventDefault();
      if (missing) resolve(false);
      else reject(open.error ?? new Error(`cannot open ${name}`));
    };
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('settings')) {
        db.close();
        resolve(false);
        return;
      }
      const read = db.transaction('settings', 'readonly').objectStore('settings').get(RESTORE_MARKER);
      read.onsuccess = () => {
        db.close();
        resolve(read.result !== undefined);
      };
      read.onerror = () => {
        db.close();
        reject(read.error ?? new Error(`cannot read ${name}`));
      };
    };
  });
}

/** Backs up the database as it is on disk, at its old schema (nothing is upgraded). */
export async function backupBeforeMigration(name = DB_NAME, appVersion?: string): Promise<Blob> {
  const db = new Dexie(name);
  try {
    await db.open();
    // Loaded only here: a start-up without a migration does not need the zip writer.
    const { createBackup } = await import('./export');
    return await createBackup(db, { appVersion });
  } finally {
    db.close();
  }
}

export type RestoreOutcome = { restored: number } | { error: string };

/**
 * Carries out a restore chosen in Settings (see pending.ts), before the app opens the database. A failed
 * restore leaves an empty library and is not retried; a crash mid-way is retried at the next start.
 */
export async function runPendingRestore(
  onProgress?: (done: number, total: number) => void,
): Promise<RestoreOutcome | null> {
  const file = await takePendingRestore();
  if (!file) return null;
  try {
    const { restoreBackup } = await import('./restore');
    const manifest = await restoreBackup(file, { name: DB_NAME, codeSchemaVersion: codeSchemaVersion(), onProgress });
    return { restored: manifest.counts.clips ?? 0 };
  } catch (error) {
    await wipeBrokenRestore();
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    await clearPendingRestore();
  }
}
