// The cached columns as public/early-read.js read them before the app's script ran (index.html starts it
// first): the first paint's one read then overlaps fetching and compiling the app instead of following it.

import type { ClipColumns } from './columns';
import { fromCachedColumns, type CachedColumns } from './columns-cache';

interface EarlyRead {
  /** The library version in `settings`, read in the same transaction as the row. */
  version: number;
  row: { version: number; columns: CachedColumns } | null;
}

declare global {
  var __earshotEarlyRead: Promise<EarlyRead | null> | undefined;
}

/**
 * The columns of the early read when its row is the current version's, else null (no early read, no
 * database, a stale or unreadable row: the caller reads as before). Taken once.
 */
export async function takeEarlyColumns(): Promise<{ version: number; columns: ClipColumns } | null> {
  const early = globalThis.__earshotEarlyRead;
  globalThis.__earshotEarlyRead = undefined;
  const read = await early?.catch(() => null);
  if (!read?.row || read.row.version !== read.version) return null;
  const columns = fromCachedColumns(read.row.columns);
  return columns ? { version: read.version, columns } : null;
}

/** Drops the early read unused (a restore, migration or encrypted library: the app reads for itself). */
export function dropEarlyRead(): void {
  globalThis.__earshotEarlyRead = undefined;
}
