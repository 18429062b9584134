// The "Not ours" quarantine: captures the household confirms as its own (kept in settings['confirmedOwn'],
// which the library pass reads so they are never flagged again) and the purge of a stranger's data once
// the breach is handled — audio, peaks, transcripts and rows in one transaction — with a record of it.

import { summariseStrangers, type StrangerSummary } from '../../../shared/foreign/strangers';
import type { Capture } from '../../../shared/model';
import { getDb, type ClipRow } from '../db';
import { forgetCaptures, forgetTables } from './forget';
import { bumpLibraryVersion, visibleClips } from './library';

const CONFIRMED_KEY = 'confirmedOwn';
const PURGES_KEY = 'purges';

/** What remains after a purge: when, how many, which span and devices — never content. */
export interface PurgeRecord {
  purgedAt: number;
  count: number;
  from: number;
  to: number;
  deviceNames: string[];
}

/** Committed, not deleted captures carrying the `foreign` flag, in time order. */
export async function listForeignClips(): Promise<ClipRow[]> {
  const rows = await visibleClips(getDb().clips.where('flags').equals('foreign')).toArray();
  return rows.sort((a, b) => a.ts - b.ts);
}

/** The stranger finding for the banner: flagged captures, and unscored ones the export itself marks. */
export async function loadStrangerSummary(): Promise<StrangerSummary | null> {
  const db = getDb();
  return db.transaction('r', [db.clips, db.devices, db.settings], async () => {
    const rows = await visibleClips().toArray();
    return summariseStrangers(rows, {
      accountId: (await db.settings.get('accountId'))?.value as string | undefined,
      devices: await db.devices.toArray(),
      confirmedOwn: new Set(await loadConfirmedOwn()),
    });
  });
}

/** The quarantine: the stranger summary (grouped by device) and every capture in it, in time order. */
export async function loadQuarantine(): Promise<{ summary: StrangerSummary | null; clips: ClipRow[] }> {
  const summary = await loadStrangerSummary();
  if (!summary) return { summary, clips: [] };
  const ids = summary.devices.flatMap((d) => d.ids);
  const rows = await getDb().clips.bulkGet(ids);
  return { summary, clips: rows.filter((c): c is ClipRow => c !== undefined).sort((a, b) => a.ts - b.ts) };
}

export async function loadConfirmedOwn(): Promise<string[]> {
  return ((await getDb().settings.get(CONFIRMED_KEY))?.value as string[] | undefined) ?? [];
}

/**
 * "This is ours": the captures leave the quarantine now (flag cleared) and stay out of it on every later
 * library pass. The caller reruns the library job so voices and scores take them into account.
 */
export async function confirmOwn(ids: readonly string[]): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.clips, db.settings, async (tx) => {
    const current = new Set(await loadConfirmedOwn());
    for (const id of ids) current.add(id);
    await db.settings.put({ key: CONFIRMED_KEY, value: [...current].sort() });
    await db.clips
      .where('id')
      .anyOf([...ids])
      .modify((c: ClipRow) => {
        c.flags = c.flags.filter((f) => f !== 'foreign');
        c.flagReasons = (c.flagReasons ?? []).filter((r) => r.flag !== 'foreign');
        c.foreignScore = 0;
        delete c.foreignReasons;
      });
    await bumpLibraryVersion(tx);
  });
}

export async function listPurges(): Promise<PurgeRecord[]> {
  return ((await getDb().settings.get(PURGES_KEY))?.value as PurgeRecord[] | undefined) ?? [];
}

/**
 * Deletes the given foreign captures for good (rows, audio, peaks and what was derived from them) and
 * appends a purge record. Only captures that still carry the `foreign` flag are purged, so a stale list
 * can never delete the household's own recordings. Voice samples pointing at them are dropped too.
 */
export async function purgeForeign(ids: readonly string[], now = Date.now()): Promise<PurgeRecord | null> {
  const db = getDb();
  return db.transaction('rw', [...forgetTables(), db.devices], async (tx) => {
    const rows = (await db.clips.bulkGet([...ids])).filter(
      (c): c is ClipRow => c !== undefined && c.flags.includes('foreign'),
    );
    if (!rows.length) return null;
    await forgetCaptures(rows);
    const record = describePurge(rows, await db.devices.toArray(), now);
    const purges = ((await db.settings.get(PURGES_KEY))?.value as PurgeRecord[] | undefined) ?? [];
    await db.settings.put({ key: PURGES_KEY, value: [...purges, record] });
    await bumpLibraryVersion(tx);
    return record;
  });
}

function describePurge(rows: readonly Capture[], devices: readonly { id: string; name: string }[], now: number) {
  const names = new Map(devices.map((d) => [d.id, d.name]));
  const deviceNames = [...new Set(rows.flatMap((c) => (c.deviceId ? [names.get(c.deviceId) ?? c.deviceId] : [])))];
  return {
    purgedAt: now,
    count: rows.length,
    from: Math.min(...rows.map((c) => c.ts)),
    to: Math.max(...rows.map((c) => c.ts)),
    deviceNames: deviceNames.sort((a, b) => a.localeCompare(b)),
  } satisfies PurgeRecord;
}
