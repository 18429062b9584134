// A restore chosen in Settings is carried out at the next start, before anything opens the library: the
// verified backup file waits in a small database of its own until then. Restoring while the app runs would
// pull the database away from under live screens and workers. If the restore is cut short, the file is
// still here and the next start tries again.

import { Dexie, type Table } from 'dexie';

const PENDING_DB = 'earshot-restore-pending';

/** Settings key present while a restore is being written; found at start-up it means the restore broke off. */
export const RESTORE_MARKER = 'restoreInProgress';

interface PendingRow {
  key: 'backup';
  blob: Blob;
}

function open(): Dexie & { files: Table<PendingRow, string> } {
  const db = new Dexie(PENDING_DB) as Dexie & { files: Table<PendingRow, string> };
  db.version(1).stores({ files: 'key' });
  return db;
}

export async function stashRestore(file: Blob): Promise<void> {
  const db = open();
  try {
    await db.files.put({ key: 'backup', blob: file });
  } finally {
    db.close();
  }
}

export async function takePendingRestore(): Promise<Blob | null> {
  if (!(await indexedDB.databases()).some((d) => d.name === PENDING_DB)) return null;
  const db = open();
  try {
    return (await db.files.get('backup'))?.blob ?? null;
  } finally {
    db.close();
  }
}

export async function clearPendingRestore(): Promise<void> {
  await Dexie.delete(PENDING_DB);
}
