// An import's commit writes each capture once with its derived fields (groups, voices, foreign score): the
// library pass is computed before the commit over the library as the commit leaves it, and the pass after the
// import has nothing left to do. A library changed meanwhile falls back to the pass after the import.
// First: installs the fake IndexedDB before Dexie is loaded.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DBCore, DBCoreMutateRequest } from 'dexie';

import { EarshotDb, setDbForTesting } from '../../../../renderer/db/db';
import { beginImport, commitImport, stageBatch, type StagedCapture } from '../../../../renderer/db/repos/imports';
import {
  changedCaptures,
  currentPass,
  loadGroups,
  loadLibraryInputs,
  saveLibraryResult,
} from '../../../../renderer/db/repos/derived';
import { readCachedColumns } from '../../../../renderer/db/repos/library';
import { softDelete } from '../../../../renderer/db/repos/clips';
import { prepareCommitPass } from '../../../../renderer/import/commit-pass';
import { computeLibraryPass } from '../../../../renderer/classify/library-pass';
import { DEFAULT_NIGHT_HOURS } from '../../../../shared/night';
import type { Capture, Device, ImportRun, Room } from '../../../../shared/model';

const ZONE = 'Europe/Berlin';
const SETTINGS = { timeZone: ZONE, nightHours: DEFAULT_NIGHT_HOURS };

/** Ids of the `clips` rows each put or add wrote, in order (a DBCore middleware under Dexie's hooks). */
let written: string[] = [];
let db: EarshotDb;
let n = 0;

function openDb(name: string): EarshotDb {
  const next = new EarshotDb(name);
  next.use({
    stack: 'dbcore',
    name: 'count-clip-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(tableName) {
        const table = down.table(tableName);
        if (tableName !== 'clips') return table;
        return {
          ...table,
          mutate(req: DBCoreMutateRequest) {
            if (req.type === 'put' || req.type === 'add')
              for (const value of req.values) written.push((value as Capture).id);
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return next;
}

beforeEach(async () => {
  written = [];
  db = openDb(`commit-pass-${++n}`);
  setDbForTesting(db);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
  setDbForTesting(undefined);
});

const room: Room = { id: 'room-bed', name: 'Schlafzimmer', kind: 'bedroom' } as Room;
const device: Device = { id: 'dev-1', name: 'Echo', provider: 'amazon', registered: true, roomId: room.id } as Device;

const capture = (id: string, ts: number, transcript: string): Capture => ({
  id,
  source: 'alexa-history',
  ts,
  deviceId: device.id,
  roomId: room.id,
  transcript,
  transcriptStatus: 'ok',
  category: 'unclear',
  categoryConfidence: 0,
  flags: [],
  importIds: [],
});

/** A peaks row with an embedding near one of two directions: two voices. */
const peaks = (voice: 0 | 1, jitter: number): StagedCapture['peaks'] => {
  const embedding = new Float32Array(8);
  embedding[voice] = 1;
  embedding[2 + (jitter % 6)] = 0.05;
  return {
    peaks: new Int8Array([0, 1]),
    durationMs: 3000,
    loudnessDb: -20,
    peakDb: -3,
    speechShare: 0.8,
    pitchHz: voice ? 210 : 120,
    gainDb: 0,
    embedding,
  };
};

const T0 = Date.UTC(2026, 9, 18, 1, 0); // 03:00 in Berlin: night

/** Twelve captures: repeated commands (groups), six with audio of two voices. */
function household(prefix: string, from: number): StagedCapture[] {
  const texts = ['licht aus', 'licht aus', 'wie spät ist es', 'licht aus', 'stopp', 'wie spät ist es'];
  return Array.from({ length: 12 }, (_, i) => ({
    capture: capture(`${prefix}${String(i).padStart(2, '0')}`, from + i * 3_600_000, texts[i % texts.length]!),
    ...(i % 2 ? { peaks: peaks(i % 4 === 1 ? 0 : 1, i) } : {}),
  }));
}

const run = (id: string): ImportRun => ({
  id,
  startedAt: Date.now(),
  status: 'staging',
  sources: ['alexa-history'],
  files: [],
  counts: { captures: 0, newCaptures: 0, withAudio: 0, withoutAudio: 0, withoutTranscript: 0 },
  warnings: [],
});

async function stage(runId: string, items: StagedCapture[]): Promise<void> {
  await beginImport(run(runId));
  await stageBatch(runId, items);
}

const commitOf = (runId: string) => ({
  runId,
  devices: [device],
  rooms: [room],
  finishedAt: Date.now(),
  counts: run(runId).counts,
  warnings: [],
  accountId: 'A1',
});

/** The library pass as the library worker runs it, over the committed library. */
async function passAfterImport() {
  const input = await loadLibraryInputs();
  const { result, householdNames } = computeLibraryPass(input, ZONE, DEFAULT_NIGHT_HOURS);
  return { input, result, householdNames, changed: changedCaptures(result.captures, input.captures) };
}

const byId = (a: Capture, b: Capture) => (a.id < b.id ? -1 : 1);

describe('an import’s commit with the library pass', () => {
  it('writes each capture of a first import once, with its derived fields; the pass after it has nothing to do', async () => {
    await stage('run-1', household('a', T0));
    const pass = await prepareCommitPass(commitOf('run-1'), ZONE, DEFAULT_NIGHT_HOURS);
    expect(pass).toBeDefined();
    written = [];
    await commitImport({ ...commitOf('run-1'), pass });
    // Each capture written once.
    expect([...written].sort()).toEqual(household('a', T0).map((i) => i.capture.id));
    const stored = await db.clips.toArray();
    expect(stored.every((c) => c.groupId !== undefined || c.transcript === 'stopp')).toBe(true);
    expect(stored.filter((c) => c.voiceId).length).toBe(6);
    expect(stored.every((c) => c.foreignScore !== undefined)).toBe(true);
    expect(stored.every((c) => c.flags.includes('night') === (new Date(c.ts).getUTCHours() + 2) % 24 < 6)).toBe(true);
    // Marked current: the app's pass after the import is skipped; and were it run, it would change nothing.
    expect(await currentPass(SETTINGS)).toMatchObject({ captures: 12, voices: 2 });
    expect(await currentPass({ ...SETTINGS, nightHours: { from: 22, to: 6 } })).toBeNull();
    const after = await passAfterImport();
    expect(after.changed).toEqual([]);
    expect(await loadGroups()).toEqual(after.result.groups);
    expect((await db.voices.toArray()).map((v) => v.id).sort()).toEqual(after.result.voices.map((v) => v.id).sort());
    expect((await readCachedColumns())?.columns.count).toBe(12);
  });

  it('stores the same library as a commit followed by the library pass, also over an earlier import', async () => {
    const first = household('a', T0);
    const second = [...household('b', T0 + 86_400_000), { ...first[3]!, capture: { ...first[3]!.capture } }];
    // The old way: commit as staged, then the pass writes every changed capture again.
    await stage('run-1', first);
    await commitImport(commitOf('run-1'));
    let pass = await passAfterImport();
    await saveLibraryResult(pass.result, pass.input.version, pass.householdNames, pass.input, pass.input.captures);
    await stage('run-2', second);
    written = [];
    await commitImport(commitOf('run-2'));
    pass = await passAfterImport();
    await saveLibraryResult(pass.result, pass.input.version, pass.householdNames, pass.input, pass.input.captures);
    const twice = written.length;
    const expected = (await db.clips.toArray()).sort(byId);
    const expectedVoices = await db.voices.toArray();
    const expectedGroups = await loadGroups();

    db.close();
    await db.delete();
    db = openDb(`commit-pass-${++n}`);
    setDbForTesting(db);
    await db.open();
    await stage('run-1', first);
    await commitImport({
      ...commitOf('run-1'),
      pass: await prepareCommitPass(commitOf('run-1'), ZONE, DEFAULT_NIGHT_HOURS),
    });
    await stage('run-2', second);
    written = [];
    await commitImport({
      ...commitOf('run-2'),
      pass: await prepareCommitPass(commitOf('run-2'), ZONE, DEFAULT_NIGHT_HOURS),
    });
    expect((await db.clips.toArray()).sort(byId)).toEqual(expected);
    expect(await db.voices.toArray()).toEqual(expectedVoices);
    expect(await loadGroups()).toEqual(expectedGroups);
    // The second run's twelve new captures and the one it links to, once each; and fewer writes than before.
    expect(new Set(written).size).toBe(written.length);
    expect(written.length).toBeLessThan(twice);
    expect((await passAfterImport()).changed).toEqual([]);
  });

  it('falls back to a plain commit when the library changed after the pass was computed', async () => {
    await stage('run-1', household('a', T0));
    await commitImport({
      ...commitOf('run-1'),
      pass: await prepareCommitPass(commitOf('run-1'), ZONE, DEFAULT_NIGHT_HOURS),
    });
    await stage('run-2', household('b', T0 + 86_400_000));
    const pass = await prepareCommitPass(commitOf('run-2'), ZONE, DEFAULT_NIGHT_HOURS);
    await softDelete(['a00']); // the household deletes a capture while the import commits
    written = [];
    await commitImport({ ...commitOf('run-2'), pass });
    // The run's captures as staged, nothing else written; the pass after the import has work to do.
    expect([...written].sort()).toEqual(household('b', 0).map((i) => i.capture.id));
    expect((await db.clips.get('b00'))?.groupId).toBeUndefined();
    expect(await currentPass(SETTINGS)).toBeNull();
    const after = await passAfterImport();
    expect(after.changed.length).toBeGreaterThan(0);
    expect(after.input.captures.some((c) => c.id === 'a00')).toBe(false);
  });

  it('leaves a small import into a larger library to the pass after it', async () => {
    await stage('run-1', household('a', T0));
    await commitImport({
      ...commitOf('run-1'),
      pass: await prepareCommitPass(commitOf('run-1'), ZONE, DEFAULT_NIGHT_HOURS),
    });
    await stage('run-2', household('b', T0 + 86_400_000).slice(0, 4));
    expect(await prepareCommitPass(commitOf('run-2'), ZONE, DEFAULT_NIGHT_HOURS)).toBeUndefined();
  });

  it('leaves clips still waiting for their voice analysis to the pass after the import', async () => {
    const items = household('a', T0);
    items[1] = { ...items[1]!, peaks: { ...items[1]!.peaks!, voicePending: true } };
    await stage('run-1', items);
    expect(await prepareCommitPass(commitOf('run-1'), ZONE, DEFAULT_NIGHT_HOURS)).toBeUndefined();
  });
});
