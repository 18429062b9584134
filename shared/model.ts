// The normalised domain model every layer speaks: importers produce it, the database stores it,
// the classifier, reports and letters read it. Stable ids here are stored and exported — never rename.

export const SOURCES = ['alexa-archive', 'alexa-history', 'google-takeout', 'home-assistant', 'folder'] as const;
export type Source = (typeof SOURCES)[number];

export const ROOM_KINDS = ['kitchen', 'living', 'bathroom', 'bedroom', 'kids', 'office', 'hallway', 'other'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];
/** Rooms where a capture is flagged `private-room` by default. */
export const PRIVATE_ROOM_KINDS: readonly RoomKind[] = ['bathroom', 'bedroom'];

export const CATEGORIES = [
  'media',
  'weather',
  'alarms',
  'smarthome',
  'shopping',
  'calendar',
  'communication',
  'news',
  'knowledge',
  'chitchat',
  'unclear',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SENSITIVE_FLAGS = [
  'sensitive:health',
  'sensitive:finance',
  'sensitive:identity',
  'sensitive:intimacy',
  'sensitive:conflict',
] as const;
export const FLAGS = [
  'accidental',
  'not-understood',
  ...SENSITIVE_FLAGS,
  'child',
  'night',
  'private-room',
  'foreign',
] as const;
export type Flag = (typeof FLAGS)[number];

export const TRANSCRIPT_STATUSES = ['ok', 'not-intended', 'not-understood', 'missing'] as const;
export type TranscriptStatus = (typeof TRANSCRIPT_STATUSES)[number];

/** Why a flag was set, shown to the user ("contains 'Tabletten' → health"). */
export interface FlagReason {
  flag: Flag;
  /** Machine-readable kind of evidence, e.g. `lexicon`, `marker`, `time`, `room`, `pitch`, `device`. */
  kind: string;
  /** The evidence itself (matched word, marker text, hour, room name…). */
  detail: string;
}

/** One capture (a clip): small metadata only; audio bytes and peaks live elsewhere. */
export interface Capture {
  /** Stable: hash of provider + account + utterance id, else provider + device + ts + transcript. */
  id: string;
  source: Source;
  accountId?: string;
  /** Epoch milliseconds, UTC. */
  ts: number;
  deviceId?: string;
  roomId?: string;
  transcript?: string;
  transcriptStatus: TranscriptStatus;
  /** The assistant's reply, where the export holds it. */
  response?: string;
  durationMs?: number;
  /** Key into the `audio`/`peaks` tables (same as the capture id when audio exists). */
  audioId?: string;
  /** Name of the audio file inside the export, for the annex and the CLI report. */
  audioName?: string;
  personName?: string;
  /** Provider's record or utterance id, quoted in GDPR annexes. */
  providerRecordId?: string;
  /** Provider markers such as `utteranceType`, kept for the classifier's flag rules. */
  providerMarkers?: string[];
  category: Category;
  categoryConfidence: number;
  /** True when the user corrected the category; corrections win over the model. */
  categoryCorrected?: boolean;
  flags: Flag[];
  flagReasons?: FlagReason[];
  groupId?: string;
  voiceId?: string;
  foreignScore?: number;
  foreignReasons?: string[];
  importIds: string[];
  /** Soft-deleted locally (undo possible until purged). */
  deletedAt?: number;
}

export interface Device {
  /** Serial where known, else derived from the name. */
  id: string;
  name: string;
  model?: string;
  /** Listed in the account's device registration. */
  registered: boolean;
  roomId?: string;
  provider: 'amazon' | 'google' | 'home-assistant' | 'other';
}

export interface Room {
  id: string;
  name: string;
  kind: RoomKind;
  /** Private rooms: bathroom and bedroom by default; the user may change it. */
  private: boolean;
}

export type ImportStatus = 'staging' | 'committed' | 'failed' | 'cancelled';

export interface ImportWarning {
  file: string;
  line?: number;
  message: string;
}

export interface ImportRun {
  id: string;
  startedAt: number;
  finishedAt?: number;
  status: ImportStatus;
  sources: Source[];
  files: { name: string; size: number; sha256?: string }[];
  counts: { captures: number; newCaptures: number; withAudio: number; withoutAudio: number; withoutTranscript: number };
  warnings: ImportWarning[];
  error?: string;
}

export type RequestKind = 'erasure' | 'access' | 'breach-notice' | 'complaint' | 'follow-up';
export type RequestStatus = 'draft' | 'sent' | 'answered' | 'overdue' | 'verified' | 'partly-verified';
export type Language = 'de' | 'en';
