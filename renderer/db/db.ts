// The one Dexie schema of Earshot. Every version ever shipped stays declared here, in order; a version that
// transforms data attaches its upgrade function (./upgrade-v2.ts) and has a test that opens a database of the
// previous version (test/unit/renderer/db/upgrade-v2.test.ts). Only the repositories in ./repos touch these
// tables.

import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Capture, Device, ImportRun, Room } from '../../shared/model';
import type { CachedColumns } from '../library/columns-cache';
import type { StoredRequest, StoredSelection, StoredVoice } from './records';
import { sealMiddleware } from './crypto/middleware';
import { moveFlaggedStaging } from './upgrade-v2';

export const DB_NAME = 'earshot';

/** Original audio bytes; kept out of `clips` so lists and the timeline never read them. */
export interface AudioRow {
  clipId: string;
  blob: Blob;
  mime: string;
  /** Name inside the export (display and annex only — never used as a path). */
  name: string;
  sha256?: string;
}

/** Waveform peaks and audio features computed once at import. */
export interface PeaksRow {
  clipId: string;
  /** Interleaved min,max per bucket, ±127. */
  peaks: Int8Array;
  durationMs: number;
  loudnessDb: number | null;
  peakDb: number | null;
  speechShare: number | null;
  pitchHz: number | null;
  gainDb: number;
  embedding?: Float32Array;
  /** Set by the import when pitch and embedding are still to be computed (by the library worker). */
  voicePending?: boolean;
}

/** Links from an import run to captures that existed before it; applied when the run commits. */
export interface ImportLinkRow {
  importId: string;
  clipId: string;
  /** The clip with this run's records merged in (new sources, filled gaps, recomputed flags), applied at commit. */
  merged?: Capture;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The columnar index, cached so a cold start does not rebuild it from 100,000 rows. */
export interface ColumnsCacheRow {
  key: 'library';
  /** Bumped on every library change; the cache is valid while it matches settings.libraryVersion. */
  version: number;
  /** Read with `fromCachedColumns`, written with `toStoredColumns` (library/columns-cache.ts). */
  columns: CachedColumns;
}

/** A committed capture: readers of `clips` never see a row of a running import. */
export type ClipRow = Capture;

/**
 * Rows of an import run that has not committed, in tables of their own keyed by [importId+…] (docs/architecture.md,
 * "Staging and commit"). Table names start with `staged`. Captures are staged one row per batch: no index to
 * maintain and one read per batch at commit, which writes each capture into `clips` once.
 */
export interface StagedClipRow {
  importId: string;
  /** 0, 1, 2… in staging order. */
  batch: number;
  captures: Capture[];
}
/**
 * Audio and peaks: the row they become at commit, plus the run. Staged audio is only audio a run brings for a
 * clip the library already holds (a new capture's audio goes straight into `audio`: repos/imports.ts).
 */
export type StagedAudioRow = AudioRow & { importId: string };
export type StagedPeaksRow = PeaksRow & { importId: string };

export class EarshotDb extends Dexie {
  clips!: EntityTable<ClipRow, 'id'>;
  audio!: EntityTable<AudioRow, 'clipId'>;
  peaks!: EntityTable<PeaksRow, 'clipId'>;
  devices!: EntityTable<Device, 'id'>;
  rooms!: EntityTable<Room, 'id'>;
  imports!: EntityTable<ImportRun, 'id'>;
  importLinks!: Table<ImportLinkRow, [string, string]>;
  requests!: EntityTable<StoredRequest, 'id'>;
  selections!: EntityTable<StoredSelection, 'id'>;
  voices!: EntityTable<StoredVoice, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  columnsCache!: EntityTable<ColumnsCacheRow, 'key'>;
  stagedClips!: Table<StagedClipRow, [string, number]>;
  stagedAudio!: Table<StagedAudioRow, [string, string]>;
  stagedPeaks!: Table<StagedPeaksRow, [string, string]>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      clips: 'id, ts, [roomId+ts], [deviceId+ts], category, *flags, groupId, *importIds, voiceId, stagedBy, deletedAt',
      audio: 'clipId',
      peaks: 'clipId',
      devices: 'id, roomId',
      rooms: 'id, kind',
      imports: 'id, status, startedAt',
      importLinks: '[importId+clipId], importId',
      requests: 'id, status, kind, createdAt',
      selections: 'id, name',
      voices: 'id',
      settings: 'key',
      columnsCache: 'key',
    });
    // Staging by table: a running import's rows live in the staged* tables (the audio of its new captures in
    // `audio`, unreachable until their clips commit: repos/imports.ts), so no reader needs a filter. Indexes
    // no query used are dropped (clips.category, clips.stagedBy, devices.roomId, imports.startedAt,
    // requests.status/kind, selections.name). The upgrade moves rows of unfinished runs into the new tables.
    this.version(2)
      .stores({
        clips: 'id, ts, [roomId+ts], [deviceId+ts], *flags, groupId, *importIds, voiceId, deletedAt',
        devices: 'id',
        imports: 'id, status',
        requests: 'id, createdAt',
        selections: 'id',
        stagedClips: '[importId+batch]',
        stagedAudio: '[importId+clipId]',
        stagedPeaks: '[importId+clipId]',
      })
      .upgrade(moveFlaggedStaging);
    // Encryption at rest (crypto/middleware.ts): a pass-through while encryption is off.
    this.use(sealMiddleware);
  }
}

let instance: EarshotDb | undefined;

/** The app's database (one per page or worker). */
export function getDb(): EarshotDb {
  instance ??= new EarshotDb();
  return instance;
}

/** For tests: use a database with another name (fresh per test). */
export function setDbForTesting(db: EarshotDb | undefined): void {
  instance = db;
}
