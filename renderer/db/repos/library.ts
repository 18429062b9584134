// Library-wide reads: the version counter every write bumps, and the cached columnar index.

import type { Transaction } from 'dexie';
import { getDb } from '../db';
import { buildColumns, type ClipColumns } from '../../library/columns';

const VERSION_KEY = 'libraryVersion';

export async function getLibraryVersion(): Promise<number> {
  return ((await getDb().settings.get(VERSION_KEY))?.value as number | undefined) ?? 0;
}

/** Call inside every rw transaction that changes what the library shows (include `settings` in its scope). */
export async function bumpLibraryVersion(_tx?: Transaction): Promise<number> {
  const db = getDb();
  const next = (((await db.settings.get(VERSION_KEY))?.value as number | undefined) ?? 0) + 1;
  await db.settings.put({ key: VERSION_KEY, value: next });
  return next;
}

/** Committed, not deleted captures — what every view shows. */
export async function countVisibleCaptures(): Promise<number> {
  const db = getDb();
  return db.clips.filter((c) => c.stagedBy === undefined && c.deletedAt === undefined).count();
}

/** The columnar index for the current library version, from the cache or rebuilt (and re-cached). */
export async function loadColumns(): Promise<{ version: number; columns: ClipColumns }> {
  const db = getDb();
  const version = await getLibraryVersion();
  const cached = await db.columnsCache.get('library');
  // A cache written before the index had kinds is rebuilt once.
  if (cached && cached.version === version && cached.columns.kind) return { version, columns: cached.columns };
  const [clips, rooms, devices] = await Promise.all([
    db.clips.filter((c) => c.stagedBy === undefined && c.deletedAt === undefined).toArray(),
    db.rooms.toArray(),
    db.devices.toArray(),
  ]);
  const columns = buildColumns(clips, rooms, devices);
  // Another tab may have changed the library meanwhile; only cache what matches the version we read.
  await db.transaction('rw', db.columnsCache, db.settings, async () => {
    if ((await getLibraryVersion()) === version) await db.columnsCache.put({ key: 'library', version, columns });
  });
  return { version, columns };
}
