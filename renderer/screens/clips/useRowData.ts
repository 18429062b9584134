// Loads the details (transcript, flags, peaks) of the rows currently on screen, a page at a time, and
// keeps them in a small cache keyed by capture id; the cache is dropped when the library changes.

import { useEffect, useState } from 'react';
import type { ClipRow } from '../../db/db';
import { getClips, getPeaksMany } from '../../db/repos/clips';

export interface RowData {
  clip: ClipRow;
  peaks?: Int8Array;
}

export function useRowData(ids: readonly string[], version: number): ReadonlyMap<string, RowData> {
  const [cache, setCache] = useState<{ version: number; rows: Map<string, RowData> }>({ version, rows: new Map() });
  const key = ids.join('|');

  useEffect(() => {
    const rows = cache.version === version ? cache.rows : new Map<string, RowData>();
    const missing = ids.filter((id) => !rows.has(id));
    if (!missing.length) return;
    let cancelled = false;
    void Promise.all([getClips(missing), getPeaksMany(missing)]).then(([clips, peaks]) => {
      if (cancelled) return;
      const peaksById = new Map(missing.map((id, i) => [id, peaks[i]?.peaks]));
      const next = new Map(rows);
      for (const clip of clips) next.set(clip.id, { clip, peaks: peaksById.get(clip.id) });
      // Bound the cache: keep at most a few thousand rows.
      if (next.size > 4000) for (const id of [...next.keys()].slice(0, next.size - 4000)) next.delete(id);
      setCache({ version, rows: next });
    });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `ids`
  }, [key, version]);

  return cache.version === version ? cache.rows : new Map();
}
