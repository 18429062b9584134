// Whole-library operations: deleting everything the user imported and everything derived from it. Only
// the household's own preferences survive (language, theme, zone, controller addresses, the sender's
// identity for letters). See docs/reliability.md ("Deletion") for what the operating system may still hold.

import type { EarshotApi } from '../../../shared/ipc';
import { getDb, type EarshotDb, type SettingRow } from '../db';
import { PLAINTEXT_SETTING_KEYS } from '../crypto/sealed-fields';
import { isConnectionClosed } from '../connection-closed';

/** Settings the household typed itself; nothing in them comes from an import. */
export const KEPT_SETTINGS: readonly string[] = [
  'preferences',
  'gdprControllers',
  'gdprIdentity',
  // An encrypted library stays encrypted (the kept settings are sealed with its key): see crypto/keycheck.ts.
  ...PLAINTEXT_SETTING_KEYS,
];
const VERSION_KEY = 'libraryVersion';

/**
 * Empties every table in one transaction (so a crash leaves either the whole library or none of it), then
 * deletes the IndexedDB database (in the desktop app: its files) and creates it again. Resolves to whether
 * the storage files themselves were wiped (desktop) or only what a web page can reach (browser).
 */
export async function deleteLibrary(): Promise<{ filesWiped: boolean }> {
  const db = getDb();
  const kept: SettingRow[] = [];
  let version = 0;
  await db.transaction('rw', db.tables, async () => {
    for (const key of KEPT_SETTINGS) {
      const row = await db.settings.get(key);
      if (row) kept.push(row);
    }
    version = ((await db.settings.get(VERSION_KEY))?.value as number | undefined) ?? 0;
    await Promise.all(db.tables.map((table) => table.clear()));
    // The counter must only grow: views and a library pass still running compare against the old value.
    await db.settings.bulkPut([...kept, { key: VERSION_KEY, value: version + 1 }]);
  });
  // Other connections (workers, other windows) close on the `versionchange` event — Dexie's default — and
  // reopen the new, empty database on their next access.
  await db.delete({ disableAutoOpen: false });
  // A deleted database stays in the storage engine's files until a compaction; in the desktop app, main
  // deletes the origin's IndexedDB files outright (a page in a browser cannot).
  const shell = (globalThis as { earshot?: EarshotApi }).earshot;
  await clearWhatAPageCan(db.name);
  if (shell)
    await withClosedQueriesExpected(async () => {
      db.close({ disableAutoOpen: false });
      await shell.wipeStorage();
      await reopen(db);
    });
  else await reopen(db);
  await db.transaction('rw', db.settings, async () => {
    const current = ((await db.settings.get(VERSION_KEY))?.value as number | undefined) ?? 0;
    await db.settings.bulkPut([...kept, { key: VERSION_KEY, value: Math.max(current, version) + 2 }]);
  });
  return { filesWiped: !!shell };
}

/**
 * A page cannot delete the storage files, only its own stores: every other database of the origin
 * (a backup waiting to be restored is a copy of the library), Cache Storage and the origin's private file
 * system. In a browser the UI then tells the user how to clear the site's data (docs/reliability.md, "Deletion").
 */
async function clearWhatAPageCan(library: string): Promise<void> {
  const g = globalThis as {
    indexedDB?: IDBFactory;
    caches?: CacheStorage;
    navigator?: { storage?: { getDirectory?: () => Promise<FileSystemDirectoryHandle> } };
  };
  const databases = (await g.indexedDB?.databases?.().catch(() => [])) ?? [];
  for (const { name } of databases)
    if (name && name !== library)
      await new Promise<void>((resolve) => {
        const request = g.indexedDB!.deleteDatabase(name);
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      });
  for (const key of (await g.caches?.keys().catch(() => [])) ?? []) await g.caches!.delete(key);
  const root = await g.navigator?.storage?.getDirectory?.().catch(() => undefined);
  if (root) {
    const names: string[] = [];
    for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
    for (const name of names) await root.removeEntry(name, { recursive: true }).catch(() => undefined);
  }
}

/** Opens the recreated database; an open that raced the wipe (a view reopening it meanwhile) is retried. */
async function reopen(db: EarshotDb): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await db.open();
      return;
    } catch (error) {
      if (attempt >= 2) throw error;
      db.close({ disableAutoOpen: false });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Wiping the files closes every connection, so a view that queries at that moment gets DatabaseClosedError;
 * it reads again on the version bump that follows. Only those expected rejections are silenced, only then.
 */
async function withClosedQueriesExpected(work: () => Promise<void>): Promise<void> {
  const target = globalThis as {
    addEventListener?: typeof addEventListener;
    removeEventListener?: typeof removeEventListener;
  };
  const expected = (event: PromiseRejectionEvent) => {
    if (isConnectionClosed(event.reason)) event.preventDefault();
  };
  target.addEventListener?.('unhandledrejection', expected);
  try {
    await work();
    // Rejections are reported after the microtask that dropped them: keep listening one more turn.
    await new Promise((resolve) => setTimeout(resolve, 500));
  } finally {
    target.removeEventListener?.('unhandledrejection', expected);
  }
}
