// The views' whole-library reads (library-reads.ts): the stranger summary is read once per library version
// however many components ask, again after a change; the columns come from the cache when it matches the
// version and are rebuilt (and cached) otherwise. Here without Worker, so the reads run on this thread
// behind the same interface the worker answers.
// First: installs the fake IndexedDB before Dexie is loaded.
import { useFreshDb } from './fresh-db';
import { afterEach, describe, expect, it, vi } from 'vitest';

import * as quarantine from '../../../../renderer/db/repos/quarantine';
import { bumpLibraryVersion, getLibraryVersion, readCachedColumns } from '../../../../renderer/db/repos/library';
import { loadLibraryColumns, resetLibraryReads, strangerSummaryAt } from '../../../../renderer/library/library-reads';
import type { Capture } from '../../../../shared/model';

const database = useFreshDb('library-reads');

const capture = (id: string, ts: number, extra: Partial<Capture> = {}): Capture => ({
  id,
  source: 'alexa-history',
  ts,
  transcript: 'wie wird das wetter',
  transcriptStatus: 'ok',
  category: 'unclear',
  categoryConfidence: 0,
  flags: [],
  importIds: [],
  ...extra,
});

afterEach(() => {
  resetLibraryReads();
  vi.restoreAllMocks();
});

describe('strangerSummaryAt', () => {
  it('reads once per library version and again after a change', async () => {
    await database().settings.put({ key: 'accountId', value: 'A-OURS' });
    await database().clips.bulkPut([
      capture('own', 1, { accountId: 'A-OURS' }),
      capture('x', 2, { accountId: 'A-ELSE' }),
    ]);
    const read = vi.spyOn(quarantine, 'loadStrangerSummary');
    const version = await getLibraryVersion();
    const [first, second] = await Promise.all([strangerSummaryAt(version), strangerSummaryAt(version)]);
    expect(first).toBe(second);
    expect(first?.count).toBe(1);
    expect(first?.devices[0]?.ids).toEqual(['x']);
    expect(read).toHaveBeenCalledTimes(1);

    await database().clips.put(capture('y', 3, { accountId: 'A-ELSE' }));
    const next = await bumpLibraryVersion();
    expect((await strangerSummaryAt(next))?.count).toBe(2);
    expect(read).toHaveBeenCalledTimes(2);
  });
});

describe('loadLibraryColumns', () => {
  it('rebuilds and caches a stale index, then answers from the cache', async () => {
    await database().clips.bulkPut([capture('b', 2), capture('a', 1), capture('gone', 0, { deletedAt: 5 })]);
    await bumpLibraryVersion();
    expect(await readCachedColumns()).toBeNull();
    const built = await loadLibraryColumns();
    expect(built.columns.ids).toEqual(['a', 'b']);
    expect(built.version).toBe(await getLibraryVersion());
    // The rows are gone; the cached index still answers for this version.
    await database().clips.clear();
    expect((await loadLibraryColumns()).columns.ids).toEqual(['a', 'b']);
    await bumpLibraryVersion();
    expect((await loadLibraryColumns()).columns.ids).toEqual([]);
  });
});
