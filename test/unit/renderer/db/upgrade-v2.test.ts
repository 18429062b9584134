// Schema version 1 → 2 on fake-indexeddb: a version-1 library with committed, soft-deleted and staged rows (an
// import interrupted mid-run, with audio staged for a library clip that had none) opens as version 2 with the
// committed library unchanged and the staged rows in the staged* tables; the start-up discard then leaves
// exactly the last committed state.
// First: installs the fake IndexedDB before Dexie is loaded.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { EarshotDb, setDbForTesting } from '../../../../renderer/db/db';
import { commitImport } from '../../../../renderer/db/repos/imports';
import { discardInterruptedImports } from '../../../../renderer/db/repos/import-discard';
import { countVisibleCaptures, loadColumns } from '../../../../renderer/db/repos/library';
import type { Capture, ImportRun } from '../../../../shared/model';

// Version 1 exactly as it shipped: a frozen copy, so a later edit of db.ts cannot change what is tested.
const V1 = {
  clips: 'id, ts, [roomId+ts], [deviceId+ts], category, *flags, groupId, *importIds, voiceId, stagedBy, deletedAt',
  audio: 'clipId',
  peaks: 'clipId',
  devices: 'id, roomId',
  rooms: 'id, kind',
  imports: 'id, status, startedAt',
  importLinks: '[importId+clipId], importId',
  requests: 'id, status, kind, createdAt',
  selections: 'id, name',
  voices: 'id',
  settings: 'key',
  columnsCache: 'key',
};

const capture = (id: string, ts: number, extra: Record<string, unknown> = {}): Capture & Record<string, unknown> => ({
  id,
  source: 'alexa-history',
  ts,
  transcript: `command ${id}`,
  transcriptStatus: 'ok',
  category: 'unclear',
  categoryConfidence: 0,
  flags: [],
  importIds: ['run-1'],
  ...extra,
});

const run = (id: string, status: ImportRun['status']): ImportRun => ({
  id,
  startedAt: 1,
  status,
  sources: ['alexa-history'],
  files: [],
  counts: { captures: 0, newCaptures: 0, withAudio: 0, withoutAudio: 0, withoutTranscript: 0 },
  warnings: [],
});

const audio = (clipId: string) => ({ clipId, blob: new Blob([clipId]), mime: 'audio/wav', name: `${clipId}.wav` });
const peaks = (clipId: string) => ({ clipId, peaks: new Int8Array([1, -1]), durationMs: 1000, gainDb: 0 });

let n = 0;
let name = '';
afterEach(async () => {
  setDbForTesting(undefined);
  await Dexie.delete(name);
});

/** A version-1 database as the app left it when an import (run-2) was cut off mid-run. */
async function versionOneLibrary(): Promise<string> {
  name = `upgrade-v2-${++n}`;
  const old = new Dexie(name);
  old.version(1).stores(V1);
  await old.open();
  await old.table('imports').bulkPut([run('run-1', 'committed'), run('run-2', 'staging'), run('run-3', 'failed')]);
  await old.table('clips').bulkPut([
    capture('a', 1, { audioId: 'a' }),
    capture('b', 2, { deletedAt: 50 }),
    capture('c', 3),
    capture('s1', 4, { importIds: ['run-2'], stagedBy: 'run-2', audioId: 's1' }),
    capture('s2', 5, { importIds: ['run-2'], stagedBy: 'run-2' }),
    // Left by a run that already ended (it can only come from a discard cut off halfway): never committed.
    capture('x', 6, { importIds: ['run-3'], stagedBy: 'run-3' }),
  ]);
  // run-2 brought audio for library clip c (which had none) and a merged transcript for it.
  await old.table('audio').bulkPut([audio('a'), audio('s1'), audio('c'), audio('x')]);
  await old.table('peaks').bulkPut([peaks('a'), peaks('s1'), peaks('s2'), peaks('c')]);
  await old.table('importLinks').bulkPut([
    {
      importId: 'run-2',
      clipId: 'c',
      addsAudio: true,
      merged: capture('c', 3, { transcript: 'merged', audioId: 'c' }),
    },
    { importId: 'run-2', clipId: 'a' },
  ]);
  await old.table('settings').put({ key: 'libraryVersion', value: 7 });
  old.close();
  return name;
}

async function openCurrent(dbName: string): Promise<EarshotDb> {
  const db = new EarshotDb(dbName);
  setDbForTesting(db);
  await db.open();
  return db;
}

const keys = async (db: EarshotDb, table: string) => (await db.table(table).toCollection().primaryKeys()).sort();

describe('schema version 2 (staging by table)', () => {
  it('moves the rows of an unfinished run into the staged tables and leaves the committed library as it was', async () => {
    const db = await openCurrent(await versionOneLibrary());
    expect(db.verno).toBe(2);
    expect(await keys(db, 'clips')).toEqual(['a', 'b', 'c']);
    expect((await db.clips.toArray()).some((c) => 'stagedBy' in c)).toBe(false);
    expect((await db.clips.get('b'))?.deletedAt).toBe(50);
    expect((await db.clips.get('c'))?.transcript).toBe('command c');
    expect(await keys(db, 'audio')).toEqual(['a']);
    expect(await keys(db, 'peaks')).toEqual(['a']);
    const staged = await db.stagedClips.toArray();
    expect(staged.map((r) => [r.importId, r.batch, r.captures.map((c) => c.id).sort()])).toEqual([
      ['run-2', 0, ['s1', 's2']],
    ]);
    const s1 = staged[0]!.captures.find((c) => c.id === 's1');
    expect(s1).toMatchObject({ audioId: 's1', importIds: ['run-2'] });
    expect(s1).not.toHaveProperty('stagedBy');
    expect(await keys(db, 'stagedAudio')).toEqual([
      ['run-2', 'c'],
      ['run-2', 's1'],
    ]);
    expect(await keys(db, 'stagedPeaks')).toEqual([
      ['run-2', 'c'],
      ['run-2', 's1'],
      ['run-2', 's2'],
    ]);
    const links = await db.importLinks.toArray();
    expect(links.map((l) => l.clipId).sort()).toEqual(['a', 'c']);
    expect(links.some((l) => 'addsAudio' in l)).toBe(false);
    expect(await countVisibleCaptures()).toBe(2);
    expect((await loadColumns()).columns.ids).toEqual(['a', 'c']);
    // Indexes no query used are gone with the flag.
    expect(db.clips.schema.indexes.map((i) => i.name)).not.toContain('stagedBy');
    expect(db.clips.schema.indexes.map((i) => i.name)).not.toContain('category');
  });

  it('then discards the interrupted run at start-up: exactly the last committed state, nothing staged', async () => {
    const db = await openCurrent(await versionOneLibrary());
    const before = await db.clips.toArray();
    expect((await discardInterruptedImports()).map((r) => r.id)).toEqual(['run-2']);
    expect(await db.clips.toArray()).toEqual(before);
    expect(await keys(db, 'audio')).toEqual(['a']);
    expect(await keys(db, 'peaks')).toEqual(['a']);
    for (const table of ['stagedClips', 'stagedAudio', 'stagedPeaks', 'importLinks'])
      expect(await db.table(table).count(), table).toBe(0);
    expect((await db.imports.get('run-2'))?.status).toBe('failed');
  });

  it('a moved run is still a whole run: committing it applies every staged row and the merge', async () => {
    const db = await openCurrent(await versionOneLibrary());
    await commitImport({
      runId: 'run-2',
      devices: [],
      rooms: [],
      finishedAt: 2,
      counts: run('run-2', 'staging').counts,
      warnings: [],
    });
    expect(await keys(db, 'clips')).toEqual(['a', 'b', 'c', 's1', 's2']);
    expect(await keys(db, 'audio')).toEqual(['a', 'c', 's1']);
    expect(await keys(db, 'peaks')).toEqual(['a', 'c', 's1', 's2']);
    expect(await db.clips.get('c')).toMatchObject({
      transcript: 'merged',
      audioId: 'c',
      importIds: ['run-1', 'run-2'],
    });
    expect(await db.clips.get('s1')).not.toHaveProperty('importId');
    expect(await db.stagedClips.count()).toBe(0);
  });
});
