// The household's edits on fake-indexeddb: naming a voice survives the next library pass, merging and
// splitting rewrite the captures' voice in the same step, "this is ours" survives a library pass, and a
// purge removes a stranger's rows, audio and peaks (never the household's) and leaves a record.
// First: installs the fake IndexedDB before Dexie is loaded.
import { useFreshDb } from '../db/fresh-db';
import { describe, expect, it } from 'vitest';

import { loadLibraryInputs, saveLibraryResult } from '../../../../renderer/db/repos/derived';
import { groupClipIds, listGroups } from '../../../../renderer/db/repos/groups';
import { getLibraryVersion } from '../../../../renderer/db/repos/library';
import { confirmOwn, listForeignClips, listPurges, purgeForeign } from '../../../../renderer/db/repos/quarantine';
import { listVoices, mergeVoicesInto, nameVoice, splitVoiceInTwo } from '../../../../renderer/db/repos/voices';
import { enrichLibrary } from '../../../../shared/pipeline/library';
import type { Capture, Flag } from '../../../../shared/model';

const database = useFreshDb('people');

const capture = (id: string, ts: number, extra: Partial<Capture> = {}): Capture => ({
  id,
  source: 'alexa-history',
  ts,
  transcript: `alexa command ${id}`,
  transcriptStatus: 'ok',
  category: 'unclear',
  categoryConfidence: 0,
  flags: [],
  importIds: ['i1'],
  ...extra,
});

/** Two well separated "voices" in embedding space: a low (100 Hz) and a high (300 Hz) one. */
function embedding(voice: 0 | 1, jitter: number): Float32Array {
  const v = new Float32Array(8);
  v[voice * 4] = 1;
  v[voice * 4 + 1] = 0.3 + jitter * 0.05;
  v[voice * 4 + 2] = jitter % 2 ? 0.2 : 0;
  return v;
}

async function seedHousehold(): Promise<void> {
  const captures = Array.from({ length: 8 }, (_, i) => capture(`c${i}`, 1_000 + i));
  await database().clips.bulkPut(captures);
  await database().peaks.bulkPut(
    captures.map((c, i) => ({
      clipId: c.id,
      peaks: new Int8Array(2),
      durationMs: 1000,
      loudnessDb: null,
      peakDb: null,
      speechShare: null,
      pitchHz: i < 4 ? 100 : 300,
      gainDb: 0,
      embedding: embedding(i < 4 ? 0 : 1, i),
    })),
  );
  await runLibraryPass();
}

async function runLibraryPass(): Promise<void> {
  const input = await loadLibraryInputs();
  const result = enrichLibrary(input.captures, { ...input });
  await saveLibraryResult(result, input.version);
}

describe('voices repository', () => {
  it('keeps a household name across library passes', async () => {
    await seedHousehold();
    const voices = await listVoices();
    expect(voices.map((v) => v.size)).toEqual([4, 4]);
    const child = voices.find((v) => v.child)!;
    await nameVoice(child.id, '  Mia ');
    await runLibraryPass();
    const again = await listVoices();
    expect(again.find((v) => v.id === child.id)).toMatchObject({ name: 'Mia', named: true, child: true });
    await nameVoice(child.id, '');
    expect((await listVoices()).find((v) => v.id === child.id)?.name).toBeUndefined();
  });

  it('merges two voices and rewrites the captures in the same step, then splits them apart again', async () => {
    await seedHousehold();
    const [a, b] = await listVoices();
    await nameVoice(b!.id, 'Tom');
    const before = await getLibraryVersion();
    await mergeVoicesInto(a!.id, b!.id);
    expect(await getLibraryVersion()).toBeGreaterThan(before);
    const merged = await listVoices();
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ id: a!.id, size: 8, name: 'Tom', named: true });
    expect(new Set((await database().clips.toArray()).map((c) => c.voiceId))).toEqual(new Set([a!.id]));

    const parts = await splitVoiceInTwo(a!.id);
    expect(parts).toHaveLength(2);
    const split = await listVoices();
    expect(split.map((v) => v.size).sort()).toEqual([4, 4]);
    const voiceOf = new Map((await database().clips.toArray()).map((c) => [c.id, c.voiceId]));
    expect(voiceOf.get('c0')).toBe(voiceOf.get('c3'));
    expect(voiceOf.get('c0')).not.toBe(voiceOf.get('c4'));
    expect(split.filter((v) => v.child)).toHaveLength(1);
  });
});

describe('quarantine repository', () => {
  const flagged = (id: string, ts: number, deviceId = 'X9'): Capture =>
    capture(id, ts, {
      deviceId,
      flags: ['foreign' as Flag],
      flagReasons: [{ flag: 'foreign', kind: 'device-unregistered', detail: 'x' }],
      foreignScore: 0.8,
      audioId: id,
    });

  it('"this is ours" clears the flag now and on every later library pass', async () => {
    await database().clips.bulkPut([flagged('s1', 10), flagged('s2', 20), capture('h1', 30)]);
    expect((await listForeignClips()).map((c) => c.id)).toEqual(['s1', 's2']);
    await confirmOwn(['s1']);
    expect((await listForeignClips()).map((c) => c.id)).toEqual(['s2']);
    expect((await loadLibraryInputs()).confirmedOwn.has('s1')).toBe(true);
  });

  it('purges only flagged captures with their audio and peaks, and records count, span and devices', async () => {
    await database().devices.put({ id: 'X9', name: 'Echo Gästezimmer', registered: false, provider: 'amazon' });
    await database().clips.bulkPut([flagged('s1', 10), flagged('s2', 20), capture('h1', 30, { audioId: 'h1' })]);
    const blob = new Blob(['x']);
    await database().audio.bulkPut(
      ['s1', 's2', 'h1'].map((id) => ({ clipId: id, blob, mime: 'audio/wav', name: `${id}.wav` })),
    );
    const record = await purgeForeign(['s1', 's2', 'h1'], 5_000);
    expect(record).toEqual({ purgedAt: 5_000, count: 2, from: 10, to: 20, deviceNames: ['Echo Gästezimmer'] });
    expect((await database().clips.toArray()).map((c) => c.id)).toEqual(['h1']);
    expect((await database().audio.toArray()).map((a) => a.clipId)).toEqual(['h1']);
    expect(await listPurges()).toEqual([record]);
    expect(await purgeForeign(['h1'])).toBeNull();
    expect(await database().clips.count()).toBe(1);
  });
});

describe('groups repository', () => {
  it('lists groups largest first and gives a group’s captures without quarantined ones', async () => {
    await database().clips.bulkPut([
      capture('a', 1, { groupId: 'g1' }),
      capture('b', 2, { groupId: 'g1', flags: ['foreign'] }),
      capture('c', 3, { groupId: 'g2' }),
    ]);
    await database().settings.put({
      key: 'groups',
      value: [
        { id: 'g2', label: 'licht an', count: 1 },
        { id: 'g1', label: 'wetter', count: 2, category: 'weather' },
      ],
    });
    expect((await listGroups()).map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(await groupClipIds('g1')).toEqual(['a']);
  });
});
