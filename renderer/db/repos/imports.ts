// The import protocol (docs/architecture.md, "Staging and commit"): a running import writes its captures and
// peaks only to the staged* tables, keyed by [run, clip], which no reader of the library looks at. The audio of
// a capture new to the library is written once, straight into `audio`: a row nobody reads until its clip is
// committed, because every reader goes from a visible clip id to its audio. Audio a record brings for a clip
// the library already holds waits in `stagedAudio` (a committed clip's audio is never written before the
// commit). One transaction moves the run's rows into clips/peaks (and the staged audio into audio) and applies
// its merges into library clips. (Dexie sets IndexedDB durability only for a whole database, not per
// transaction, so the commit uses the browser's default: always atomic; a power cut right after it can at worst
// lose the whole run, never half of it.) A crash or cancel leaves only staged rows and the audio of staged
// clips, which discardImport (also run at start-up) removes — so the library is always exactly its last
// committed state. Here: staging and the commit; what a pass before the commit reads is in
// commit-pass-inputs.ts, discarding a run in import-discard.ts.

import { Dexie, type Table } from 'dexie';
import { applyMerged, evidenceChanged } from '../../../shared/library/absorb';
import type { Capture, Device, ImportRun, Room } from '../../../shared/model';
import {
  getDb,
  type AudioRow,
  type ClipRow,
  type ImportLinkRow,
  type PeaksRow,
  type StagedAudioRow,
  type StagedPeaksRow,
} from '../db';
import { bumpLibraryVersion, getLibraryVersion } from './library';
import { markPassCurrent, writePassResult } from './derived';
import { mergeDevice, type CommitPass } from './commit-pass-inputs';
import { forgetStaging, ofRun, stagingOf } from './staged-runs';
import { sealBlob } from '../crypto/blobs';
import { mergeHints } from '../../../shared/deletion/marketplaces';
import type { MarketplaceHints } from '../../../shared/importers/types';
import { MARKETPLACE_HINTS } from './settings';

export interface StagedCapture {
  capture: Capture;
  audio?: Omit<AudioRow, 'clipId'>;
  peaks?: Omit<PeaksRow, 'clipId'>;
}

export async function beginImport(run: ImportRun): Promise<void> {
  await getDb().imports.add({ ...run, status: 'staging' });
}

/** Stages one batch in one transaction. Returns how many captures are new to the library. */
export async function stageBatch(runId: string, batch: readonly StagedCapture[]): Promise<number> {
  const db = getDb();
  // Audio is sealed here, before the transaction: WebCrypto's promises would end it (crypto/blobs.ts).
  batch = await Promise.all(
    batch.map(async (b) => (b.audio ? { ...b, audio: { ...b.audio, blob: await sealBlob(b.audio.blob) } } : b)),
  );
  const tables = [db.clips, db.audio, db.importLinks, db.stagedClips, db.stagedAudio, db.stagedPeaks];
  const { added, newIds } = await db.transaction('rw', tables, async () => {
    const state = await stagingOf(runId);
    const existing = await db.clips.bulkGet(batch.map((b) => b.capture.id));
    const newIds = new Set<string>();
    // Library clips this batch brings audio for: only those without an audio row (stored, or staged by an
    // earlier record of this run) may take it.
    const audioWanted = batch.filter((b, i) => b.audio && existing[i]).map((b) => b.capture.id);
    const [storedAudio, stagedAudio] = await Promise.all([
      db.audio.where('clipId').anyOf(audioWanted).primaryKeys(),
      db.stagedAudio
        .where(':id')
        .anyOf(audioWanted.map((id) => [runId, id]))
        .primaryKeys(),
    ]);
    const hasAudio = new Set([...(storedAudio as string[]), ...stagedAudio.map(([, id]) => id)]);
    const newClips: Capture[] = [];
    // New captures' audio goes straight into `audio`, invisible until the clip is committed; audio for a
    // library clip is staged, so neither a visible clip nor its audio changes before the commit.
    const newAudio: AudioRow[] = [];
    const audio: StagedAudioRow[] = [];
    const peaks: StagedPeaksRow[] = [];
    const links: ImportLinkRow[] = [];
    let added = 0;
    batch.forEach((item, i) => {
      const before = existing[i];
      if (before) {
        // Already in the library: remember that this export contained it (deletion verification), and what
        // its records add (sources, a transcript, audio, a provider's reason) — applied only at commit.
        const link: ImportLinkRow = { importId: runId, clipId: before.id };
        if (evidenceChanged(before, item.capture)) link.merged = item.capture;
        if (item.audio && !before.audioId && !hasAudio.has(before.id)) {
          hasAudio.add(before.id);
          audio.push({ ...item.audio, clipId: before.id, importId: runId });
          if (item.peaks) peaks.push({ ...item.peaks, clipId: before.id, importId: runId });
        } else if (link.merged && !before.audioId) {
          delete link.merged.audioId;
          delete link.merged.audioName;
        }
        links.push(link);
        return;
      }
      const id = item.capture.id;
      if (state.ids.has(id) || newIds.has(id)) return; // a duplicate record inside the same export
      newIds.add(id);
      added++;
      newClips.push({ ...item.capture, importIds: [runId] });
      if (item.audio) newAudio.push({ ...item.audio, clipId: id });
      if (item.peaks) peaks.push({ ...item.peaks, clipId: item.capture.id, importId: runId });
    });
    if (newClips.length) await db.stagedClips.put({ importId: runId, batch: state.next, captures: newClips });
    if (links.length) await db.importLinks.bulkPut(links);
    if (newAudio.length) await db.audio.bulkPut(newAudio);
    if (audio.length) await db.stagedAudio.bulkPut(audio);
    if (peaks.length) await db.stagedPeaks.bulkPut(peaks);
    return { added, newIds };
  });
  // Only once the batch is stored: a failed transaction stages nothing.
  const state = await stagingOf(runId);
  if (newIds.size) state.next++;
  for (const id of newIds) state.ids.add(id);
  return added;
}

/** How many captures this context has staged as new to the library for a run (a duplicate record counts once). */
export async function stagedNewCount(runId: string): Promise<number> {
  return (await stagingOf(runId)).ids.size;
}

/** Committed clips in a time range, by the `ts` index: the candidates a new import's records may merge into. */
export async function libraryCapturesBetween(fromTs: number, toTs: number): Promise<Capture[]> {
  return getDb().clips.where('ts').between(fromTs, toTs, true, true).toArray();
}

export interface CommitInput {
  runId: string;
  devices: readonly Device[];
  rooms: readonly Room[];
  finishedAt: number;
  counts: ImportRun['counts'];
  warnings: ImportRun['warnings'];
  /** Owner of the export (Alexa customer id), remembered for foreign-capture detection. */
  accountId?: string;
  /** Which providers' data this import held (deletion verification compares like with like). */
  sources?: ImportRun['sources'];
  /** What the export says about the Amazon marketplace (the direct deletion route's default address). */
  marketplaceHints?: MarketplaceHints;
  /**
   * The library pass over the library as this commit leaves it (`loadCommitPassInputs`): when the library is
   * still the version it was read at, the commit writes each capture with its derived fields, the voices, the
   * groups and the columns, and marks the pass current — the pass after the import has nothing left to do.
   * Otherwise the commit ignores it, and the pass after the import runs as it would without.
   */
  pass?: CommitPass;
}

/** Rows moved per step of a commit: bounded memory for any size of import, all inside one transaction. */
const CHUNK = { batches: 4, audio: 200, peaks: 1000, clips: 2000 };

/**
 * Moves a run's rows of one staged table into its library table, chunk by chunk, and deletes them; `keep`
 * decides per row (the staged audio of a library clip purged meanwhile is dropped).
 */
async function moveStaged<T extends { importId: string }>(
  from: Table<T, [string, string]>,
  to: { bulkPut(rows: Omit<T, 'importId'>[]): Promise<unknown> },
  runId: string,
  key: keyof T & ('id' | 'clipId'),
  chunk: number,
  keep: (row: Omit<T, 'importId'>) => boolean = () => true,
): Promise<void> {
  let after: unknown = Dexie.minKey;
  for (;;) {
    const rows = await from
      .where(':id')
      .between([runId, after], [runId, Dexie.maxKey], false, true)
      .limit(chunk)
      .toArray();
    if (!rows.length) break;
    after = rows.at(-1)![key];
    await to.bulkPut(rows.flatMap(({ importId: _run, ...row }) => (keep(row) ? [row] : [])));
    if (rows.length < chunk) break;
  }
  await ofRun(from, runId).delete();
}

/**
 * Makes a staged import visible, atomically: its captures and peaks move into the library (the new captures'
 * audio is in `audio` already and becomes readable with them), the audio it brought for library clips moves
 * too, and its merges into library clips are applied, in one transaction. Devices and rooms the user already
 * has keep his edits.
 */
export async function commitImport(input: CommitInput): Promise<void> {
  const db = getDb();
  const tables = [db.clips, db.audio, db.peaks, db.stagedClips, db.stagedAudio, db.stagedPeaks, db.importLinks];
  await db.transaction(
    'rw',
    [...tables, db.devices, db.rooms, db.imports, db.settings, db.columnsCache, db.voices],
    async (tx) => {
      const run = await db.imports.get(input.runId);
      if (!run || run.status !== 'staging') throw new Error(`import ${input.runId} is not staging`);
      // The pass's captures, when it was computed over the library as it still is.
      const pass = input.pass && (await getLibraryVersion()) === input.pass.version ? input.pass : undefined;
      const derived = pass ? new Map(pass.result.captures.map((c) => [c.id, c])) : undefined;
      const links = await db.importLinks.where('importId').equals(input.runId).toArray();
      const mergedById = new Map(links.flatMap((l) => (l.merged ? [[l.clipId, l.merged] as const] : [])));
      // Library clips this run links to and that still exist (one may have been purged while it staged).
      const linked = new Set<string>();
      await db.clips
        .where('id')
        .anyOf(links.map((l) => l.clipId))
        .modify((clip: ClipRow) => {
          linked.add(clip.id);
          const merged = mergedById.get(clip.id);
          const next = derived?.get(clip.id) ?? (merged ? applyMerged(clip, merged) : undefined);
          if (next) {
            for (const key of Object.keys(clip))
              if (!(key in next)) delete (clip as unknown as Record<string, unknown>)[key];
            Object.assign(clip, next);
          }
          if (!clip.importIds.includes(input.runId)) clip.importIds.push(input.runId);
        });
      const moved = new Set<string>();
      if (pass) {
        // The pass holds the run's captures with their derived fields: written once, without reading the staged
        // rows back (only this run writes them, so they are the ones the pass read).
        for (const id of pass.newIds) moved.add(id);
        // Put in chunks, all asked for before the first is answered: IndexedDB writes a chunk while this thread
        // prepares the next (clones it; with encryption on, seals every row: crypto/middleware.ts), where one
        // bulkPut of the whole run would prepare every row before IndexedDB could write any.
        const fresh = pass.result.captures.filter((c) => pass.newIds.has(c.id));
        const puts: Promise<unknown>[] = [];
        for (let at = 0; at < fresh.length; at += CHUNK.clips)
          puts.push(db.clips.bulkPut(fresh.slice(at, at + CHUNK.clips)));
        await Promise.all(puts);
      } else
        for (let after = -Infinity; ;) {
          const rows = await db.stagedClips
            .where(':id')
            .between([input.runId, after], [input.runId, Infinity], false, true)
            .limit(CHUNK.batches)
            .toArray();
          if (!rows.length) break;
          after = rows.at(-1)!.batch;
          const captures = rows.flatMap((r) => r.captures);
          for (const c of captures) moved.add(c.id);
          await db.clips.bulkPut(captures);
        }
      if (pass) {
        if (pass.changed.length) await db.clips.bulkPut([...pass.changed]);
        await writePassResult(pass.result, pass.householdNames);
      }
      await ofRun(db.stagedClips, input.runId).delete();
      forgetStaging(input.runId);
      // Staged audio (for library clips; a run staged before schema 2 may hold new clips' too) and peaks only
      // for a clip the library holds after this commit.
      const forLiveClip = (row: { clipId: string }) => moved.has(row.clipId) || linked.has(row.clipId);
      await moveStaged(db.stagedAudio, db.audio, input.runId, 'clipId', CHUNK.audio, forLiveClip);
      await moveStaged(db.stagedPeaks, db.peaks, input.runId, 'clipId', CHUNK.peaks, forLiveClip);
      await db.importLinks.where('importId').equals(input.runId).delete();
      const knownRooms = new Set((await db.rooms.toCollection().primaryKeys()) as string[]);
      await db.rooms.bulkAdd(input.rooms.filter((r) => !knownRooms.has(r.id)));
      const knownDevices = await db.devices.bulkGet(input.devices.map((d) => d.id));
      await db.devices.bulkPut(input.devices.map((d, i) => mergeDevice(knownDevices[i], d)));
      await db.imports.update(input.runId, {
        status: 'committed',
        ...(input.sources ? { sources: input.sources } : {}),
        finishedAt: input.finishedAt,
        counts: input.counts,
        warnings: input.warnings,
      });
      if (input.accountId && !(await db.settings.get('accountId')))
        await db.settings.put({ key: 'accountId', value: input.accountId });
      const hints = input.marketplaceHints;
      if (hints && (Object.keys(hints.marketplace).length || Object.keys(hints.locale).length)) {
        const before = (await db.settings.get(MARKETPLACE_HINTS))?.value as MarketplaceHints | undefined;
        await db.settings.put({ key: MARKETPLACE_HINTS, value: mergeHints(before, hints) });
      }
      const version = await bumpLibraryVersion(tx);
      if (pass) {
        await db.columnsCache.put({ key: 'library', version, columns: pass.columns });
        await markPassCurrent(version, pass.settings, pass.result);
      }
    },
  );
}
