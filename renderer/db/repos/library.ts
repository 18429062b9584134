// Library-wide reads: the version counter every write bumps, and the cached columnar index.

import type { Collection, InsertType, Transaction } from 'dexie';
import { getDb, type ClipRow } from '../db';
import { buildColumns, type ClipColumns } from '../../library/columns';
import { fromCachedColumns, toStoredColumns } from '../../library/columns-cache';

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

type ClipCollection = Collection<ClipRow, string, InsertType<ClipRow, 'id'>>;

/** The soft-delete rule, in one place: a capture the views show is one not soft-deleted (`clips` holds only
 * committed rows; a running import writes to the staged* tables). */
export const isVisible = (clip: ClipRow | undefined): clip is ClipRow =>
  clip !== undefined && clip.deletedAt === undefined;

/** Visible captures of `from` (by default the whole library), e.g. `visibleClips(db.clips.where('groupId')…)`. */
export function visibleClips(from: ClipCollection = getDb().clips.toCollection()): ClipCollection {
  return from.filter(isVisible);
}

/** Every soft-deleted capture, by the `deletedAt` index (only deleted rows are in it). */
export function deletedClips(): ClipCollection {
  return getDb().clips.where('deletedAt').aboveOrEqual(-Infinity);
}

/** Committed, not deleted captures — what every view shows; counted on the key store and an index, no row read. */
export async function countVisibleCaptures(): Promise<number> {
  const db = getDb();
  // One read transaction: both counts see the same library.
  return db.transaction('r', db.clips, async () => (await db.clips.count()) - (await deletedClips().count()));
}

/** The columnar index for the current library version, from the cache or rebuilt (and re-cached). */
export async function loadColumns(): Promise<{ version: number; columns: ClipColumns }> {
  const db = getDb();
  const version = await getLibraryVersion();
  const cached = await db.columnsCache.get('library');
  // A cache written before the index had kinds is rebuilt once.
  const columns = cached?.version === version ? fromCachedColumns(cached.columns) : null;
  return columns ? { version, columns } : rebuildColumns(version);
}

/** The cached columnar index when it matches the current library version, else null (one row read). */
export async function readCachedColumns(): Promise<{ version: number; columns: ClipColumns } | null> {
  const db = getDb();
  return db.transaction('r', db.settings, db.columnsCache, async () => {
    const version = await getLibraryVersion();
    const cached = await db.columnsCache.get('library');
    const columns = cached?.version === version ? fromCachedColumns(cached.columns) : null;
    return columns ? { version, columns } : null;
  });
}

async function rebuildColumns(version: number): Promise<{ version: number; columns: ClipColumns }> {
  const db = getDb();
  const [clips, rooms, devices] = await Promise.all([
    visibleClips().toArray(),
    db.rooms.toArray(),
    db.devices.toArray(),
  ]);
  const columns = buildColumns(clips, rooms, devices);
  // Another tab may have changed the library meanwhile; only cache what matches the version we read.
  await db.transaction('rw', db.columnsCache, db.settings, async () => {
    if ((await getLibraryVersion()) === version)
      await db.columnsCache.put({ key: 'library', version, columns: toStoredColumns(columns) });
  });
  return { version, columns };
}
