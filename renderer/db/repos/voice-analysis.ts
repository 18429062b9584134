// Repository for the deferred half of the audio analysis: imports before the analysis pool
// (renderer/import/analysis-pool.ts) stored peaks rows marked `voicePending` (no pitch, no embedding yet); the
// library worker reads their audio back, computes pitch and the speaker embedding, and fills them in here
// before its pass reads the library.

import { getDb } from '../db';
import { openBlob } from '../crypto/blobs';

/** Clip ids whose peaks row still waits for pitch and embedding. */
export async function listVoicePending(): Promise<string[]> {
  const ids: string[] = [];
  // No index on the flag (adding one needs a schema version); peaks rows exist only for clips with audio.
  await getDb().peaks.each((row) => {
    if (row.voicePending) ids.push(row.clipId);
  });
  return ids;
}

/**
 * True when some clip still waits (stored by an import from before the import analysed recordings in full, and
 * the app was closed before the library pass finished). False while an import is staging: a pass now would
 * compete with the import's analysis pool for the cores and make it (and its time estimate) slower; the pass
 * the import starts when it commits finishes them.
 */
export async function hasVoicePending(): Promise<boolean> {
  const db = getDb();
  if ((await db.imports.where('status').equals('staging').count()) > 0) return false;
  return (await db.peaks.filter((row) => row.voicePending === true).first()) !== undefined;
}

/** The same ids, newest capture first: the clip list and the timeline open on the latest captures. */
export async function newestFirst(clipIds: readonly string[]): Promise<string[]> {
  const clips = await getDb().clips.bulkGet([...clipIds]);
  const ts = new Map(clipIds.map((id, i) => [id, clips[i]?.ts ?? -Infinity]));
  return [...clipIds].sort((a, b) => ts.get(b)! - ts.get(a)!);
}

export async function loadAudioBlobs(clipIds: readonly string[]): Promise<{ clipId: string; blob: Blob }[]> {
  const rows = await getDb().audio.bulkGet([...clipIds]);
  const found = rows.filter((row) => row !== undefined);
  return Promise.all(found.map(async (row) => ({ clipId: row.clipId, blob: await openBlob(row.blob) })));
}

export interface VoiceAnalysis {
  clipId: string;
  pitchHz: number | null;
  /** Empty when the clip has no speech (nothing to compare). */
  embedding: Float32Array;
}

/**
 * Fills in pitch and embedding. `update` (not `put`) so a row the user or a discarded import deleted
 * meanwhile is not brought back. A clip that could not be decoded is passed with `failed` and just loses
 * its pending mark, so it is not retried on every pass.
 */
export async function saveVoiceAnalysis(
  results: readonly VoiceAnalysis[],
  failed: readonly string[] = [],
): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.peaks, async () => {
    for (const r of results) {
      await db.peaks.update(r.clipId, {
        pitchHz: r.pitchHz,
        embedding: r.embedding.length ? r.embedding : undefined,
        voicePending: undefined,
      });
    }
    for (const clipId of failed) await db.peaks.update(clipId, { voicePending: undefined });
  });
}
