// Reads what a report is built from: the committed captures of a scope (the current filter's ids, or the whole
// library), all devices and rooms, and the household's own names for redaction. Read-only; never audio.

import type { Capture, Device, Room } from '../../../shared/model';
import { getDb } from '../db';
import { isVisible, visibleClips } from './library';
import type { StoredRequest } from '../records';

export interface ReportData {
  captures: Capture[];
  devices: Device[];
  rooms: Room[];
  /** Names of voices and speakers (voice profiles, provider person names): masked at the redacted level. */
  householdNames: string[];
  /** The household's requests, for the deadline lines. */
  requests: StoredRequest[];
}

/** `ids`: the captures in scope (e.g. the filtered view); null for every capture in the library. */
export async function loadReportData(ids: readonly string[] | null): Promise<ReportData> {
  const db = getDb();
  return db.transaction('r', [db.clips, db.devices, db.rooms, db.voices, db.requests], async () => {
    const captures = ids ? (await db.clips.bulkGet([...ids])).filter(isVisible) : await visibleClips().toArray();
    const voiceNames = (await db.voices.toArray()).flatMap((v) => (v.name?.trim() ? [v.name.trim()] : []));
    const personNames = captures.flatMap((c) => (c.personName?.trim() ? [c.personName.trim()] : []));
    return {
      captures,
      devices: await db.devices.toArray(),
      // Reports list rooms in the order the Devices & rooms screen shows them.
      rooms: await db.rooms.orderBy('kind').toArray(),
      householdNames: [...new Set([...voiceNames, ...personNames])],
      requests: await db.requests.toArray(),
    };
  });
}
