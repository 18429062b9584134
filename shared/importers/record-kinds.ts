// What a provider's record is (docs/taxonomy.md, "Record kinds"; docs/formats.md for the provider types): the
// Alexa voice history's `utteranceType` and the shape of a Google My Activity title decide a record's kind, its
// transcript status when it has no text, and which flag the provider's own word stands for. Real German voice
// histories leave ASR_REPLACEMENT_TEXT empty, so the type — not a marker text — is the signal. An unknown type
// is kept as `unrecognised` with its raw name, never silently counted as a request.

import type { CaptureKind, TranscriptStatus } from '../model';

export interface RecordKind {
  kind: CaptureKind;
  /** The status a record of this type has when it carries no text (undefined: decided by its text). */
  emptyStatus?: Exclude<TranscriptStatus, 'ok'>;
  /** The status whatever its text (the provider kept nothing, or the text is not the household's speech). */
  status?: Exclude<TranscriptStatus, 'ok'>;
}

const ALEXA: Record<string, RecordKind> = {
  GENERAL: { kind: 'capture' },
  ROUTINES_OR_TAP_TO_ALEXA: { kind: 'capture' },
  WAKE_WORD_ONLY: { kind: 'capture', emptyStatus: 'not-intended' },
  FALSE_WAKE_WORD_1P: { kind: 'capture', emptyStatus: 'not-intended' },
  // Silence after the wake word: nothing was asked, so it reads as a wake-up nobody meant (the flag rules
  // treat it as accidental, never also as not understood).
  NO_EXPRESSED_INTENT_SILENCE: { kind: 'capture', emptyStatus: 'not-intended' },
  NO_EXPRESSED_INTENT: { kind: 'capture', emptyStatus: 'not-understood' },
  ASR_TIMEOUT: { kind: 'capture', emptyStatus: 'not-understood' },
  NO_TEXT_OR_AUDIO_STORED: { kind: 'capture', status: 'not-stored' },
  CIF: { kind: 'assistant' },
  DEVICE_ARBITRATION: { kind: 'other-device' },
};

/** Kind of an Alexa voice-history record by its `utteranceType`; absent type: a plain capture. */
export function alexaRecordKind(utteranceType: string | undefined): RecordKind {
  if (!utteranceType) return { kind: 'capture' };
  return ALEXA[utteranceType.trim().toUpperCase()] ?? { kind: 'unrecognised' };
}

export interface GoogleTitle {
  kind: CaptureKind;
  /** Normalised title type ("Said", "Unknown voice command", "Used", …) or, when unknown, the raw title. */
  providerType: string;
  /** What the person said, where the title carries it. */
  transcript?: string;
  status?: Exclude<TranscriptStatus, 'ok'>;
}

type TitleRule = { type: string; kind: CaptureKind; patterns: RegExp[]; spoken?: boolean; status?: 'not-understood' };

// English titles are the ones seen in real exports; the German ones follow Google's German UI wording and are
// matched loosely on purpose (no real German sample was found).
const TITLE_RULES: TitleRule[] = [
  {
    type: 'Said',
    kind: 'capture',
    spoken: true,
    patterns: [/^said\s+(.+)$/is, /^gesagt:?\s+(.+)$/is, /^[„"“](.+)[“"”]\s+gesagt$/is, /^(.+)\s+gesagt$/is],
  },
  {
    type: 'Unknown voice command',
    kind: 'capture',
    status: 'not-understood',
    patterns: [/^unknown voice command$/i, /^unbekannter sprachbefehl$/i, /^sprachbefehl nicht erkannt$/i],
  },
  {
    type: 'Trained voice model',
    kind: 'voice-training',
    patterns: [/^trained voice model$/i, /^sprachmodell trainiert$/i, /^stimmmodell trainiert$/i],
  },
  {
    type: 'Trained face model',
    kind: 'activity',
    patterns: [/^trained face model$/i, /^gesichtsmodell trainiert$/i],
  },
  {
    type: 'Received notification',
    kind: 'activity',
    patterns: [
      /^received\b.*\bnotification\b/is,
      /^benachrichtigung\b.*\berhalten$/is,
      /^.+benachrichtigung erhalten$/is,
    ],
  },
  { type: 'Sent a message', kind: 'activity', patterns: [/^sent a message\b/i, /^nachricht gesendet\b/i] },
  {
    type: 'You asked the Assistant about',
    kind: 'activity',
    patterns: [/^you asked the assistant about\b/i, /^du hast (den|deinen) assistant(en)? .*gefragt/i],
  },
  {
    type: 'Dismissed',
    kind: 'activity',
    patterns: [/^dismissed\s+\S/i, /^.+\s+(verworfen|geschlossen|ausgeblendet)$/is],
  },
  { type: 'Used', kind: 'activity', patterns: [/^used\s+\S/i, /^.+\s+verwendet$/is, /^verwendet:?\s+\S/i] },
  { type: 'Opened', kind: 'activity', patterns: [/^opened\s+\S/i, /^.+\s+geöffnet$/is, /^geöffnet:?\s+\S/i] },
  { type: 'Viewed', kind: 'activity', patterns: [/^viewed\s+\S/i, /^.+\s+angesehen$/is, /^angesehen:?\s+\S/i] },
];

/**
 * The record a Google My Activity title describes. `queryText` is the `q=` of the title's search link: a title
 * whose shape is unknown (a wording we have not seen) but which links a spoken query is still a request.
 */
export function googleTitleKind(title: string | undefined, queryText?: string): GoogleTitle {
  const value = title?.replace(/\s+/g, ' ').trim() ?? '';
  for (const rule of TITLE_RULES) {
    for (const pattern of rule.patterns) {
      const match = pattern.exec(value);
      if (!match) continue;
      if (rule.spoken) return { kind: rule.kind, providerType: rule.type, transcript: match[1]!.trim() || queryText };
      return { kind: rule.kind, providerType: rule.type, status: rule.status };
    }
  }
  if (queryText) return { kind: 'capture', providerType: value || 'Said', transcript: queryText };
  return { kind: 'unrecognised', providerType: value.slice(0, 80) || '(no title)' };
}
