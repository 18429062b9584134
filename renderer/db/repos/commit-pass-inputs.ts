// What a library pass needs to know about the library as committing a staged run will leave it, read before
// the commit so that the commit can write each capture once with its derived fields (docs/architecture.md,
// "Staging and commit").

import { applyMerged } from '../../../shared/library/absorb';
import type { Capture, Device, Room } from '../../../shared/model';
import type { LibraryResult } from '../../../shared/pipeline/library';
import type { StoredColumns } from '../../library/columns-cache';
import { getDb } from '../db';
import { audioFactsOf, loadLibraryInputs, type LibraryInputs, type PassSettings } from './derived';
import { ofRun } from './staged-runs';

export interface CommitPass {
  /** The library version the inputs were read at. */
  version: number;
  result: LibraryResult;
  /** The captures the run adds to the library (all staged by it). */
  newIds: ReadonlySet<string>;
  householdNames: ReadonlySet<string>;
  /** Captures of the library, neither new in this run nor linked to it, whose derived fields the pass changed. */
  changed: readonly Capture[];
  /** The columnar index of the result (library/columns-cache.ts), cached for the committed version. */
  columns: StoredColumns;
  settings: PassSettings;
}

/** A device as a commit stores it: one the user already has keeps his edits; listed anywhere means registered. */
export function mergeDevice(known: Device | undefined, device: Device): Device {
  return known
    ? { ...device, registered: known.registered || device.registered, roomId: known.roomId, name: known.name }
    : device;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The library inputs of a pass over the library as committing a run will leave it. */
export interface CommitPassInputs extends LibraryInputs {
  /** Captures the run adds to the library. */
  newIds: Set<string>;
  /** Visible library captures the run links to (merges, its import id). */
  linkedIds: Set<string>;
}

/**
 * Reads, in one transaction, what a library pass needs about the library as committing this staged run will
 * leave it: the visible captures with the run's merges applied and its captures added, the audio facts of the
 * peaks rows and the staged ones, the devices and rooms as the commit stores them — in the order a read of the
 * committed library returns them (primary keys), so a pass after the commit reads the same inputs. `version` is
 * the library version read: the commit uses the pass only if it is still current.
 */
export async function loadCommitPassInputs(input: {
  runId: string;
  devices: readonly Device[];
  rooms: readonly Room[];
  accountId?: string;
}): Promise<CommitPassInputs> {
  const db = getDb();
  const tables = [db.clips, db.peaks, db.devices, db.rooms, db.settings, db.voices, db.stagedClips, db.stagedPeaks];
  return db.transaction('r', [...tables, db.importLinks], async () => {
    const library = await loadLibraryInputs();
    const links = await db.importLinks.where('importId').equals(input.runId).toArray();
    const linkOf = new Map(links.map((l) => [l.clipId, l]));
    const byCapture = new Map<string, Capture>();
    const linkedIds = new Set<string>();
    for (const clip of library.captures) {
      const link = linkOf.get(clip.id);
      if (!link) {
        byCapture.set(clip.id, clip);
        continue;
      }
      // As commitImport's merge does it.
      linkedIds.add(clip.id);
      const next = link.merged ? applyMerged(clip, link.merged) : { ...clip };
      if (!next.importIds.includes(input.runId)) next.importIds = [...next.importIds, input.runId];
      byCapture.set(clip.id, next);
    }
    const newIds = new Set<string>();
    await ofRun(db.stagedClips, input.runId).each((row) => {
      for (const capture of row.captures) {
        newIds.add(capture.id);
        linkedIds.delete(capture.id);
        byCapture.set(capture.id, capture);
      }
    });
    const audio = library.audio;
    const voicePending = [...library.voicePending];
    await ofRun(db.stagedPeaks, input.runId).each((p) => {
      if (!newIds.has(p.clipId) && !linkOf.has(p.clipId)) return;
      if (p.voicePending) voicePending.push(p.clipId);
      audio.set(p.clipId, audioFactsOf(p));
    });
    const devices = new Map(library.devices.map((d) => [d.id, d]));
    for (const device of input.devices) devices.set(device.id, mergeDevice(devices.get(device.id), device));
    const rooms = new Map(library.rooms.map((r) => [r.id, r]));
    for (const room of input.rooms) if (!rooms.has(room.id)) rooms.set(room.id, room);
    return {
      ...library,
      captures: [...byCapture.values()].sort(byId),
      devices: [...devices.values()].sort(byId),
      rooms: [...rooms.values()].sort(byId),
      accountId: library.accountId ?? input.accountId,
      audio,
      voicePending,
      newIds,
      linkedIds,
    };
  });
}
