// The library pass writes back only the captures it changed, and finds clips still waiting for their voice
// analysis in the same scan of the peaks rows that reads the audio facts.
// First: installs the fake IndexedDB before Dexie is loaded.
import { useFreshDb } from './fresh-db';
import { describe, expect, it } from 'vitest';

import { changedCaptures, loadLibraryInputs, saveLibraryResult } from '../../../../renderer/db/repos/derived';
import type { Capture } from '../../../../shared/model';

const database = useFreshDb('derived-changed');

const capture = (id: string, ts: number): Capture => ({
  id,
  source: 'alexa-history',
  ts,
  transcript: 'wie wird das wetter',
  transcriptStatus: 'ok',
  category: 'unclear',
  categoryConfidence: 0,
  flags: ['night'],
  flagReasons: [{ flag: 'night', kind: 'time', detail: '02:00' }],
  importIds: ['run-1'],
});

describe('changedCaptures', () => {
  it('keeps only captures that differ, nested fields included; an undefined field counts as absent', () => {
    const before = [capture('a', 1), capture('b', 2), capture('c', 3), capture('d', 4)];
    const after = [
      { ...capture('a', 1), groupId: undefined },
      { ...capture('b', 2), flagReasons: [{ flag: 'night' as const, kind: 'time', detail: '03:00' }] },
      { ...capture('c', 3), foreignScore: 0 },
      capture('d', 4),
    ];
    expect(changedCaptures(after, before).map((c) => c.id)).toEqual(['b', 'c']);
    expect(changedCaptures(after).map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(changedCaptures([capture('new', 5)], before).map((c) => c.id)).toEqual(['new']);
  });
});

describe('saveLibraryResult with the captures as read', () => {
  it('writes the changed captures and leaves the others untouched', async () => {
    // A marker only the stored rows carry: a capture the pass wrote back would lose it.
    await database().clips.bulkPut([
      { ...capture('same', 1), marker: 'stored' } as Capture,
      { ...capture('moved', 2), marker: 'stored' } as Capture,
    ]);
    const input = await loadLibraryInputs();
    const before = input.captures.map(({ marker: _marker, ...c }: Capture & { marker?: string }) => c as Capture);
    const captures = before.map((c) => (c.id === 'moved' ? { ...c, groupId: 'g1' } : { ...c }));
    await saveLibraryResult(
      { captures, groups: [], voices: [], foreign: new Map() },
      input.version,
      new Set(),
      input,
      before,
    );
    const same = (await database().clips.get('same')) as Capture & { marker?: string };
    const moved = (await database().clips.get('moved')) as Capture & { marker?: string };
    expect(same.marker).toBe('stored');
    expect(moved.marker).toBeUndefined();
    expect(moved.groupId).toBe('g1');
  });
});

describe('loadLibraryInputs', () => {
  it('lists the clips whose peaks row waits for the voice analysis', async () => {
    const row = { peaks: new Int8Array(2), durationMs: 1000, loudnessDb: -20, peakDb: -3, speechShare: 0.5, gainDb: 0 };
    await database().clips.bulkPut([capture('a', 1), capture('b', 2)]);
    await database().peaks.bulkPut([
      { ...row, clipId: 'a', pitchHz: null, voicePending: true },
      { ...row, clipId: 'b', pitchHz: 120, embedding: new Float32Array([1, 0]) },
    ]);
    const input = await loadLibraryInputs();
    expect(input.voicePending).toEqual(['a']);
    expect(input.audio.get('b')?.pitchHz).toBe(120);
  });
});
