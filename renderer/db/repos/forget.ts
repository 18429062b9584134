// What a purge must take along besides the rows, audio and peaks: everything that holds or was derived
// from the purged captures — command-group labels (transcript text), voice samples and seeds, confirmed
// ids, saved selections, pending import links, the cached columns and the transcripts copied into stored
// letters. Runs inside the purge's own transaction (scope: FORGET_TABLES), so nothing is left behind if
// the purge commits and nothing is lost if it aborts. See docs/reliability.md ("Deletion").

import { groupCommands, type CommandGroup } from '../../../shared/classify/groups';
import { visibleText } from '../../../shared/visible-text';
import { getDb, type ClipRow } from '../db';

/** Tables a purge transaction must include for `forgetCaptures`. */
export function forgetTables() {
  const db = getDb();
  return [
    db.clips,
    db.audio,
    db.peaks,
    db.voices,
    db.settings,
    db.selections,
    db.requests,
    db.importLinks,
    db.stagedAudio,
    db.stagedPeaks,
    db.columnsCache,
  ];
}

/** Shown in a stored letter where a purged capture's transcript was. */
export const PURGED_TEXT = '[…]';

/**
 * Deletes the captures and every trace of them. Call inside a rw transaction over `forgetTables()`;
 * `rows` are the captures being purged (their transcripts are scrubbed from stored letters).
 */
export async function forgetCaptures(rows: readonly ClipRow[]): Promise<void> {
  const db = getDb();
  const ids = rows.map((c) => c.id);
  const gone = new Set(ids);
  await Promise.all([db.clips.bulkDelete(ids), db.audio.bulkDelete(ids), db.peaks.bulkDelete(ids)]);
  await db.importLinks.filter((l) => gone.has(l.clipId)).delete();
  // Audio a running import staged for a purged library clip goes now too (keys only: empty but for imports).
  for (const staged of [db.stagedAudio, db.stagedPeaks]) {
    const keys = await staged.toCollection().primaryKeys();
    await staged.bulkDelete(keys.filter(([, clipId]) => gone.has(clipId)));
  }
  await db.columnsCache.clear();
  await db.voices.toCollection().modify((v) => {
    v.sampleIds = v.sampleIds.filter((id) => !gone.has(id));
  });
  await db.selections.toCollection().modify((s) => {
    s.clipIds = s.clipIds.filter((id) => !gone.has(id));
  });

  const seeds = (await db.settings.get('voiceSeeds'))?.value as Record<string, string> | undefined;
  if (seeds) {
    const kept = Object.fromEntries(Object.entries(seeds).filter(([id]) => !gone.has(id)));
    await db.settings.put({ key: 'voiceSeeds', value: kept });
  }
  const confirmed = (await db.settings.get('confirmedOwn'))?.value as string[] | undefined;
  if (confirmed) await db.settings.put({ key: 'confirmedOwn', value: confirmed.filter((id) => !gone.has(id)) });

  const groups = (await db.settings.get('groups'))?.value as CommandGroup[] | undefined;
  if (groups) await db.settings.put({ key: 'groups', value: await regroup(groups, rows) });

  const texts = transcriptsOf(rows);
  if (texts.length) {
    await db.requests.toCollection().modify((r) => {
      if (!r.clipIds.some((id) => gone.has(id))) return;
      r.letterText = scrubText(r.letterText, texts);
    });
  }
}

/**
 * Groups that lost members are recounted from the captures that remain; a group left empty disappears and
 * a label that was a purged capture's phrasing is replaced by a remaining one.
 */
async function regroup(groups: readonly CommandGroup[], purged: readonly ClipRow[]): Promise<CommandGroup[]> {
  const touched = new Set(purged.flatMap((c) => (c.groupId ? [c.groupId] : [])));
  if (!touched.size) return [...groups];
  const db = getDb();
  const out: CommandGroup[] = [];
  for (const group of groups) {
    if (!touched.has(group.id)) {
      out.push(group);
      continue;
    }
    const members = (await db.clips.where('groupId').equals(group.id).toArray()).filter((c) => c.transcript);
    if (!members.length) continue;
    const { groups: sub } = groupCommands(members.map((c) => ({ id: c.id, transcript: c.transcript })));
    out.push({ ...group, count: members.length, label: sub[0]?.label ?? group.label });
  }
  return out;
}

function transcriptsOf(rows: readonly ClipRow[]): string[] {
  const texts = new Set<string>();
  for (const row of rows) {
    // The same form the annex writes (shared/gdpr/annex.ts): visible characters, whitespace collapsed.
    const text = row.transcript && visibleText(row.transcript).replace(/\s+/g, ' ').trim();
    if (text) texts.add(text);
  }
  // Longest first, so a transcript that contains another one is replaced whole.
  return [...texts].sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of the given texts (letters collapse whitespace, so the texts must too). */
export function scrubText(text: string, transcripts: readonly string[]): string {
  let out = text;
  for (const t of transcripts) out = out.split(t).join(PURGED_TEXT);
  return out;
}
