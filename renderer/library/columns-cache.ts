// The columnar index as it is cached in IndexedDB (db.ts `columnsCache`). A cold start reads this one row
// before the timeline's first paint, and reading a row back costs by what it holds: typed arrays come back
// as one copy each, but 100,000 id strings are 100,000 strings to allocate. So the ids are cached as one
// text with a typed array of where each id ends, and split into the `ids` array only when something first
// reads it (opening a capture, the selection, the search index) — after the first paint.

import type { ClipColumns } from './columns';

/** The cached form: `ClipColumns` without `ids`, which are `idText` cut at the offsets in `idEnds`. */
export type StoredColumns = Omit<ClipColumns, 'ids'> & {
  /** Every id, one after the other. */
  idText: string;
  /** Where id i ends in `idText` (it begins where id i − 1 ends). */
  idEnds: Uint32Array;
};

/** What a cache row may hold: the stored form, or a row written before it (ids as an array). */
export type CachedColumns = StoredColumns | ClipColumns;

export function toStoredColumns(columns: ClipColumns): StoredColumns {
  const { ids, count, ...rest } = columns;
  const idEnds = new Uint32Array(ids.length);
  let end = 0;
  for (let i = 0; i < ids.length; i++) idEnds[i] = end += ids[i]!.length;
  // `count` first, as in ClipColumns: the row reads the same way in a dump of the store.
  return { count, ...rest, idText: ids.join(''), idEnds };
}

/**
 * The columns of a cache row, or null when the row cannot be used: written before the index had kinds, or
 * not matching its own count (a row cut short) — the caller then rebuilds it from the captures.
 */
export function fromCachedColumns(cached: CachedColumns): ClipColumns | null {
  if (!cached.kind) return null;
  if (!('idText' in cached)) return cached.ids.length === cached.count ? cached : null;
  const { idText, idEnds, ...rest } = cached;
  if (idEnds.length !== rest.count || (rest.count > 0 && idEnds[rest.count - 1] !== idText.length)) return null;
  const columns = rest as ClipColumns;
  // A data property once read: the split runs once, and a structured clone (the filter worker's copy)
  // reads the getter like any enumerable property.
  Object.defineProperty(columns, 'ids', {
    configurable: true,
    enumerable: true,
    get() {
      const ids = splitIds(idText, idEnds);
      Object.defineProperty(columns, 'ids', { value: ids, writable: true, configurable: true, enumerable: true });
      return ids;
    },
  });
  return columns;
}

function splitIds(text: string, ends: Uint32Array): string[] {
  const ids = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    ids[i] = text.slice(start, end);
    start = end;
  }
  return ids;
}
