// Holds the columnar index of the library for every view and reloads it whenever a write bumps the
// library version (imports, deletions, corrections — also from a worker or another window), and the
// counted population of that index (population.ts), counted once here for every view that shows a total.
// A stale cache is rebuilt in library-read.worker.ts, never on this thread (library-reads.ts).

import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { getLibraryVersion } from '../db/repos/library';
import type { ClipColumns } from './columns';
import { loadLibraryColumns } from './library-reads';
import { isConnectionClosed } from '../db/connection-closed';
import { countPopulation, type Population } from './population';

export interface LibraryValue {
  version: number;
  columns: ClipColumns | null;
  /** How `columns` splits into the counted population and what is not counted; null without columns. */
  population: Population | null;
  loading: boolean;
}

const LibraryContext = createContext<LibraryValue>({ version: -1, columns: null, population: null, loading: true });

const loadColumns = loadLibraryColumns;
let prefetched: ReturnType<typeof loadColumns> | null = null;

/**
 * Starts reading the columns as soon as the database may be read (main.tsx, after unlocking), so the read
 * runs while the rest of the start-up and React's first render do, not after them: the timeline's first
 * paint waits for it.
 */
export function prefetchColumns(): void {
  prefetched ??= loadColumns();
  // A failed early read is read again by the provider; it must not surface as an unhandled rejection.
  prefetched.catch(() => undefined);
}

/** The prefetched read, once; null when there was none or it was taken. */
function takePrefetched(): ReturnType<typeof loadColumns> | null {
  const early = prefetched;
  prefetched = null;
  return early;
}

export function LibraryProvider({ children }: { children: ReactNode }) {
  const version = useLiveQuery(getLibraryVersion, [], -1);
  const [state, setState] = useState<LibraryValue>({ version: -1, columns: null, population: null, loading: true });
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  if (failure) throw failure.error;

  useEffect(() => {
    if (version < 0) return;
    let cancelled = false;
    const early = takePrefetched();
    // The early read counts if it saw this version (or a newer one, which the next version change reads again).
    const load = early
      ? early.then((loaded) => (loaded.version >= version ? loaded : loadColumns()), loadColumns)
      : loadColumns();
    load.then(
      (loaded) => {
        if (cancelled) return;
        setState({
          version: loaded.version,
          columns: loaded.columns,
          population: countPopulation(loaded.columns),
          loading: false,
        });
      },
      (error: unknown) => {
        // A read cut off by the deletion of the library is read again on the version bump that ends it.
        if (!cancelled && !isConnectionClosed(error)) setFailure({ error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [version]);

  return <LibraryContext.Provider value={state}>{children}</LibraryContext.Provider>;
}

export function useLibrary(): LibraryValue {
  return useContext(LibraryContext);
}
