// The library-wide pass: the household's voice edits (seeds) survive re-clustering, hidden seeds never
// show as names, and command groups and foreign flags land on the captures.
import { describe, expect, it } from 'vitest';
import type { Capture } from '../../../shared/model';
import { enrichLibrary, enrichLibraryBeside } from '../../../shared/pipeline/library';
import { clusterVoices } from '../../../shared/voices/cluster';

const capture = (id: string, transcript: string): Capture => ({
  id,
  source: 'alexa-history',
  ts: Date.UTC(2026, 2, 1, 12),
  transcript,
  transcriptStatus: 'ok',
  category: 'weather',
  categoryConfidence: 0.9,
  flags: [],
  importIds: ['i'],
});

function unit(values: number[]): Float32Array {
  const norm = Math.hypot(...values);
  return Float32Array.from(values, (v) => v / norm);
}

const A = unit([1, 0.05, 0, 0]);
const B = unit([0, 0, 1, 0.05]);
const captures = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'].map((id) => capture(id, 'wie wird das wetter'));
const audio = new Map(captures.map((c) => [c.id, { embedding: c.id.startsWith('a') ? A : B, pitchHz: 120 }]));

describe('enrichLibrary', () => {
  it('finds two voices without seeds, and one when the household merged them (same seed)', () => {
    const plain = enrichLibrary(captures, { devices: [], rooms: [], audio });
    expect(plain.voices).toHaveLength(2);
    const merged = enrichLibrary(captures, {
      devices: [],
      rooms: [],
      audio,
      voiceSeeds: new Map(captures.map((c) => [c.id, 'Tom'])),
    });
    expect(merged.voices).toHaveLength(1);
    expect(merged.voices[0]!.name).toBe('Tom');
  });

  it('keeps a split apart with hidden seeds and never shows them as names', () => {
    const same = new Map(captures.map((c) => [c.id, { embedding: A, pitchHz: 120 }]));
    const seeds = new Map(captures.map((c) => [c.id, `\u0000voice:${c.id.startsWith('a') ? 'x' : 'y'}`]));
    const split = enrichLibrary(captures, { devices: [], rooms: [], audio: same, voiceSeeds: seeds });
    expect(split.voices).toHaveLength(2);
    for (const voice of split.voices) expect(voice.name).toBeUndefined();
  });

  it('groups repeated commands and gives every capture its group and voice', () => {
    const result = enrichLibrary(captures, { devices: [], rooms: [], audio });
    expect(result.groups[0]).toMatchObject({ count: 6 });
    for (const c of result.captures) {
      expect(c.groupId).toBe(result.groups[0]!.id);
      expect(c.voiceId).toBeDefined();
    }
  });

  it('gives the same result with the voices clustered elsewhere; their error is the pass’s', async () => {
    const context = { devices: [], rooms: [], audio, voiceSeeds: new Map([['a1', 'Tom']]) };
    const here = enrichLibrary(captures, context);
    const order: string[] = [];
    const beside = await enrichLibraryBeside(
      captures,
      context,
      async (items) => {
        order.push(`cluster ${items.length}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
        return clusterVoices(items);
      },
      () => order.push('meanwhile'),
    );
    expect(beside).toEqual(here);
    expect(order).toEqual(['cluster 6', 'meanwhile']);
    await expect(
      enrichLibraryBeside(captures, context, () => Promise.reject(new Error('thread stopped'))),
    ).rejects.toThrow('thread stopped');
  });
});
