// The clustering's distance matrix is computed four pairs at a time from one flat array, with the pitch
// penalty's logarithm skipped for ratios well inside the tolerance: every distance must stay bit for bit the
// one the pair-by-pair formula gives, or voices (and the CLI's report) would change.

import { describe, expect, it } from 'vitest';
import { clusterVoices, distances, VOICE_THRESHOLD, type VoiceItem } from '../../../shared/voices/cluster';
import { averageLinkage, cutDendrogram } from '../../../shared/voices/linkage';
import { cosineDistance, cosineDistanceOfNorms, squaredNorm } from '../../../shared/voices/vector';

/** The pair-by-pair formula: cosine distance, same name halves, different names push apart, pitch penalty. */
function reference(items: readonly VoiceItem[]): Float32Array {
  const n = items.length;
  const dist = new Float32Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const x = items[i]!;
      const y = items[j]!;
      let d =
        x.embedding.length === y.embedding.length
          ? cosineDistanceOfNorms(x.embedding, y.embedding, squaredNorm(x.embedding), squaredNorm(y.embedding))
          : cosineDistance(x.embedding, y.embedding);
      if (x.personName && y.personName) d = x.personName === y.personName ? d * 0.5 : d + 1000;
      const a = x.pitchHz;
      const b = y.pitchHz;
      if (a && b && a > 0 && b > 0) d += Math.max(0, Math.abs(Math.log2(a / b)) - 0.25);
      dist[i * n + j] = dist[j * n + i] = d;
    }
  return dist;
}

function random(seed: number) {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** Items around a few voices; pitches at, just inside and just outside the quarter-octave tolerance. */
function household(count: number, seed: number, size = 50): VoiceItem[] {
  const rnd = random(seed);
  const centres = Array.from({ length: 4 }, () => Float32Array.from({ length: size }, () => rnd() * 2 - 1));
  const pitches = [200, 200 * 2 ** 0.25, 200 * 2 ** 0.24, 200 * 2 ** -0.25, 200 * 2 ** 0.2400001, 300, null, 0, -5];
  return Array.from({ length: count }, (_, i) => ({
    id: `capture-${(i * 7919) % 100_003}`,
    embedding: Float32Array.from(centres[i % 4]!, (x) => x + (rnd() - 0.5)),
    pitchHz: i % 3 === 0 ? pitches[i % pitches.length] : 120 + rnd() * 200,
    ...(i % 5 === 0 ? { personName: i % 2 ? 'Anna' : 'Tom' } : {}),
  }));
}

const bits = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

describe('voice distances', () => {
  it('are bit for bit the pair-by-pair distances, for every count of pairs left over', () => {
    for (const count of [0, 1, 2, 5, 6, 7, 8, 9, 131]) {
      const items = household(count, count + 1);
      expect(bits(distances(items)).equals(bits(reference(items)))).toBe(true);
    }
  });

  it('are the same for embeddings stored as plain arrays, a zero vector and mixed lengths', () => {
    const items = household(40, 9);
    const stored = items.map((item, i) => ({
      ...item,
      embedding: i % 2 ? Array.from(item.embedding) : item.embedding,
    }));
    stored[3] = { ...stored[3]!, embedding: new Float32Array(50) };
    expect(bits(distances(stored)).equals(bits(reference(stored)))).toBe(true);
    const mixed = [...stored, { id: 'short', embedding: new Float32Array(20).fill(0.3), pitchHz: 150 }];
    expect(bits(distances(mixed)).equals(bits(reference(mixed)))).toBe(true);
  });

  it('give the voices the pair-by-pair clustering gives, also above the sample size', () => {
    for (const [count, maxItems] of [
      [300, 2000],
      [900, 400],
    ] as const) {
      // Without names: joining same-name clusters after the cut is not the distances' business.
      const items = household(count, 3).map(({ personName: _name, ...item }) => item);
      const ids = [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
      const step = Math.max(1, ids.length / maxItems);
      const core: VoiceItem[] = [];
      for (let i = 0; i < ids.length; i += step) core.push(ids[Math.floor(i)]!);
      const labels = cutDendrogram(averageLinkage(reference(core), core.length), core.length, VOICE_THRESHOLD);
      const { voiceOf } = clusterVoices(items, { maxItems });
      // Two core items share a voice exactly when the reference matrix's cut puts them together.
      for (let i = 0; i < core.length; i += 7)
        for (let j = i + 1; j < core.length; j += 5) {
          expect(voiceOf.get(core[i]!.id) === voiceOf.get(core[j]!.id)).toBe(labels[i] === labels[j]);
        }
    }
  });
});
