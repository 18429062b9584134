// Device verdicts on hand-made embeddings: a group of clips far from every household voice marks its device,
// a single odd clip on a new device does not (one clip is not a group, and the test's honest p-value cannot
// reject it), and a small voice (a child's six clips) still rejects a clearly different group of three.

import { describe, expect, it } from 'vitest';
import { deviceVerdicts, type BatchCapture } from '../../../shared/foreign/batch';

/** Deterministic noise so every run sees the same clips. */
function noise(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
}

/** A clip near `direction` (cosine distance to it about `offset`), with a little within-voice spread. */
function clip(direction: number, offset: number, random: () => number): number[] {
  const v = Array.from({ length: 8 }, () => 0.04 * random());
  v[direction]! += 1 - offset;
  v[(direction + 1) % 8]! += Math.sqrt(1 - (1 - offset) ** 2);
  return v;
}

function captures(prefix: string, n: number, make: () => number[], extra: Partial<BatchCapture>): BatchCapture[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, embedding: make(), ...extra }));
}

describe('deviceVerdicts', () => {
  const random = noise(7);
  const trusted = [
    ...captures('a', 13, () => clip(0, 0, random), { voiceId: 'adult' }),
    ...captures('c', 6, () => clip(4, 0, random), { voiceId: 'child' }),
  ];
  const household = new Set(['adult', 'child']);

  it('does not mark a new device for one odd clip of a household voice', () => {
    const suspects = captures('n', 1, () => clip(0, 0.25, random), { deviceId: 'new-echo' });
    expect(deviceVerdicts(suspects, trusted, household).get('new-echo')?.foreign).toBe(false);
  });

  it('marks a device whose group of clips is far from every household voice', () => {
    const suspects = captures('s', 4, () => clip(0, 0.3, random), { deviceId: 'garage' });
    const verdict = deviceVerdicts(suspects, trusted, household).get('garage');
    expect(verdict).toMatchObject({ foreign: true, voiced: 4, unknown: 4, closestVoiceId: 'adult' });
  });

  it('rejects a different voice next to a child with only six clips', () => {
    const suspects = captures('g', 3, () => clip(4, 0.25, random), { deviceId: 'guest' });
    expect(deviceVerdicts(suspects, trusted, household).get('guest')?.foreign).toBe(true);
  });

  it('keeps a household member on a new device, saying things a little differently', () => {
    const suspects = captures('k', 4, () => clip(0, 0.08, random), { deviceId: 'kitchen' });
    expect(deviceVerdicts(suspects, trusted, household).get('kitchen')?.foreign).toBe(false);
  });
});
