// Reads the whole library for the library worker and writes its results back atomically: the
// recomputed captures, the voices (keeping the names the household gave) and the command groups.

import type { CommandGroup } from '../../../shared/classify';
import type { Capture, Device, Room } from '../../../shared/model';
import type { LibraryFacts, LibraryResult } from '../../../shared/pipeline/library';
import type { CaptureAudioFacts } from '../../../shared/pipeline/enrich';
import { buildColumns } from '../../library/columns';
import { toStoredColumns } from '../../library/columns-cache';
import { getDb } from '../db';
import { bumpLibraryVersion, getLibraryVersion, visibleClips } from './library';

export interface LibraryInputs {
  version: number;
  captures: Capture[];
  devices: Device[];
  rooms: Room[];
  accountId?: string;
  audio: Map<string, CaptureAudioFacts & LibraryFacts>;
  voiceNames: Map<string, string>;
  voiceSeeds: Map<string, string>;
  confirmedOwn: Set<string>;
}

export async function loadLibraryInputs(): Promise<LibraryInputs> {
  const db = getDb();
  return db.transaction('r', [db.clips, db.peaks, db.devices, db.rooms, db.settings, db.voices], async () => {
    const version = await getLibraryVersion();
    const captures = await visibleClips().toArray();
    const audio = new Map<string, CaptureAudioFacts & LibraryFacts>();
    await db.peaks.each((p) => {
      audio.set(p.clipId, {
        durationMs: p.durationMs,
        speechShare: p.speechShare ?? undefined,
        loudnessDb: p.loudnessDb ?? undefined,
        pitchHz: p.pitchHz,
        embedding: p.embedding,
      });
    });
    const voiceNames = new Map(
      (await db.voices.toArray()).filter((v) => v.named && v.name).map((v) => [v.id, v.name!]),
    );
    return {
      version,
      captures,
      devices: await db.devices.toArray(),
      rooms: await db.rooms.toArray(),
      accountId: (await db.settings.get('accountId'))?.value as string | undefined,
      audio,
      voiceNames,
      voiceSeeds: new Map(
        Object.entries(((await db.settings.get('voiceSeeds'))?.value as Record<string, string> | undefined) ?? {}),
      ),
      confirmedOwn: new Set(((await db.settings.get('confirmedOwn'))?.value as string[] | undefined) ?? []),
    };
  });
}

export class StaleLibraryError extends Error {
  override name = 'StaleLibraryError';
}

/**
 * Writes a library pass back, unless the library changed since it was read (then the caller reruns). With
 * `columnsOf` it also caches the columnar index of the result for the new version, in the same transaction:
 * the pass holds every visible capture already, so the next app start (or the reload right after an import)
 * reads one cache row instead of rebuilding the columns from 100,000 rows on the UI thread.
 */
export async function saveLibraryResult(
  result: LibraryResult,
  readVersion: number,
  householdNames: ReadonlySet<string> = new Set(),
  columnsOf?: { rooms: readonly Room[]; devices: readonly Device[] },
): Promise<void> {
  const db = getDb();
  const columns = columnsOf ? buildColumns(result.captures, columnsOf.rooms, columnsOf.devices) : undefined;
  await db.transaction('rw', [db.clips, db.voices, db.settings, db.columnsCache], async (tx) => {
    if ((await getLibraryVersion()) !== readVersion) throw new StaleLibraryError('The library changed meanwhile.');
    await db.clips.bulkPut(result.captures);
    const before = new Map((await db.voices.toArray()).map((v) => [v.id, v]));
    await db.voices.clear();
    await db.voices.bulkPut(
      result.voices.map((v) => {
        const old = before.get(v.id);
        return {
          id: v.id,
          name: old?.named ? old.name : v.name,
          // A name the household pinned (voice seeds) is the household's, even when the voice id changed.
          named: (old?.named ?? false) || (v.name !== undefined && householdNames.has(v.name)),
          child: v.child,
          size: v.size,
          medianPitchHz: v.medianPitchHz,
          sampleIds: v.sampleIds,
          centroid: v.centroid,
        };
      }),
    );
    await db.settings.put({ key: 'groups', value: result.groups });
    const version = await bumpLibraryVersion(tx);
    if (columns) await db.columnsCache.put({ key: 'library', version, columns: toStoredColumns(columns) });
  });
}

export async function loadGroups(): Promise<CommandGroup[]> {
  return (((await getDb().settings.get('groups'))?.value as CommandGroup[] | undefined) ?? []).slice();
}
