// Reads the whole library for the library worker and writes its results back atomically: the
// recomputed captures, the voices (keeping the names the household gave) and the command groups.

import type { CommandGroup } from '../../../shared/classify';
import type { Capture, Device, Room } from '../../../shared/model';
import type { LibraryFacts, LibraryResult } from '../../../shared/pipeline/library';
import type { CaptureAudioFacts } from '../../../shared/pipeline/enrich';
import type { NightHours } from '../../../shared/night';
import { buildColumns } from '../../library/columns';
import { toStoredColumns } from '../../library/columns-cache';
import { getDb, type PeaksRow } from '../db';
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
  /**
   * Clips whose peaks row still waits for pitch and embedding (imports from before the import analysed each
   * recording in full): found in the same scan of the peaks rows, so a pass without any reads them once.
   */
  voicePending: string[];
}

/** What a pass reads of a peaks row (staged or committed): the audio facts of its recording. */
export function audioFactsOf(p: Pick<PeaksRow, 'durationMs' | 'speechShare' | 'loudnessDb' | 'pitchHz' | 'embedding'>) {
  return {
    durationMs: p.durationMs,
    speechShare: p.speechShare ?? undefined,
    loudnessDb: p.loudnessDb ?? undefined,
    pitchHz: p.pitchHz,
    embedding: p.embedding,
  } satisfies CaptureAudioFacts & LibraryFacts;
}

export async function loadLibraryInputs(): Promise<LibraryInputs> {
  const db = getDb();
  return db.transaction('r', [db.clips, db.peaks, db.devices, db.rooms, db.settings, db.voices], async () => {
    const version = await getLibraryVersion();
    const captures = await visibleClips().toArray();
    const audio = new Map<string, CaptureAudioFacts & LibraryFacts>();
    const voicePending: string[] = [];
    await db.peaks.each((p) => {
      if (p.voicePending) voicePending.push(p.clipId);
      audio.set(p.clipId, audioFactsOf(p));
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
      voicePending,
    };
  });
}

export class StaleLibraryError extends Error {
  override name = 'StaleLibraryError';
}

/** The result's captures that differ from the same capture as the pass read it (all of them without `before`). */
export function changedCaptures(result: readonly Capture[], before?: readonly Capture[]): Capture[] {
  if (!before) return [...result];
  const read = new Map(before.map((c) => [c.id, c]));
  return result.filter((c) => !sameValue(c, read.get(c.id)));
}

/**
 * Structural equality of stored values (plain objects, arrays, primitives); a field holding `undefined` counts
 * as absent, as it reads back the same.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameValue(v, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const kx = keys(x);
  return kx.length === keys(y).length && kx.every((k) => sameValue(x[k], y[k]));
}

/**
 * Writes a library pass back, unless the library changed since it was read (then the caller reruns). With
 * `before` (the captures as the pass read them) only the captures the pass changed are written: after a small
 * import or a correction most of a large library comes out of the pass as it went in. With
 * `columnsOf` it also caches the columnar index of the result for the new version, in the same transaction:
 * the pass holds every visible capture already, so the next app start (or the reload right after an import)
 * reads one cache row instead of rebuilding the columns from 100,000 rows on the UI thread. With `settings` it
 * marks the result current for the new version (`currentPass`): a pass asked for again has nothing to do.
 */
export async function saveLibraryResult(
  result: LibraryResult,
  readVersion: number,
  householdNames: ReadonlySet<string> = new Set(),
  columnsOf?: { rooms: readonly Room[]; devices: readonly Device[] },
  before?: readonly Capture[],
  settings?: PassSettings,
): Promise<void> {
  const db = getDb();
  const columns = columnsOf ? buildColumns(result.captures, columnsOf.rooms, columnsOf.devices) : undefined;
  const changed = changedCaptures(result.captures, before);
  await db.transaction('rw', [db.clips, db.voices, db.settings, db.columnsCache], async (tx) => {
    if ((await getLibraryVersion()) !== readVersion) throw new StaleLibraryError('The library changed meanwhile.');
    if (changed.length) await db.clips.bulkPut(changed);
    await writePassResult(result, householdNames);
    const version = await bumpLibraryVersion(tx);
    if (columns) await db.columnsCache.put({ key: 'library', version, columns: toStoredColumns(columns) });
    if (settings) await markPassCurrent(version, settings, result);
  });
}

/**
 * Writes what a pass computed besides the captures: the voices (keeping the names the household gave) and the
 * command groups. Call inside a rw transaction over voices and settings.
 */
export async function writePassResult(result: LibraryResult, householdNames: ReadonlySet<string>): Promise<void> {
  const db = getDb();
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
}

/** What a pass depends on besides the library: the household's time zone and night hours. */
export interface PassSettings {
  timeZone: string;
  nightHours: NightHours;
}

/** What a pass found (the library worker's done event reports it; the overview's sidebar shows it). */
export interface PassSummary {
  captures: number;
  groups: number;
  voices: number;
  foreign: number;
}

const PASS_KEY = 'libraryPass';

interface PassMarker extends PassSettings, PassSummary {
  /** The library version the pass's result is the library of. */
  version: number;
}

export function passSummary(result: LibraryResult): PassSummary {
  return {
    captures: result.captures.length,
    groups: result.groups.length,
    voices: result.voices.length,
    foreign: result.captures.filter((c) => c.flags.includes('foreign')).length,
  };
}

/**
 * Records that the library of `version` is the result of a pass with these settings (so a pass asked for now
 * has nothing to do). Call inside the rw transaction (with settings) that wrote the result and bumped to
 * `version`; any later change bumps the version and so makes the mark stale.
 */
export async function markPassCurrent(version: number, settings: PassSettings, result: LibraryResult): Promise<void> {
  const value: PassMarker = {
    version,
    timeZone: settings.timeZone,
    nightHours: { from: settings.nightHours.from, to: settings.nightHours.to },
    ...passSummary(result),
  };
  await getDb().settings.put({ key: PASS_KEY, value });
}

/**
 * The summary of the pass whose result the library is now, if it ran with these settings (the import's commit
 * writes one when it wrote the pass's result with the captures); null when a pass has something to do.
 */
export async function currentPass(settings: PassSettings): Promise<PassSummary | null> {
  const db = getDb();
  return db.transaction('r', db.settings, async () => {
    const marker = (await db.settings.get(PASS_KEY))?.value as PassMarker | undefined;
    if (!marker || marker.version !== (await getLibraryVersion())) return null;
    if (marker.timeZone !== settings.timeZone) return null;
    if (marker.nightHours.from !== settings.nightHours.from || marker.nightHours.to !== settings.nightHours.to)
      return null;
    return { captures: marker.captures, groups: marker.groups, voices: marker.voices, foreign: marker.foreign };
  });
}

export async function loadGroups(): Promise<CommandGroup[]> {
  return (((await getDb().settings.get('groups'))?.value as CommandGroup[] | undefined) ?? []).slice();
}
