// The household's edits of its voices: naming, merging and splitting clusters. Merges and splits change
// which voice a capture belongs to, so the captures' voiceId is rewritten in the same transaction as the
// `voices` rows, and the library version is bumped so every view (filters, columns) follows at once.

import type { VoiceClustering, VoiceCluster, VoiceItem } from '../../../shared/voices/cluster';
import { mergeVoices, refreshVoice, splitVoice } from '../../../shared/voices/edit';
import { getDb } from '../db';
import type { StoredVoice } from '../records';
import { bumpLibraryVersion } from './library';

/** Voices, largest first (ties by name, then id, so the order does not jump between renders). */
export async function listVoices(): Promise<StoredVoice[]> {
  const voices = await getDb().voices.toArray();
  return voices.sort((a, b) => b.size - a.size || (a.name ?? '').localeCompare(b.name ?? '') || (a.id < b.id ? -1 : 1));
}

/** Names a voice ("Anna", "Gast"); an empty name removes it. Household names survive later library passes. */
export async function nameVoice(id: string, name: string): Promise<void> {
  const db = getDb();
  const trimmed = name.trim();
  await db.transaction('rw', [db.voices, db.clips, db.settings], async (tx) => {
    const voice = await db.voices.get(id);
    if (!voice) throw new Error(`voice ${id} not found`);
    const next: StoredVoice = { ...voice, named: trimmed !== '' };
    if (trimmed) next.name = trimmed;
    else delete next.name;
    await db.voices.put(next);
    await pinVoices([id]);
    await bumpLibraryVersion(tx);
  });
}

/** Moves every capture of `mergeId` into `keepId` ("these are both Tom"). The kept voice keeps id and name. */
export async function mergeVoicesInto(keepId: string, mergeId: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.voices, db.clips, db.settings], async (tx) => {
    const current = await loadClustering();
    if (!current.voices.some((v) => v.id === keepId) || !current.voices.some((v) => v.id === mergeId)) {
      throw new Error('voice not found');
    }
    const next = mergeVoices(current, keepId, mergeId);
    await save(current, next, new Set([mergeId]));
    await pinVoices([keepId]);
    await bumpLibraryVersion(tx);
  });
}

/**
 * Splits a voice in two by re-clustering its own captures ("this is Anna and a guest"). The part with the
 * voice's defining capture keeps its id and name. Returns the ids of the resulting voices (1 when there was
 * nothing to split).
 */
export async function splitVoiceInTwo(id: string): Promise<string[]> {
  const db = getDb();
  return db.transaction('rw', [db.voices, db.clips, db.peaks, db.settings], async (tx) => {
    const current = await loadClustering();
    const memberIds = [...current.voiceOf].filter(([, v]) => v === id).map(([clipId]) => clipId);
    const peaks = await db.peaks.bulkGet(memberIds);
    const items: VoiceItem[] = peaks.flatMap((p) =>
      p?.embedding && p.embedding.length ? [{ id: p.clipId, embedding: p.embedding, pitchHz: p.pitchHz }] : [],
    );
    let next = splitVoice(current, id, items);
    const added = next.voices.filter((v) => !current.voices.some((c) => c.id === v.id));
    if (!added.length) return [id];
    // Summaries of both parts (size, pitch, samples) come from their own captures.
    for (const v of [id, ...added.map((a) => a.id)]) next = refreshVoice(next, v, items);
    await save(current, next, new Set());
    await pinVoices([id, ...added.map((a) => a.id)]);
    await bumpLibraryVersion(tx);
    return next.voices.filter((v) => v.id === id || added.some((a) => a.id === v.id)).map((v) => v.id);
  });
}

/** The stored voices and every committed capture's voice, as the clustering the shared edits work on. */
async function loadClustering(): Promise<VoiceClustering & { stored: Map<string, StoredVoice> }> {
  const db = getDb();
  const stored = new Map((await db.voices.toArray()).map((v) => [v.id, v]));
  const voiceOf = new Map<string, string>();
  await db.clips
    .where('voiceId')
    .anyOf([...stored.keys()])
    .each((c) => {
      voiceOf.set(c.id, c.voiceId!);
    });
  const voices: VoiceCluster[] = [...stored.values()].map((v) => ({
    id: v.id,
    ...(v.name ? { name: v.name } : {}),
    size: v.size,
    centroid: v.centroid,
    medianPitchHz: v.medianPitchHz,
    child: v.child,
    sampleIds: v.sampleIds,
  }));
  return { voices, voiceOf, stored };
}

async function save(
  before: VoiceClustering & { stored: Map<string, StoredVoice> },
  after: VoiceClustering,
  removed: Set<string>,
): Promise<void> {
  const db = getDb();
  const changed = [...after.voiceOf].filter(([clipId, v]) => before.voiceOf.get(clipId) !== v);
  for (const [clipId, voiceId] of changed) await db.clips.update(clipId, { voiceId });
  // Child flags follow the voice on the next library pass; the voice rows carry the new summaries now.
  await db.voices.bulkDelete([...removed]);
  await db.voices.bulkPut(
    after.voices.map((v) => {
      const row: StoredVoice = {
        id: v.id,
        // A merge keeps a name the household gave either voice.
        named: [...before.stored.values()].some(
          (s) => s.named && s.name === v.name && (s.id === v.id || removed.has(s.id)),
        ),
        child: v.child,
        size: v.size,
        medianPitchHz: v.medianPitchHz,
        sampleIds: v.sampleIds,
        centroid: v.centroid,
      };
      if (v.name) row.name = v.name;
      return row;
    }),
  );
}

/** Prefix of a seed that only keeps captures together/apart and is never shown as a name. */
export const ANONYMOUS_SEED = '\u0000voice:';

/**
 * Pins the household's edits so the next library pass (which clusters again from scratch) keeps them:
 * every capture of an edited voice gets a seed — the voice's name, or an anonymous per-voice token. The
 * clustering never merges different seeds and always joins equal ones (shared/voices/cluster.ts).
 */
async function pinVoices(voiceIds: readonly string[]): Promise<void> {
  const db = getDb();
  const seeds = { ...(((await db.settings.get('voiceSeeds'))?.value as Record<string, string> | undefined) ?? {}) };
  for (const voiceId of voiceIds) {
    const voice = await db.voices.get(voiceId);
    const seed = voice?.named && voice.name ? voice.name : `${ANONYMOUS_SEED}${voiceId}`;
    await db.clips
      .where('voiceId')
      .equals(voiceId)
      .each((c) => {
        seeds[c.id] = seed;
      });
  }
  await db.settings.put({ key: 'voiceSeeds', value: seeds });
}
