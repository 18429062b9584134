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

/**
 * Why a capture has (no) text. `missing`: no source of the capture says why it has no text — shown as
 * "no transcript — the export does not say why", never guessed as accidental or not understood.
 * `not-stored`: the provider says it kept neither text nor audio (Alexa `NO_TEXT_OR_AUDIO_STORED`).
 */
export const TRANSCRIPT_STATUSES = ['ok', 'not-intended', 'not-understood', 'not-stored', 'missing'] as const;
export type TranscriptStatus = (typeof TRANSCRIPT_STATUSES)[number];

/**
 * What a provider's record is, before any flag (docs/taxonomy.md, "Record kinds"). Views, counts, reports and
 * letters default to `capture`; the others are shown through a filter and counted apart.
 * - `capture`: the device recorded the room (requests, accidental and wake-word-only activations, not understood);
 * - `other-device`: the same utterance heard by a second device that did not answer (Alexa DEVICE_ARBITRATION),
 *   linked to the answering device's capture by `linkedTo`;
 * - `assistant`: the assistant spoke or acted on its own (Alexa CIF prompts);
 * - `voice-training`: Voice Match / voice-profile training clips;
 * - `activity`: events without a recording (notifications, "Used …", "Sent a message", face-model training);
 * - `unrecognised`: a provider record type Earshot does not know; kept with its raw name (`providerType`) and
 *   counted apart, never folded into `capture`.
 */
export const CAPTURE_KINDS = [
  'capture',
  'other-device',
  'assistant',
  'voice-training',
  'activity',
  'unrecognised',
] as const;
export type CaptureKind = (typeof CAPTURE_KINDS)[number];

/** A capture's kind; rows stored before kinds existed have none and are captures. */
export function kindOf(capture: { kind?: CaptureKind }): CaptureKind {
  return capture.kind ?? 'capture';
}

/** The provider's own understanding of a request (Alexa voice history `domain`/`intent`, Intent CSV columns). */
export interface ProviderIntent {
  provider: 'amazon' | 'google';
  domain: string;
  intent?: string;
}

/** Where a category came from: the provider's intent, the text classifier, the dialogue it belongs to, or the user. */
export type CategorySource = 'provider' | 'text' | 'dialogue' | 'user';

/** One export record that contributed to a capture (a merged capture lists every one). */
export interface CaptureSourceRef {
  source: Source;
  /** The provider's id for this record (utterance id, record key), quoted in annexes. */
  recordId?: string;
  /** File (and line) inside the export that held the record. */
  file?: string;
  line?: number;
  /** The import run that brought this record. */
  importId?: string;
}

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
  /** What the record is (absent on old rows: `capture`); use `kindOf()`. */
  kind?: CaptureKind;
  /** The provider's raw record type (Alexa `utteranceType`, Google title type), shown for `unrecognised` kinds. */
  providerType?: string;
  /** For `other-device`: the id of the answering device's capture of the same utterance. */
  linkedTo?: string;
  /** Every export record merged into this capture (archive + voice history + re-imports). */
  sources?: CaptureSourceRef[];
  /** The provider's own intent, used before the text classifier. */
  providerIntent?: ProviderIntent;
  /** Where `category` came from. */
  categorySource?: CategorySource;
  /** The capture this one answers in a dialogue (a follow-up turn: "ja", a title), same device, seconds later. */
  dialogueOf?: string;
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
  /** English text, for the CLI and logs; the UI shows the translation of `code` with `params`. */
  message: string;
  /** Stable notice id (shared/importers/notices.ts), translated by the UI. */
  code?: string;
  /** Values for the translated text (file names, counts, raw provider types). */
  params?: Record<string, string | number>;
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
