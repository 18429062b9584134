// The flag rules of docs/taxonomy.md for one capture: accidental / not-understood (provider markers, transcript
// status, the text itself, audio features), sensitive:* (lexicons, patterns, loudness), child (content,
// pitch), night (local time, DST-correct through Intl) and private-room. Every flag carries a reason.
//
// Accidental and not-understood exclude each other: the flag with the strongest evidence stays (the provider's
// record type first — real German histories say it only there, with an empty marker text).
//
// DEVICE_ARBITRATION is deliberately NOT accidental: it marks a wake-word race between several Echos —
// the person did address Alexa, another device answered. Flagging it would inflate the false-wake count.

import { isNightHour, type NightHours } from '../night';
import { PRIVATE_ROOM_KINDS, type Flag, type FlagReason, type RoomKind, type TranscriptStatus } from '../model';
import { matchLexicons, matchPatterns, tokenise } from './lexicon-match';
import { foldText, hasWakeWord, normalise } from './normalise';
import { DAY, HOUR, zoneClock } from '../time/zones';
import { memoByText } from '../text-memo';

export interface FlagInput {
  transcript?: string;
  transcriptStatus: TranscriptStatus;
  providerMarkers?: string[];
  ts: number;
  roomKind?: RoomKind | null;
  roomPrivate?: boolean;
  roomName?: string;
  features?: { speechShare?: number; loudnessDb?: number; pitchHz?: number | null };
}

/** Loudness (RMS dBFS of voiced frames, see shared/audio) at which speech counts as shouting. */
export const SHOUT_DB = -10;
/** Median pitch above which a voice is most likely a child's (adult voices: ~85–255 Hz). */
export const CHILD_PITCH_HZ = 255;
const SPEECH_PRESENT = 0.3;

// Provider record types (Alexa `utteranceType`, `activityStatus`, Google title types), matched whole: the type
// is the provider's own word, and real German histories carry no marker text at all (docs/formats.md).
const ACCIDENTAL_TYPES = new Set([
  'WAKE_WORD_ONLY',
  'FALSE_WAKE_WORD_1P',
  'NO_EXPRESSED_INTENT_SILENCE',
  'DISCARDED_NON_DEVICE_DIRECTED_INTENT',
]);
const NOT_UNDERSTOOD_TYPES = new Set(['ASR_TIMEOUT', 'NO_EXPRESSED_INTENT', 'UNKNOWN_VOICE_COMMAND']);
const typeKey = (marker: string) =>
  marker
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');

const ACCIDENTAL_MARKERS = [
  'not intended',
  'nicht fuer alexa bestimmt',
  'nicht fuer dieses geraet bestimmt',
  'war nicht fuer',
  'nicht an alexa gerichtet',
];
const NOT_UNDERSTOOD_MARKERS = [
  'could not be understood',
  'not understood',
  'text not available',
  'no text stored',
  'nicht verstanden',
  'konnte nicht verstanden werden',
  'kein text verfuegbar',
  'kein text gespeichert',
];

// Openers of commands and questions; conversation rarely starts with them.
const COMMAND_START = new Set(
  (
    'spiel spiele mach mache schalte schalt stell stelle setz setze wie was wann wo wer welche welcher welches ' +
    'zeig zeige sag sage erzaehl erinnere weck wecke ruf rufe schick schicke lies bestell bestelle fuege fueg ' +
    'oeffne schliesse dimm dimme starte stopp stop pause weiter lauter leiser gibt ist sind hat kannst brauche ' +
    'play set turn show tell remind wake call send read order add open close dim start stop pause resume what ' +
    'whats how when where who which is are do does can could will would please whats'
  ).split(' '),
);
const CHAT_MARKERS =
  /\b(?:und dann|hab ich|habe ich ihm|hat er|hat sie|hat gesagt|weisst du|weisst|naja|also ich|ich glaub|keine ahnung|der hat|die hat|gestern war|and then|i told|he said|she said|you know|i mean|i think he|i think she|anyway|like i said|whatever)\b/;

function markerFlags(markers: readonly string[], transcript: string | undefined): FlagReason[] {
  const reasons: FlagReason[] = [];
  // A transcript counts as a marker only when it looks like one ("Audio was not …"), not when a person
  // merely says "not understood" in a sentence.
  const transcriptIsMarker = transcript !== undefined && textFacts(transcript).isMarker;
  if (!markers.length && !transcriptIsMarker) return reasons;
  const texts = [...markers, ...(transcriptIsMarker ? [transcript] : [])];
  for (const marker of texts) {
    const type = typeKey(marker);
    const folded = foldText(marker);
    if (ACCIDENTAL_TYPES.has(type)) reasons.push({ flag: 'accidental', kind: 'marker', detail: marker });
    else if (NOT_UNDERSTOOD_TYPES.has(type)) reasons.push({ flag: 'not-understood', kind: 'marker', detail: marker });
    else if (ACCIDENTAL_MARKERS.some((m) => folded.includes(m))) {
      reasons.push({ flag: 'accidental', kind: 'marker', detail: marker });
    } else if (NOT_UNDERSTOOD_MARKERS.some((m) => folded.includes(m))) {
      reasons.push({ flag: 'not-understood', kind: 'marker', detail: marker });
    }
  }
  return reasons;
}

// How much each kind of evidence for accidental / not understood weighs: the provider's record type over its
// transcript status and marker texts, over what the text or the audio suggest.
const EVIDENCE_RANK: Record<string, number> = { status: 3, marker: 3, text: 2, audio: 1 };
const isProviderType = (r: FlagReason) =>
  r.kind === 'marker' && (ACCIDENTAL_TYPES.has(typeKey(r.detail)) || NOT_UNDERSTOOD_TYPES.has(typeKey(r.detail)));
const evidenceRank = (r: FlagReason) => (isProviderType(r) ? 4 : (EVIDENCE_RANK[r.kind] ?? 0));

/**
 * A recording is either accidental or not understood, never both: the flag with the strongest evidence stays
 * (accidental on a tie — a recording nobody meant is what the household wants to know about).
 */
function oneOfAccidentalOrNotUnderstood(reasons: FlagReason[]): FlagReason[] {
  // Most captures carry neither flag: nothing to rank.
  let accidentalOrNot = 0;
  for (const r of reasons) if (r.flag === 'accidental' || r.flag === 'not-understood') accidentalOrNot++;
  if (accidentalOrNot < 2) return reasons;
  const rank = (flag: Flag) => Math.max(-1, ...reasons.filter((r) => r.flag === flag).map(evidenceRank));
  const accidental = rank('accidental');
  const notUnderstood = rank('not-understood');
  if (accidental < 0 || notUnderstood < 0) return reasons;
  const drop: Flag = accidental >= notUnderstood ? 'not-understood' : 'accidental';
  return reasons.filter((r) => r.flag !== drop);
}

/** Conversation picked up by mistake (text alone): long, no wake word, no command opener, chat markers. */
function conversationText(transcript: string, normalised: string): FlagReason | undefined {
  const words = normalised.split(' ').filter(Boolean);
  if (words.length < 6 || hasWakeWord(transcript) || COMMAND_START.has(words[0]!)) return undefined;
  const chat = CHAT_MARKERS.exec(normalised);
  if (!chat && words.length < 14) return undefined;
  return { flag: 'accidental', kind: 'text', detail: chat ? chat[0] : `${words.length} words, no command` };
}

/** What the rules read from a transcript's text alone. */
interface TextFacts {
  isMarker: boolean;
  wakeWordOnly: boolean;
  conversation: FlagReason | undefined;
  /** Lexicon and pattern hits, in that order. */
  hits: FlagReason[];
}

/**
 * Households repeat the same few hundred commands thousands of times, and folding, tokenising and matching
 * a transcript was most of flagging a library; the facts of a text are remembered (bounded, cleared when full).
 */
const textFacts = memoByText((transcript: string): TextFacts => {
  const normalised = normalise(transcript);
  const hits: FlagReason[] = [];
  for (const hit of matchLexicons(tokenise(transcript)))
    hits.push({ flag: hit.flag, kind: 'lexicon', detail: hit.detail });
  for (const hit of matchPatterns(transcript)) hits.push({ flag: hit.flag, kind: hit.kind, detail: hit.detail });
  return {
    isMarker: /^(?:audio|text not available|no text|kein text)/.test(foldText(transcript)),
    wakeWordOnly: !normalised && hasWakeWord(transcript),
    conversation: conversationText(transcript, normalised),
    hits,
  };
});

/**
 * Local hour 0–23 of `ts` in `timeZone`, DST-correct for that very instant. Through the zone's cached
 * offsets (shared/time/zones.ts) rather than an Intl call per capture: the flags of every capture need it.
 */
export function localHour(ts: number, timeZone: string): number {
  const local = zoneClock(timeZone).toLocal(ts);
  return Math.floor((((local % DAY) + DAY) % DAY) / HOUR);
}

export function computeFlags(
  input: FlagInput,
  context: { timeZone: string; nightHours?: NightHours },
): { flags: Flag[]; reasons: FlagReason[] } {
  const reasons: FlagReason[] = [];
  const transcript = input.transcript?.trim() || undefined;
  const speechShare = input.features?.speechShare;

  const fromMarkers = markerFlags(input.providerMarkers ?? [], transcript);
  for (const r of fromMarkers) reasons.push(r);
  if (input.transcriptStatus === 'not-intended')
    reasons.push({ flag: 'accidental', kind: 'status', detail: 'not-intended' });
  if (input.transcriptStatus === 'not-understood') {
    reasons.push({ flag: 'not-understood', kind: 'status', detail: 'not-understood' });
  }
  // No transcript and no export saying why (status `missing`): that stays unknown — the audio alone (speech or
  // none) is no evidence of accidental or not understood. The Amazon archive leaves out the text of exactly its
  // accidental recordings, which are full of speech ("alexa"), so a guess from the audio was wrong there.
  const markerOnly = reasons.some((r) => r.kind === 'marker' && r.detail === transcript);
  const text = transcript ? textFacts(transcript) : undefined;
  if (text && !markerOnly && input.transcriptStatus === 'ok') {
    if (text.wakeWordOnly) {
      reasons.push({ flag: 'accidental', kind: 'text', detail: 'wake word only' });
    } else if (text.conversation && !(speechShare !== undefined && speechShare < 0.4)) {
      // Audio refinement: a false wake on conversation is continuous speech; mostly silence argues against it.
      reasons.push({ ...text.conversation });
    }
  }

  if (text && !markerOnly) for (const hit of text.hits) reasons.push({ ...hit });
  const loudness = input.features?.loudnessDb;
  if (loudness !== undefined && loudness >= SHOUT_DB && (speechShare === undefined || speechShare >= SPEECH_PRESENT)) {
    reasons.push({ flag: 'sensitive:conflict', kind: 'loudness', detail: `${loudness.toFixed(1)} dBFS` });
  }
  const pitch = input.features?.pitchHz;
  if (pitch != null && pitch >= CHILD_PITCH_HZ) {
    reasons.push({ flag: 'child', kind: 'pitch', detail: `${Math.round(pitch)} Hz` });
  }

  const hour = localHour(input.ts, context.timeZone);
  if (isNightHour(hour, context.nightHours))
    reasons.push({ flag: 'night', kind: 'time', detail: `${String(hour).padStart(2, '0')}:00` });
  const isPrivate = input.roomPrivate ?? (input.roomKind ? PRIVATE_ROOM_KINDS.includes(input.roomKind) : false);
  if (isPrivate)
    reasons.push({ flag: 'private-room', kind: 'room', detail: input.roomName ?? input.roomKind ?? 'private' });

  const kept = oneOfAccidentalOrNotUnderstood(reasons);
  const flags: Flag[] = [];
  for (const r of kept) if (!flags.includes(r.flag)) flags.push(r.flag);
  return { flags, reasons: kept };
}
