// Checks made before the app opens its database: a restore that broke off (its half is wiped), and a schema
// migration about to run (the user is offered a backup of the old database first).

import { Dexie } from 'dexie';
import { DB_NAME, EarshotDb } from '../db/db';
import { createBackup } from './export';
import { RESTORE_MARKER } from './restore';

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
  const db = new Dexie(name);
  let broken: boolean;
  try {
    await db.open();
    broken =
      db.tables.some((t) => t.name === 'settings') && (await db.table('settings').get(RESTORE_MARKER)) !== undefined;
  } finally {
    db.close();
  }
  if (broken) await Dexie.delete(name);
  return broken;
}

/** Backs up the database as it is on disk, at its old schema (nothing is upgraded). */
export async function backupBeforeMigration(name = DB_NAME, appVersion?: string): Promise<Blob> {
  const db = new Dexie(name);
  try {
    await db.open();
    return await createBackup(db, { appVersion });
  } finally {
    db.close();
  }
}
