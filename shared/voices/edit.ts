// What the household does in the Voices view, as pure functions over a clustering: name a voice, merge two
// voices ("these are both Tom"), split one ("this is Anna and a guest"). The caller stores the result.

import {
  CHILD_PITCH_HZ,
  clusterVoices,
  describeCluster,
  type ClusterOptions,
  type VoiceClustering,
  type VoiceItem,
} from './cluster';
import { centroidOf } from './vector';

export function renameVoice(c: VoiceClustering, voiceId: string, name: string | undefined): VoiceClustering {
  const voices = c.voices.map((v) => {
    if (v.id !== voiceId) return v;
    const next = { ...v };
    delete next.name;
    return name?.trim() ? { ...next, name: name.trim() } : next;
  });
  return { voices, voiceOf: new Map(c.voiceOf) };
}

/** Moves every capture of `mergeId` into `keepId`; the kept voice keeps its id and (if set) its name. */
export function mergeVoices(c: VoiceClustering, keepId: string, mergeId: string): VoiceClustering {
  const keep = c.voices.find((v) => v.id === keepId);
  const gone = c.voices.find((v) => v.id === mergeId);
  if (!keep || !gone || keep === gone) return c;
  const size = keep.size + gone.size;
  const pitches = [keep, gone].filter((v) => v.medianPitchHz !== null);
  const pitch = pitches.length
    ? Math.round(pitches.reduce((a, v) => a + v.medianPitchHz! * v.size, 0) / pitches.reduce((a, v) => a + v.size, 0))
    : null;
  const merged = {
    ...keep,
    name: keep.name ?? gone.name,
    size,
    centroid: centroidOf([keep.centroid, gone.centroid], [keep.size, gone.size]),
    medianPitchHz: pitch,
    child: pitch !== null && pitch > CHILD_PITCH_HZ,
    sampleIds: [...keep.sampleIds, ...gone.sampleIds].slice(0, Math.max(keep.sampleIds.length, 3)),
  };
  if (merged.name === undefined) delete merged.name;
  const voiceOf = new Map(c.voiceOf);
  for (const [id, v] of voiceOf) if (v === mergeId) voiceOf.set(id, keepId);
  return { voices: c.voices.filter((v) => v.id !== mergeId).map((v) => (v.id === keepId ? merged : v)), voiceOf };
}

/**
 * Splits a voice in two (or more, with `parts`) by re-clustering its own captures; `items` must hold their
 * embeddings. The part holding the voice's defining capture keeps its id and name.
 */
export function splitVoice(
  c: VoiceClustering,
  voiceId: string,
  items: readonly VoiceItem[],
  parts = 2,
  options: ClusterOptions = {},
): VoiceClustering {
  const old = c.voices.find((v) => v.id === voiceId);
  const members = items.filter((i) => c.voiceOf.get(i.id) === voiceId && i.embedding.length > 0);
  if (!old || members.length < 2) return c;
  // Threshold 2 = the largest cosine distance: stop only at `parts` clusters.
  const split = clusterVoices(members, { ...options, threshold: 2, minClusters: parts });
  const voiceOf = new Map(c.voiceOf);
  for (const [id, v] of split.voiceOf) voiceOf.set(id, v);
  const replaced = split.voices.map((v) => (v.id === old.id && old.name ? { ...v, name: old.name } : v));
  return { voices: [...c.voices.filter((v) => v.id !== voiceId), ...replaced], voiceOf };
}

/** Rebuilds one voice's summary from its items (after edits, when embeddings are at hand). */
export function refreshVoice(c: VoiceClustering, voiceId: string, items: readonly VoiceItem[]): VoiceClustering {
  const members = items.filter((i) => c.voiceOf.get(i.id) === voiceId && i.embedding.length > 0);
  const old = c.voices.find((v) => v.id === voiceId);
  if (!old || members.length === 0) return c;
  const fresh = { ...describeCluster(members), id: voiceId, ...(old.name ? { name: old.name } : {}) };
  return { voices: c.voices.map((v) => (v.id === voiceId ? fresh : v)), voiceOf: new Map(c.voiceOf) };
}
