// Holds the columnar index of the library for every view and reloads it whenever a write bumps the
// library version (imports, deletions, corrections — also from a worker or another window).

import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { getLibraryVersion, loadColumns } from '../db/repos/library';
import type { ClipColumns } from './columns';

export interface LibraryValue {
  version: number;
  columns: ClipColumns | null;
  loading: boolean;
}

const LibraryContext = createContext<LibraryValue>({ version: -1, columns: null, loading: true });

export function LibraryProvider({ children }: { children: ReactNode }) {
  const version = useLiveQuery(getLibraryVersion, [], -1);
  const [state, setState] = useState<LibraryValue>({ version: -1, columns: null, loading: true });

  useEffect(() => {
    if (version < 0) return;
    let cancelled = false;
    void loadColumns().then((loaded) => {
      if (!cancelled) setState({ version: loaded.version, columns: loaded.columns, loading: false });
    });
    return () => {
      cancelled = true;
    };
  }, [version]);

  return <LibraryContext.Provider value={state}>{children}</LibraryContext.Provider>;
}

export function useLibrary(): LibraryValue {
  return useContext(LibraryContext);
}
