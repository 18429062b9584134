// The cached columnar index (library/columns-cache.ts): ids stored as one text with their end offsets come
// back as the same ids, split only when first read; a row written before this form still reads; a row that
// does not add up, or one of another library version, is never shown as the current library.
// First: installs the fake IndexedDB before Dexie is loaded.
import { useFreshDb } from './fresh-db';
import { describe, expect, it } from 'vitest';

import { bumpLibraryVersion, getLibraryVersion, readCachedColumns } from '../../../../renderer/db/repos/library';
import { buildColumns, type ClipColumns } from '../../../../renderer/library/columns';
import { fromCachedColumns, toStoredColumns } from '../../../../renderer/library/columns-cache';
import { loadLibraryColumns, resetLibraryReads } from '../../../../renderer/library/library-reads';
import type { Capture } from '../../../../shared/model';

const database = useFreshDb('columns-cache');

const capture = (id: string, ts: number): Capture => ({
  id,
  source: 'alexa-history',
  ts,
  transcript: 'licht an',
  transcriptStatus: 'ok',
  category: 'unclear',
  categoryConfidence: 0,
  flags: [],
  importIds: [],
});

// Ids of different lengths, an empty one and characters a separator might have used.
const IDS = ['0f3a9c2e71b4d5e6', 'b', '', 'mit\nzeilenumbruch', 'ä|ö', 'x'.repeat(300)];
const columnsOf = (ids: readonly string[]): ClipColumns =>
  buildColumns(
    ids.map((id, i) => capture(id, i)),
    [],
    [],
  );

describe('toStoredColumns / fromCachedColumns', () => {
  it('give back every id and column unchanged, through a structured clone as IndexedDB stores it', () => {
    const columns = columnsOf(IDS);
    const stored = toStoredColumns(columns);
    expect(stored).not.toHaveProperty('ids');
    expect(Object.keys(stored)[0]).toBe('count');
    const back = fromCachedColumns(structuredClone(stored))!;
    expect(back.ids).toEqual(IDS);
    expect(back.ts).toEqual(columns.ts);
    expect(back.kind).toEqual(columns.kind);
    expect(back.count).toBe(IDS.length);
  });

  it('splits the ids once, on first read, and a clone of the columns (the filter worker) carries them', () => {
    const back = fromCachedColumns(structuredClone(toStoredColumns(columnsOf(IDS))))!;
    expect(Object.getOwnPropertyDescriptor(back, 'ids')?.get).toBeDefined();
    const first = back.ids;
    expect(back.ids).toBe(first);
    expect(Object.getOwnPropertyDescriptor(back, 'ids')?.value).toBe(first);
    const fresh = fromCachedColumns(structuredClone(toStoredColumns(columnsOf(IDS))))!;
    expect(structuredClone(fresh).ids).toEqual(IDS);
  });

  it('reads a row written before ids were stored as text, and refuses rows that do not add up', () => {
    const legacy = columnsOf(['a', 'b']);
    expect(fromCachedColumns(structuredClone(legacy))?.ids).toEqual(['a', 'b']);
    const { kind: _kind, ...withoutKinds } = legacy;
    expect(fromCachedColumns(withoutKinds as ClipColumns)).toBeNull();
    const stored = toStoredColumns(columnsOf(['aa', 'bb']));
    expect(fromCachedColumns({ ...stored, idText: 'aab' })).toBeNull();
    expect(fromCachedColumns({ ...stored, idEnds: new Uint32Array([2]) })).toBeNull();
  });
});

describe('the cache row in the database', () => {
  it('is written in the stored form and read back only for its own library version', async () => {
    await database().clips.bulkPut([capture('later', 2), capture('earlier', 1)]);
    await bumpLibraryVersion();
    try {
      const built = await loadLibraryColumns();
      expect(built.columns.ids).toEqual(['earlier', 'later']);
      const row = await database().columnsCache.get('library');
      expect(row?.version).toBe(await getLibraryVersion());
      expect(row?.columns).toMatchObject({ count: 2, idText: 'earlierlater' });
      expect((await readCachedColumns())?.columns.ids).toEqual(['earlier', 'later']);
      // Another version: the row is stale and is not shown as the library.
      await bumpLibraryVersion();
      expect(await readCachedColumns()).toBeNull();
    } finally {
      resetLibraryReads();
    }
  });
});
