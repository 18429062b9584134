// Holds the columnar index of the library for every view and reloads it whenever a write bumps the
// library version (imports, deletions, corrections — also from a worker or another window), and the
// counted population of that index (population.ts), counted once here for every view that shows a total.
// A stale cache is rebuilt in library-read.worker.ts, never on this thread (library-reads.ts).

import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ClipColumns } from './columns';
import { loadLibraryColumns, rebuildLibraryColumns } from './library-reads';
import { getLibraryVersion, readCachedColumns } from '../db/repos/library';
import { isConnectionClosed } from '../db/connection-closed';
import { countPopulation, type Population } from './population';
import { dropEarlyRead, takeEarlyColumns } from './early-read';

export interface LibraryValue {
  version: number;
  columns: ClipColumns | null;
  /** How `columns` splits into the counted population and what is not counted; null without columns. */
  population: Population | null;
  loading: boolean;
}

const LibraryContext = createContext<LibraryValue>({ version: -1, columns: null, population: null, loading: true });
/**
 * The library version as the database has it now (-1 until read), which can be ahead of the shown columns'
 * `version` while they reload. One subscription here for every screen that re-reads its own data on a write.
 */
const LibraryVersionContext = createContext<number>(-1);

const loadColumns = loadLibraryColumns;
let prefetched: ReturnType<typeof loadColumns> | null = null;
let cachedAtStart: Promise<LibraryValue | null> | null = null;

/**
 * Starts reading the columns as soon as the database may be read (main.tsx, after unlocking), so the read
 * runs while the rest of the start-up does: the timeline's first paint waits for it.
 */
export function prefetchColumns(early = false): void {
  if (prefetched) return;
  // `early`: the start-up checks found nothing that changes the database before it is read (main.tsx), so
  // the row public/early-read.js read before the app's script ran is this library's.
  const cached = early
    ? takeEarlyColumns().then((hit) => hit ?? readCachedColumns())
    : (dropEarlyRead(), readCachedColumns());
  // A stale cache is rebuilt in the worker (seconds at 100,000 captures): the app renders without it meanwhile.
  prefetched = cached.then((hit) => hit ?? rebuildLibraryColumns());
  cachedAtStart = cached.then(
    (hit) => (hit ? libraryValue(hit) : null),
    () => null,
  );
  // A failed early read is read again by the provider; it must not surface as an unhandled rejection.
  prefetched.catch(() => undefined);
}

/**
 * The library as the prefetched read found it in the cache, or null when the cache was stale (or the read
 * failed, or there was none). main.tsx renders the app with it, so the views render once, with the columns,
 * instead of once empty and again when the columns come.
 */
export function columnsAtStart(): Promise<LibraryValue | null> {
  return cachedAtStart ?? Promise.resolve(null);
}

function libraryValue(loaded: { version: number; columns: ClipColumns }): LibraryValue {
  return {
    version: loaded.version,
    columns: loaded.columns,
    population: countPopulation(loaded.columns),
    loading: false,
  };
}

/** The prefetched read, once; null when there was none or it was taken. */
function takePrefetched(): ReturnType<typeof loadColumns> | null {
  const early = prefetched;
  prefetched = null;
  cachedAtStart = null;
  return early;
}

const EMPTY: LibraryValue = { version: -1, columns: null, population: null, loading: true };

/** `initial`: the library read before the first render (columnsAtStart), if there was one. */
export function LibraryProvider({ initial, children }: { initial?: LibraryValue | null; children: ReactNode }) {
  const version = useLiveQuery(getLibraryVersion, [], -1);
  const [state, setState] = useState<LibraryValue>(initial ?? EMPTY);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  if (failure) throw failure.error;
  const shownVersion = state.version;

  useEffect(() => {
    if (version < 0) return;
    // The columns read before the first render are this version's (a write since then changes the version).
    if (shownVersion === version) {
      takePrefetched();
      return;
    }
    let cancelled = false;
    const early = takePrefetched();
    // The early read counts if it saw this version (or a newer one, which the next version change reads again).
    const load = early
      ? early.then((loaded) => (loaded.version >= version ? loaded : loadColumns()), loadColumns)
      : loadColumns();
    load.then(
      (loaded) => {
        if (!cancelled) setState(libraryValue(loaded));
      },
      (error: unknown) => {
        // A read cut off by the deletion of the library is read again on the version bump that ends it.
        if (!cancelled && !isConnectionClosed(error)) setFailure({ error });
      },
    );
    return () => {
      cancelled = true;
    };
    // `shownVersion` is read, not followed: a load that lands must not start another.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);

  return (
    <LibraryVersionContext.Provider value={version}>
      <LibraryContext.Provider value={state}>{children}</LibraryContext.Provider>
    </LibraryVersionContext.Provider>
  );
}

export function useLibrary(): LibraryValue {
  return useContext(LibraryContext);
}

/** The library's current version (-1 until known): a dependency for reads that must follow every write. */
export function useLibraryVersion(): number {
  return useContext(LibraryVersionContext);
}
