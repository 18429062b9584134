// A library pass caches the columns of its result for the version it writes, so the next start (or the
// reload after an import) reads one row instead of rebuilding the columns from every capture.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EarshotDb, setDbForTesting } from '../../../../renderer/db/db';
import { loadLibraryInputs, saveLibraryResult } from '../../../../renderer/db/repos/derived';
import { getLibraryVersion, loadColumns } from '../../../../renderer/db/repos/library';
import type { Capture } from '../../../../shared/model';

let db: EarshotDb;
let n = 0;
beforeEach(async () => {
  db = new EarshotDb(`derived-columns-${++n}`);
  setDbForTesting(db);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
  setDbForTesting(undefined);
});

const capture = (id: string, ts: number): Capture => ({
  id,
  source: 'alexa-history',
  ts,
  transcript: 'wie wird das wetter',
  transcriptStatus: 'ok',
  category: 'unclear',
  categoryConfidence: 0,
  flags: [],
  importIds: [],
  roomId: 'r1',
});

describe('saveLibraryResult with columns', () => {
  it('caches the columns of the result under the new library version', async () => {
    await db.rooms.put({ id: 'r1', name: 'Küche', kind: 'kitchen' } as never);
    await db.clips.bulkPut([capture('b', 2), capture('a', 1), { ...capture('staged', 3), stagedBy: 'run-x' }]);
    const input = await loadLibraryInputs();
    const captures = input.captures.map((c) => ({ ...c, category: 'weather' as const }));
    await saveLibraryResult({ captures, groups: [], voices: [], foreign: new Map() }, input.version, new Set(), input);

    const cached = await db.columnsCache.get('library');
    expect(cached?.version).toBe(await getLibraryVersion());
    // Prove loadColumns uses the cache: the rows are gone, the cached columns still answer.
    await db.clips.clear();
    const { columns } = await loadColumns();
    expect(columns.ids).toEqual(['a', 'b']);
    expect(columns.rooms.map((r) => r.name)).toEqual(['Küche']);
    expect(columns.room[0]).toBe(0);
  });
});
