// Groups captures into voices from their speaker embeddings (shared/audio/embedding), without knowing how
// many people there are: average-linkage clustering cut at a distance threshold. Alexa personsInfo names
// seed the clusters: same name pulls together, different names never merge. Ids are derived from member
// ids, so re-running on the same captures gives the same ids and names set by the household stick.

import { averageLinkage, cutDendrogram } from './linkage';
import {
  centroidOf,
  cosineDistance,
  cosineDistanceOfNorms,
  median,
  squaredNorm,
  stableHash,
  type Vector,
} from './vector';

export interface VoiceItem {
  id: string;
  embedding: Float32Array | number[];
  pitchHz?: number | null;
  personName?: string;
}

export interface VoiceCluster {
  id: string;
  /** Seeded from Alexa personsInfo names where present; set by the household otherwise. */
  name?: string;
  size: number;
  centroid: number[];
  medianPitchHz: number | null;
  /** Median pitch above CHILD_PITCH_HZ: feeds the `child` flag. */
  child: boolean;
  /** A few representative captures (closest to the centroid) to listen to. */
  sampleIds: string[];
}

export interface VoiceClustering {
  voices: VoiceCluster[];
  /** Capture id → voice id, for every item that had an embedding. */
  voiceOf: Map<string, string>;
}

export interface ClusterOptions {
  /** Average cosine distance up to which clusters merge. */
  threshold?: number;
  /** Split into at least this many clusters (used by splitVoice). */
  minClusters?: number;
  /** Above this many items, a deterministic sample is clustered and the rest assigned (keeps O(n²) bounded). */
  maxItems?: number;
  samples?: number;
}

export const VOICE_THRESHOLD = 0.55;
/**
 * Distance to a voice's centroid up to which a new capture counts as that voice. Smaller than the clustering
 * threshold: distances to a centroid are about half the average pairwise distances inside a cluster.
 */
export const ASSIGN_THRESHOLD = 0.3;
export const CHILD_PITCH_HZ = 250;
const NAME_BONUS = 0.5; // same personsInfo name: distance halved
const NAME_CONFLICT = 1000; // different names: far beyond any threshold, even averaged with many unnamed pairs
/**
 * One person's median pitch over short commands stays within about a quarter octave; the embedding's pitch
 * histogram is smoothed (σ 0.2 octave) and so under-weights larger gaps. Without this, a girl at 276 Hz and
 * her mother at 203 Hz merged on generated households at the threshold that keeps each adult in one piece.
 */
const PITCH_TOLERANCE_OCTAVES = 0.25;
const PITCH_PENALTY_PER_OCTAVE = 1;

/**
 * Pitch ratios safely inside the tolerance (a hundredth of an octave short of it, far beyond rounding), whose
 * penalty is 0 without a logarithm: most pairs of a household's clips.
 */
const NO_PENALTY_BELOW = 2 ** (PITCH_TOLERANCE_OCTAVES - 0.01);

function pitchPenalty(a: number | null | undefined, b: number | null | undefined): number {
  if (!a || !b || a <= 0 || b <= 0) return 0;
  const ratio = a / b;
  if (ratio < NO_PENALTY_BELOW && ratio * NO_PENALTY_BELOW > 1) return 0;
  return Math.max(0, Math.abs(Math.log2(ratio)) - PITCH_TOLERANCE_OCTAVES) * PITCH_PENALTY_PER_OCTAVE;
}

export function clusterVoices(items: readonly VoiceItem[], options: ClusterOptions = {}): VoiceClustering {
  const threshold = options.threshold ?? VOICE_THRESHOLD;
  const usable = items.filter((i) => i.embedding.length > 0).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const maxItems = options.maxItems ?? 2000;
  const step = Math.max(1, usable.length / maxItems);
  const core: VoiceItem[] = [];
  for (let i = 0; i < usable.length; i += step) core.push(usable[Math.floor(i)]!);

  const n = core.length;
  const dist = distances(core);
  const labels = n > 1 ? cutDendrogram(averageLinkage(dist, n), n, threshold, options.minClusters) : new Int32Array(n);
  if (options.minClusters === undefined) joinSameName(core, labels);
  const groups = new Map<number, VoiceItem[]>();
  core.forEach((item, i) => groups.set(labels[i]!, [...(groups.get(labels[i]!) ?? []), item]));
  const voiceOf = new Map<string, string>();
  let voices = [...groups.values()].map((members) => {
    const voice = describeCluster(members, options.samples);
    for (const m of members) voiceOf.set(m.id, voice.id);
    return voice;
  });
  if (core.length < usable.length) {
    // Items left out of the sample join their nearest voice when close enough.
    const sizes = new Map(voices.map((v) => [v.id, v.size]));
    for (const item of usable) {
      if (voiceOf.has(item.id)) continue;
      const hit = assignVoice(item.embedding, voices);
      if (!hit) continue;
      voiceOf.set(item.id, hit.voiceId);
      sizes.set(hit.voiceId, sizes.get(hit.voiceId)! + 1);
    }
    voices = voices.map((v) => ({ ...v, size: sizes.get(v.id)! }));
  }
  return { voices: voices.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1)), voiceOf };
}

/**
 * The n×n matrix of pairwise distances the clustering cuts: cosine distance, halved for the same personsInfo
 * name, pushed beyond any threshold for different names, plus the pitch penalty.
 */
export function distances(core: readonly VoiceItem[]): Float32Array {
  const n = core.length;
  const dist = new Float32Array(n * n);
  // Each embedding's squared norm once, not once per pair: cosineDistance's own sums, in its order.
  const norms = core.map((item) => squaredNorm(item.embedding));
  const size = core[0]?.embedding.length ?? 0;
  // Embeddings of one length (always, from one analyser) side by side in one array of doubles, each pair's
  // products summed in cosineDistanceOfNorms's order: the same distances. The per-pair sum was ~90 % of
  // clustering 2,000 voices, bound by the latency of one chain of additions (bench/HISTORY.md #79).
  if (core.every((item) => item.embedding.length === size)) {
    const flat = new Float64Array(n * size);
    core.forEach((item, i) => flat.set(item.embedding, i * size));
    const dots = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const xa = i * size;
      // Four pairs at once, each dot product summed in its own order: four independent chains of additions
      // instead of one, which the processor overlaps.
      let j = i + 1;
      for (; j + 3 < n; j += 4) {
        const b0 = j * size;
        const b1 = b0 + size;
        const b2 = b1 + size;
        const b3 = b2 + size;
        let d0 = 0;
        let d1 = 0;
        let d2 = 0;
        let d3 = 0;
        for (let k = 0; k < size; k++) {
          const v = flat[xa + k]!;
          d0 += v * flat[b0 + k]!;
          d1 += v * flat[b1 + k]!;
          d2 += v * flat[b2 + k]!;
          d3 += v * flat[b3 + k]!;
        }
        dots[j] = d0;
        dots[j + 1] = d1;
        dots[j + 2] = d2;
        dots[j + 3] = d3;
      }
      for (; j < n; j++) {
        const yb = j * size;
        let dot = 0;
        for (let k = 0; k < size; k++) dot += flat[xa + k]! * flat[yb + k]!;
        dots[j] = dot;
      }
      const x = core[i]!;
      const na = norms[i]!;
      for (j = i + 1; j < n; j++) {
        const y = core[j]!;
        const nb = norms[j]!;
        let d = na === 0 || nb === 0 ? 1 : 1 - dots[j]! / Math.sqrt(na * nb);
        const a = x.personName;
        const b = y.personName;
        if (a && b) d = a === b ? d * NAME_BONUS : d + NAME_CONFLICT;
        d += pitchPenalty(x.pitchHz, y.pitchHz);
        dist[i * n + j] = dist[j * n + i] = d;
      }
    }
    return dist;
  }
  for (let i = 0; i < n; i++) {
    const x = core[i]!;
    for (let j = i + 1; j < n; j++) {
      const y = core[j]!;
      let d =
        x.embedding.length === y.embedding.length
          ? cosineDistanceOfNorms(x.embedding, y.embedding, norms[i]!, norms[j]!)
          : cosineDistance(x.embedding, y.embedding);
      const a = x.personName;
      const b = y.personName;
      if (a && b) d = a === b ? d * NAME_BONUS : d + NAME_CONFLICT;
      d += pitchPenalty(x.pitchHz, y.pitchHz);
      dist[i * n + j] = dist[j * n + i] = d;
    }
  }
  return dist;
}

/**
 * Clusters whose named members all carry the same personsInfo name are one person: Alexa recognised them.
 * The cut alone can leave such a person in two clusters when their commands differ a lot acoustically
 * (seen on generated households: one adult split 12/7 at every threshold that kept the child apart).
 * A cluster with two different names is left alone: that conflict is the household's to resolve.
 */
function joinSameName(items: readonly VoiceItem[], labels: Int32Array): void {
  const names = new Map<number, Set<string>>();
  items.forEach((item, i) => {
    if (!item.personName) return;
    const set = names.get(labels[i]!) ?? new Set<string>();
    set.add(item.personName);
    names.set(labels[i]!, set);
  });
  const labelOf = new Map<string, number>();
  const target = new Map<number, number>();
  for (const [label, set] of names) {
    if (set.size !== 1) continue;
    const [name] = set;
    const first = labelOf.get(name!);
    if (first === undefined) labelOf.set(name!, label);
    else target.set(label, first);
  }
  for (let i = 0; i < labels.length; i++) labels[i] = target.get(labels[i]!) ?? labels[i]!;
}

/** Stable id: hash of the smallest member id (survives new captures joining; follows that capture on split). */
export function voiceIdFor(members: readonly { id: string }[]): string {
  let min = members[0]!.id;
  for (const m of members) if (m.id < min) min = m.id;
  return `voice-${stableHash(min)}`;
}

export function describeCluster(members: readonly VoiceItem[], samples = 3): VoiceCluster {
  const centroid = centroidOf(members.map((m) => m.embedding));
  const medianPitchHz = median(members.flatMap((m) => (m.pitchHz != null && m.pitchHz > 0 ? [m.pitchHz] : [])));
  const names = new Map<string, number>();
  for (const m of members) if (m.personName) names.set(m.personName, (names.get(m.personName) ?? 0) + 1);
  const name = [...names.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const sampleIds = members
    .map((m) => ({ id: m.id, d: cosineDistance(m.embedding, centroid) }))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .slice(0, samples)
    .map((s) => s.id);
  return {
    id: voiceIdFor(members),
    ...(name ? { name } : {}),
    size: members.length,
    centroid,
    medianPitchHz: medianPitchHz === null ? null : Math.round(medianPitchHz),
    child: medianPitchHz !== null && medianPitchHz > CHILD_PITCH_HZ,
    sampleIds,
  };
}

/** The nearest voice of a new capture, or null when none is within `maxDistance`. */
export function assignVoice(
  embedding: Vector,
  voices: readonly VoiceCluster[],
  maxDistance: number = ASSIGN_THRESHOLD,
): { voiceId: string; distance: number } | null {
  if (embedding.length === 0) return null;
  const nearest = nearestVoice(embedding, voices);
  return nearest && nearest.distance <= maxDistance ? nearest : null;
}

/** The nearest voice whatever the distance (null only when there are no voices). */
export function nearestVoice(
  embedding: Vector,
  voices: readonly VoiceCluster[],
): { voiceId: string; distance: number } | null {
  let best: { voiceId: string; distance: number } | null = null;
  for (const v of voices) {
    const distance = cosineDistance(embedding, v.centroid);
    if (!best || distance < best.distance) best = { voiceId: v.id, distance };
  }
  return best;
}
