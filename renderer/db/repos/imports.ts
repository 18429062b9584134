// The import protocol (docs/architecture.md, "Staging and commit"): rows of a running import are written in
// batches with `stagedBy = runId`, invisible to every reader; one transaction flips them visible. (Dexie sets
// IndexedDB durability only for a whole database, not per transaction, so the commit uses the browser's
// default: always atomic; a power cut right after it can at worst lose the whole run, never half of it.) A crash or cancel leaves only staging rows, which discardImport (also run at start-up)
// removes — so the library is always exactly its last committed state.

import { applyMerged, evidenceChanged } from '../../../shared/library/absorb';
import type { Capture, Device, ImportRun, Room } from '../../../shared/model';
import { getDb, type AudioRow, type ClipRow, type ImportLinkRow, type PeaksRow } from '../db';
import { bumpLibraryVersion } from './library';
import { sealBlob } from '../crypto/blobs';

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
  return db.transaction('rw', [db.clips, db.audio, db.peaks, db.importLinks], async () => {
    const existing = await db.clips.bulkGet(batch.map((b) => b.capture.id));
    // Library clips this batch brings audio for: only those without an audio row may take it.
    const audioWanted = batch.filter((b, i) => b.audio && existing[i] && existing[i].stagedBy === undefined);
    const storedAudio = new Set(
      (await db.audio
        .where('clipId')
        .anyOf(audioWanted.map((b) => b.capture.id))
        .primaryKeys()) as string[],
    );
    const newClips: ClipRow[] = [];
    const audio: AudioRow[] = [];
    const peaks: PeaksRow[] = [];
    const links: ImportLinkRow[] = [];
    let added = 0;
    batch.forEach((item, i) => {
      const before = existing[i];
      if (before && before.stagedBy === undefined) {
        // Already in the library: remember that this export contained it (deletion verification), and what
        // its records add (sources, a transcript, audio, a provider's reason) — applied only at commit.
        const link: ImportLinkRow = { importId: runId, clipId: before.id };
        if (evidenceChanged(before, item.capture)) link.merged = item.capture;
        if (item.audio && !before.audioId && !storedAudio.has(before.id)) {
          link.addsAudio = true;
          audio.push({ ...item.audio, clipId: before.id });
          if (item.peaks) peaks.push({ ...item.peaks, clipId: before.id });
        } else if (link.merged && !before.audioId) {
          delete link.merged.audioId;
          delete link.merged.audioName;
        }
        links.push(link);
        return;
      }
      if (before && before.stagedBy === runId) return; // a duplicate record inside the same export
      added++;
      newClips.push({ ...item.capture, importIds: [runId], stagedBy: runId });
      if (item.audio) audio.push({ ...item.audio, clipId: item.capture.id });
      if (item.peaks) peaks.push({ ...item.peaks, clipId: item.capture.id });
    });
    await db.clips.bulkPut(newClips);
    if (links.length) await db.importLinks.bulkPut(links);
    if (audio.length) await db.audio.bulkPut(audio);
    if (peaks.length) await db.peaks.bulkPut(peaks);
    return added;
  });
}

/** Committed clips in a time range, by the `ts` index: the candidates a new import's records may merge into. */
export async function libraryCapturesBetween(fromTs: number, toTs: number): Promise<Capture[]> {
  const rows = await getDb().clips.where('ts').between(fromTs, toTs, true, true).toArray();
  return rows.filter((row) => row.stagedBy === undefined);
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
}

/** Makes a staged import visible, atomically and durably. Devices and rooms the user already has keep his edits. */
export async function commitImport(input: CommitInput): Promise<void> {
  const db = getDb();
  await db.transaction(
    'rw',
    [db.clips, db.importLinks, db.devices, db.rooms, db.imports, db.settings, db.columnsCache],
    async (tx) => {
      const run = await db.imports.get(input.runId);
      if (!run || run.status !== 'staging') throw new Error(`import ${input.runId} is not staging`);
      await db.clips
        .where('stagedBy')
        .equals(input.runId)
        .modify((clip: ClipRow) => {
          delete clip.stagedBy;
        });
      const links = await db.importLinks.where('importId').equals(input.runId).toArray();
      const mergedById = new Map(links.flatMap((l) => (l.merged ? [[l.clipId, l.merged] as const] : [])));
      await db.clips
        .where('id')
        .anyOf(links.map((l) => l.clipId))
        .modify((clip: ClipRow) => {
          const merged = mergedById.get(clip.id);
          if (merged) {
            const next = applyMerged(clip, merged);
            for (const key of Object.keys(clip))
              if (!(key in next)) delete (clip as unknown as Record<string, unknown>)[key];
            Object.assign(clip, next);
          }
          if (!clip.importIds.includes(input.runId)) clip.importIds.push(input.runId);
        });
      await db.importLinks.where('importId').equals(input.runId).delete();
      const knownRooms = new Set((await db.rooms.toCollection().primaryKeys()) as string[]);
      await db.rooms.bulkAdd(input.rooms.filter((r) => !knownRooms.has(r.id)));
      const knownDevices = await db.devices.bulkGet(input.devices.map((d) => d.id));
      await db.devices.bulkPut(
        input.devices.map((d, i) => {
          const known = knownDevices[i];
          // A device listed in any registration stays registered; the user's room choice wins.
          return known
            ? { ...d, registered: known.registered || d.registered, roomId: known.roomId, name: known.name }
            : d;
        }),
      );
      await db.imports.update(input.runId, {
        status: 'committed',
        ...(input.sources ? { sources: input.sources } : {}),
        finishedAt: input.finishedAt,
        counts: input.counts,
        warnings: input.warnings,
      });
      if (input.accountId && !(await db.settings.get('accountId')))
        await db.settings.put({ key: 'accountId', value: input.accountId });
      await bumpLibraryVersion(tx);
    },
  );
}

/** Removes everything a run staged and records why it ended. Safe to call on any run, any number of times. */
export async function discardImport(runId: string, status: 'failed' | 'cancelled', error?: string): Promise<void> {
  const db = getDb();
  const staged = (await db.clips.where('stagedBy').equals(runId).primaryKeys()) as string[];
  for (let i = 0; i < staged.length; i += 1000) {
    const ids = staged.slice(i, i + 1000);
    await db.transaction('rw', [db.clips, db.audio, db.peaks], async () => {
      await Promise.all([db.clips.bulkDelete(ids), db.audio.bulkDelete(ids), db.peaks.bulkDelete(ids)]);
    });
  }
  await db.transaction('rw', [db.importLinks, db.imports, db.audio, db.peaks], async () => {
    // Audio staged for library clips that had none (a merge filling the gap) goes with the run.
    const withAudio = (await db.importLinks.where('importId').equals(runId).toArray())
      .filter((l) => l.addsAudio)
      .map((l) => l.clipId);
    if (withAudio.length) await Promise.all([db.audio.bulkDelete(withAudio), db.peaks.bulkDelete(withAudio)]);
    await db.importLinks.where('importId').equals(runId).delete();
    const run = await db.imports.get(runId);
    if (run && run.status === 'staging') await db.imports.update(runId, { status, error, finishedAt: Date.now() });
  });
}

/** At start-up: runs left in `staging` were interrupted (crash, closed window); their rows are removed. */
export async function discardInterruptedImports(): Promise<ImportRun[]> {
  const db = getDb();
  const interrupted = await db.imports.where('status').equals('staging').toArray();
  for (const run of interrupted) await discardImport(run.id, 'failed', 'interrupted');
  return interrupted;
}
