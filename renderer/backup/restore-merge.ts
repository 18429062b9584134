// Restoring a backup into a library that already holds recordings. The user first sees the counts (in the
// backup, in the library, how many are the same recordings by the import's own identity rules — see
// docs/formats.md, "Same recording") and then chooses:
//  - merge: what the library lacks is added; a recording the library already holds is never added twice (the
//    library's own clip, with its corrections, stays); the user's work (requests, selections, voices) is
//    added where missing, its clip references pointing at the library's clip of the same recording;
//  - replace: the library becomes exactly the backup.
// Both run in ONE read-write transaction over every table, so a failure, a cancel or a crash leaves the
// library exactly as it was (docs/reliability.md). The backup is read chunk by chunk while the transaction
// stays open (Dexie.waitFor), so memory holds one chunk, not the whole backup.

import { Dexie, type Table } from 'dexie';
import { IdentityIndex, type IdentityEntry } from '../../shared/library/identity';
import { kindOf, type Capture } from '../../shared/model';
import type { EarshotDb, ClipRow } from '../db/db';
import type { StoredRequest, StoredSelection, StoredVoice } from '../db/records';
import { mapBlobs, sealBlob } from '../db/crypto/blobs';
import { currentGeneration } from '../db/crypto/keyring';
import { PLAINTEXT_SETTING_KEYS } from '../db/crypto/sealed-fields';
import { decodeValue } from './codec';
import { BackupError, type BackupManifest } from './format';
import { blobPaths, openBackup, verifyBackup, type OpenedBackup } from './restore';

export type RestoreMode = 'merge' | 'replace';

/** What the user sees before choosing: recordings (captures the library shows) on each side. */
export interface RestorePlan {
  manifest: BackupManifest;
  /** Recordings in the backup. */
  backup: number;
  /** Recordings in the library now. */
  library: number;
  /** Backup recordings the library already holds (the same recording, by identity). */
  same: number;
  /** Backup recordings the user has deleted from the library since: a merge does not bring them back. */
  deleted: number;
  /** Recordings a merge adds: backup − same − deleted. */
  added: number;
}

export interface RestoreResult {
  mode: RestoreMode;
  /** Recordings the library shows afterwards. */
  recordings: number;
  added: number;
}

/** Tables whose rows a merge never takes from a backup: the library's preferences, caches, import staging. */
const NOT_MERGED = new Set(['settings', 'columnsCache', 'importLinks']);
const VERSION_KEY = 'libraryVersion';

const isRecording = (c: ClipRow) => kindOf(c) === 'capture' && c.deletedAt === undefined;

/**
 * For each backup clip, the library clip that is the same recording (or null: new). Only library clips are
 * candidates: two backup records are never folded into each other here (the backup's own library already
 * decided that). A clip id the library holds counts as the same even if the identity rules disagree, so a
 * row is never overwritten.
 */
export function matchBackupClips(library: readonly Capture[], backup: readonly Capture[]): Map<string, string | null> {
  const index = new IdentityIndex(library.map((capture): IdentityEntry => ({ capture })));
  const ids = new Set(library.map((c) => c.id));
  const out = new Map<string, string | null>();
  for (const capture of backup) {
    if (ids.has(capture.id)) out.set(capture.id, capture.id);
    else out.set(capture.id, index.find({ capture })?.capture.id ?? null);
  }
  return out;
}

/** Decoded rows of one table of the backup, chunk by chunk; `wait` wraps every read (Dexie.waitFor inside a transaction). */
async function* backupRows(
  backup: OpenedBackup,
  table: string,
  wait: <T>(p: Promise<T>) => Promise<T> = (p) => p,
): AsyncGenerator<{ rows: unknown[]; keys?: unknown[] }> {
  const outbound = new Set(backup.manifest.outboundKeys ?? []).has(table);
  for (const path of backup.manifest.chunks[table] ?? []) {
    const json = JSON.parse(new TextDecoder().decode(await wait(backup.read(path)))) as unknown[];
    const paths = new Set<string>();
    blobPaths(json, paths);
    const blobs = new Map<string, Uint8Array<ArrayBuffer>>();
    for (const p of paths) blobs.set(p, await wait(backup.read(p)));
    const blobAt = (p: string, type: string) => {
      const bytes = blobs.get(p);
      if (!bytes) throw new BackupError('damaged', `The backup is incomplete: "${p}" is missing.`);
      return new Blob([bytes], { type });
    };
    if (outbound) {
      const pairs = json as { k: unknown; v: unknown }[];
      const rows = await sealBlobsIn(
        pairs.map((r) => decodeValue(r.v, blobAt)),
        wait,
      );
      yield { rows, keys: pairs.map((r) => decodeValue(r.k, blobAt)) };
    } else
      yield {
        rows: await sealBlobsIn(
          json.map((r) => decodeValue(r, blobAt)),
          wait,
        ),
      };
  }
}

/**
 * A backup holds audio and attachments in the clear (or sealed as a whole); an encrypted library stores every
 * Blob sealed, and its sealing layer refuses a plain one (docs/architecture.md, Security). Sealed in one wait, so
 * the transaction stays open (crypto/blobs.ts); rows pass as they are while encryption is off.
 */
async function sealBlobsIn<T>(rows: T[], wait: <V>(p: Promise<V>) => Promise<V>): Promise<T[]> {
  if (currentGeneration() === null) return rows;
  return (await wait(mapBlobs(rows, sealBlob))) as T[];
}

async function backupClips(backup: OpenedBackup, wait?: <T>(p: Promise<T>) => Promise<T>): Promise<ClipRow[]> {
  const out: ClipRow[] = [];
  for await (const chunk of backupRows(backup, 'clips', wait)) out.push(...(chunk.rows as ClipRow[]));
  return out;
}

/** Checks the backup completely and counts both sides; writes nothing. */
export async function planRestore(file: Blob, db: EarshotDb): Promise<RestorePlan> {
  const manifest = await verifyBackup(file, db.verno);
  const backup = await openBackup(file, db.verno);
  try {
    const fromBackup = await backupClips(backup);
    const library = await db.clips.toArray();
    const match = matchBackupClips(library, fromBackup);
    const deletedIds = new Set(library.filter((c) => c.deletedAt !== undefined).map((c) => c.id));
    const recordings = fromBackup.filter(isRecording);
    const matched = recordings.map((c) => match.get(c.id)).filter((id): id is string => id != null);
    const deleted = matched.filter((id) => deletedIds.has(id)).length;
    return {
      manifest,
      backup: recordings.length,
      library: library.filter(isRecording).length,
      same: matched.length - deleted,
      deleted,
      added: recordings.length - matched.length,
    };
  } finally {
    await backup.close();
  }
}

function checkSchema(manifest: BackupManifest, db: EarshotDb): void {
  const known = new Set(db.tables.map((t) => t.name));
  if (manifest.schemaVersion !== db.verno || Object.keys(manifest.chunks).some((t) => !known.has(t)))
    throw new BackupError(
      'not-empty',
      `This backup has database version ${manifest.schemaVersion}, this library ${db.verno}: it can only be restored into an empty library.`,
    );
}

const aborted = (signal?: AbortSignal) => {
  if (signal?.aborted) throw new DOMException('The restore was cancelled.', 'AbortError');
};

/**
 * Merges the backup into the library or replaces the library with it, all or nothing. Nothing is changed
 * when it throws (including on `signal` abort).
 */
export async function restoreIntoLibrary(
  file: Blob,
  db: EarshotDb,
  mode: RestoreMode,
  options: { signal?: AbortSignal; onProgress?(done: number, total: number): void } = {},
): Promise<RestoreResult> {
  const manifest = await verifyBackup(file, db.verno);
  checkSchema(manifest, db);
  const backup = await openBackup(file, db.verno);
  const wait = <T>(p: Promise<T>) => Dexie.waitFor(p, 120_000);
  const total = Object.values(manifest.chunks).reduce((sum, c) => sum + c.length, 0);
  let done = 0;
  const step = () => {
    aborted(options.signal);
    options.onProgress?.(++done, total);
  };
  try {
    aborted(options.signal);
    let added = 0;
    await db.transaction('rw', db.tables, async () => {
      const version = ((await db.settings.get(VERSION_KEY))?.value as number | undefined) ?? 0;
      if (mode === 'replace') {
        // An encrypted library stays encrypted: its key check survives the replace (crypto/keycheck.ts).
        const kept = await db.settings.bulkGet([...PLAINTEXT_SETTING_KEYS]);
        for (const table of db.tables) await table.clear();
        await db.settings.bulkPut(kept.filter((row) => row !== undefined));
        for (const name of Object.keys(manifest.chunks)) {
          const table = db.table(name);
          for await (const chunk of backupRows(backup, name, wait)) {
            if (chunk.keys) await table.bulkPut(chunk.rows, chunk.keys as never);
            else await table.bulkPut(chunk.rows);
            step();
          }
        }
      } else added = await mergeRows(db, backup, wait, step);
      // The counter only grows: views and workers compare against the value they last read.
      const after = ((await db.settings.get(VERSION_KEY))?.value as number | undefined) ?? 0;
      await db.settings.put({ key: VERSION_KEY, value: Math.max(version, after) + 1 });
      await db.columnsCache.clear();
    });
    const recordings = await db.clips.filter(isRecording).count();
    return { mode, recordings, added };
  } finally {
    await backup.close();
  }
}

/** The merge, inside the caller's transaction. Returns the number of recordings added. */
async function mergeRows(
  db: EarshotDb,
  backup: OpenedBackup,
  wait: <T>(p: Promise<T>) => Promise<T>,
  step: () => void,
): Promise<number> {
  const library = await db.clips.toArray();
  const fromBackup = await backupClips(backup, wait);
  const match = matchBackupClips(library, fromBackup);
  const newClips = fromBackup.filter((c) => match.get(c.id) === null);
  await db.clips.bulkAdd(newClips);
  for (let i = 0; i < (backup.manifest.chunks.clips?.length ?? 0); i++) step();
  const newIds = new Set(newClips.map((c) => c.id));
  // A backup clip the library already holds is referred to by the library's clip id from now on.
  const clipId = (id: string) => match.get(id) ?? id;
  for (const name of Object.keys(backup.manifest.chunks)) {
    if (name === 'clips' || NOT_MERGED.has(name)) {
      if (name !== 'clips') for (const _ of backup.manifest.chunks[name]!) step();
      continue;
    }
    const table = db.table(name) as Table<unknown, unknown>;
    for await (const chunk of backupRows(backup, name, wait)) {
      let rows = chunk.rows;
      // Audio and peaks belong to a clip: only those of the clips added come along.
      if (name === 'audio' || name === 'peaks') rows = rows.filter((r) => newIds.has((r as { clipId: string }).clipId));
      else rows = rows.map((r) => remapClipRefs(name, r, clipId));
      const keyPath = table.schema.primKey.keyPath;
      if (typeof keyPath === 'string' && !chunk.keys) {
        const keys = rows.map((r) => (r as Record<string, unknown>)[keyPath]);
        const present = await table.bulkGet(keys as never[]);
        rows = rows.filter((_, i) => present[i] === undefined);
        if (rows.length) await table.bulkAdd(rows);
      }
      step();
    }
  }
  return newClips.filter(isRecording).length;
}

function remapList(ids: readonly string[], clipId: (id: string) => string): string[] {
  return [...new Set(ids.map(clipId))];
}

function remapRecord<T>(record: Record<string, T> | undefined, clipId: (id: string) => string) {
  if (!record) return record;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [clipId(k), v]));
}

/** The user's work keeps pointing at the same recordings after a merge. */
function remapClipRefs(table: string, row: unknown, clipId: (id: string) => string): unknown {
  if (table === 'requests') {
    const r = row as StoredRequest;
    const verification = r.verification && {
      ...r.verification,
      gone: remapList(r.verification.gone, clipId),
      remaining: remapList(r.verification.remaining, clipId),
      ...(r.verification.unchecked ? { unchecked: remapList(r.verification.unchecked, clipId) } : {}),
    };
    return {
      ...r,
      clipIds: remapList(r.clipIds, clipId),
      providerIds: remapRecord(r.providerIds, clipId),
      ...(r.clipSources ? { clipSources: remapRecord(r.clipSources, clipId) } : {}),
      ...(verification ? { verification } : {}),
    };
  }
  if (table === 'selections') {
    const s = row as StoredSelection;
    return { ...s, clipIds: remapList(s.clipIds, clipId) };
  }
  if (table === 'voices') {
    const v = row as StoredVoice;
    return { ...v, sampleIds: remapList(v.sampleIds, clipId) };
  }
  return row;
}
