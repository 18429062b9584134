// Reads and edits of single captures: details, audio, peaks, category corrections and local deletion
// (soft delete with undo, then purge of audio, peaks and transcript).

import type { Category } from '../../../shared/model';
import { getDb, type AudioRow, type ClipRow, type PeaksRow } from '../db';
import { openBlob } from '../crypto/blobs';
import { forgetCaptures, forgetTables } from './forget';
import { bumpLibraryVersion, deletedClips, visibleClips } from './library';

/** A capture by id, also a soft-deleted one (the trash shows them). */
export async function getClip(id: string): Promise<ClipRow | undefined> {
  return getDb().clips.get(id);
}

export async function getClips(ids: readonly string[]): Promise<ClipRow[]> {
  const rows = await getDb().clips.bulkGet([...ids]);
  return rows.filter((c): c is ClipRow => c !== undefined);
}

export async function getPeaks(clipId: string): Promise<PeaksRow | undefined> {
  return getDb().peaks.get(clipId);
}

export async function getPeaksMany(clipIds: readonly string[]): Promise<(PeaksRow | undefined)[]> {
  return getDb().peaks.bulkGet([...clipIds]);
}

export async function getAudio(clipId: string): Promise<AudioRow | undefined> {
  const row = await getDb().audio.get(clipId);
  return row && { ...row, blob: await openBlob(row.blob) };
}

/** id + transcript of every visible capture, for the search index. */
export async function loadTranscripts(): Promise<{ id: string; transcript: string }[]> {
  const out: { id: string; transcript: string }[] = [];
  await visibleClips().each((c) => {
    if (typeof c.transcript === 'string') out.push({ id: c.id, transcript: c.transcript });
  });
  return out;
}

/** The user's correction wins over the model from now on (also after reclassification). */
export async function correctCategory(ids: readonly string[], category: Category): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.clips, db.settings, async (tx) => {
    await db.clips
      .where('id')
      .anyOf([...ids])
      .modify({ category, categoryConfidence: 1, categoryCorrected: true });
    await bumpLibraryVersion(tx);
  });
}

export async function softDelete(ids: readonly string[], at = Date.now()): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.clips, db.settings, async (tx) => {
    await db.clips
      .where('id')
      .anyOf([...ids])
      .modify({ deletedAt: at });
    await bumpLibraryVersion(tx);
  });
}

export async function undoDelete(ids: readonly string[]): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.clips, db.settings, async (tx) => {
    await db.clips
      .where('id')
      .anyOf([...ids])
      .modify((c: ClipRow) => {
        delete c.deletedAt;
      });
    await bumpLibraryVersion(tx);
  });
}

export async function listDeleted(): Promise<ClipRow[]> {
  return deletedClips().toArray();
}

/**
 * Removes soft-deleted captures for good — rows, audio, peaks and everything derived from them (groups,
 * voice samples, selections, letters' copies of transcripts) — in one transaction.
 */
export async function purgeDeleted(ids?: readonly string[]): Promise<number> {
  const db = getDb();
  return db.transaction('rw', forgetTables(), async (tx) => {
    const wanted = ids ? new Set(ids) : undefined;
    const rows = (await deletedClips().toArray()).filter((c) => !wanted || wanted.has(c.id));
    await forgetCaptures(rows);
    await bumpLibraryVersion(tx);
    return rows.length;
  });
}
