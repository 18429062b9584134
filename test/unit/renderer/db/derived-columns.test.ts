// A library pass caches the columns of its result for the version it writes, so the next start (or the
// reload after an import) reads one row instead of rebuilding the columns from every capture.
// First: installs the fake IndexedDB before Dexie is loaded.
import { useFreshDb } from './fresh-db';
import { describe, expect, it } from 'vitest';

import { loadLibraryInputs, saveLibraryResult } from '../../../../renderer/db/repos/derived';
import { getLibraryVersion, loadColumns } from '../../../../renderer/db/repos/library';
import type { Capture } from '../../../../shared/model';

const database = useFreshDb('derived-columns');

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
    await database().rooms.put({ id: 'r1', name: 'Küche', kind: 'kitchen' } as never);
    await database().clips.bulkPut([capture('b', 2), capture('a', 1)]);
    await database().stagedClips.put({ importId: 'run-x', batch: 0, captures: [capture('staged', 3)] });
    const input = await loadLibraryInputs();
    const captures = input.captures.map((c) => ({ ...c, category: 'weather' as const }));
    await saveLibraryResult({ captures, groups: [], voices: [], foreign: new Map() }, input.version, new Set(), input);

    const cached = await database().columnsCache.get('library');
    expect(cached?.version).toBe(await getLibraryVersion());
    // Prove loadColumns uses the cache: the rows are gone, the cached columns still answer.
    await database().clips.clear();
    const { columns } = await loadColumns();
    expect(columns.ids).toEqual(['a', 'b']);
    expect(columns.rooms.map((r) => r.name)).toEqual(['Küche']);
    expect(columns.room[0]).toBe(0);
  });
});
