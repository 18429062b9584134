// Which export records are the same recording. Amazon gives one recording up to two records (the archive's
// Intent CSV row and audio file, the voice history's record and audio), re-imports and newer exports repeat
// them, and their ids and clocks do not agree. Rules, in order of trust (docs/formats.md, "Amazon archive"
// and "voice history"):
//  1. a shared exact key: the capture id, the utterance id (voice history; the archive's audio names carry
//     it too), the history's record key, the same audio name;
//  2. the same device serial and a time within DEVICE_TOLERANCE_MS, where transcripts (and audio sizes, the
//     fingerprint known before any byte is read) do not contradict;
//  3. for a record without device (an Intent CSV row): the same provider, a time within TEXT_TOLERANCE_MS and
//     the same normalised transcript.
// Never merged: two different utterance ids, two devices (a DEVICE_ARBITRATION record is linked instead),
// two records of one source from one import, two records of one source that both carry a different id.

import { baseName } from '../archive/names';
import { parseUtteranceId } from '../importers/alexa-ids';
import { normaliseKey } from '../importers/link-audio';
import type { Capture, CaptureSourceRef, Source, TranscriptStatus } from '../model';
import { kindOf } from '../model';
import { memoByText } from '../text-memo';

/**
 * Device + time rule. Utterance ids and archive audio names carry the time only to the second
 * (docs/formats.md, utterance id format), and the archive's Intent CSV times (ms, UTC) lie a few hundred
 * ms from the voice history's record times: one second of truncation plus one of clock difference.
 */
export const DEVICE_TOLERANCE_MS = 2_000;
/**
 * Transcript + time rule (no device on one side). Kept as tight as the device rule: a repeated command
 * ("alexa stopp", "alexa stopp") a few seconds apart is two recordings.
 */
export const TEXT_TOLERANCE_MS = 2_000;
/** A DEVICE_ARBITRATION record is the losing device's copy of an utterance; its clock is within a second or two. */
export const ARBITRATION_TOLERANCE_MS = 3_000;

const BUCKET_MS = 1_000;

export function providerOf(source: Source): string {
  if (source === 'alexa-archive' || source === 'alexa-history') return 'amazon';
  return source;
}

/** The capture's sources; rows stored before sources existed have their own source only. */
export function sourcesOf(capture: Capture): CaptureSourceRef[] {
  if (capture.sources?.length) return capture.sources;
  return [
    {
      source: capture.source,
      ...(capture.providerRecordId ? { recordId: capture.providerRecordId } : {}),
      ...(capture.importIds[0] ? { importId: capture.importIds[0] } : {}),
    },
  ];
}

/** Remembered per text: every capture's text is compared, and households repeat their commands. */
const normaliseKnownText = memoByText((text) => normaliseText(text));

/** Case, spacing, punctuation and a leading wake word differ between the exports of one utterance. */
export function normaliseTranscript(text: string | undefined): string {
  return text ? normaliseKnownText(text) : '';
}

function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(alexa|echo|computer|amazon)\s+(?=\S)/, '');
}

/** The utterance id an audio name carries, restored to the provider's spelling where it was URL-encoded. */
export function utteranceIdFromAudioName(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const name = baseName(path);
  if (!parseUtteranceId(name)) return undefined;
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // kept as is
  }
  return decoded.replace(/\.(wav|mp3|ogg|opus|flac|bin)$/i, '');
}

/**
 * One spelling for a record id: scrapers URL-encode utterance ids, archives replace each `/` and `:` by `_`
 * (so `::` becomes `__`), and case differs.
 */
export function recordKeyOf(value: string): string {
  return normaliseKey(value).replace(/_+/g, '_');
}

// Keys and normalised text are read for every candidate pair; captures are never mutated once indexed (a
// merge makes a new object), so they are computed once per capture object.
const memo = new WeakMap<Capture, { utterances?: ReadonlySet<string>; exact?: string[]; text?: string | null }>();
function memoOf(capture: Capture) {
  let m = memo.get(capture);
  if (!m) memo.set(capture, (m = {}));
  return m;
}

/**
 * Record-id strings seen in this import, with their key and whether they are utterance ids: one string is
 * read by many captures and candidate pairs. Emptied when it grows past one large import's worth.
 */
const idInfo = new Map<string, { key: string; utterance: boolean }>();
function infoOf(value: string): { key: string; utterance: boolean } {
  let info = idInfo.get(value);
  if (!info) {
    if (idInfo.size > 200_000) idInfo.clear();
    info = { key: recordKeyOf(value), utterance: parseUtteranceId(value) !== undefined };
    idInfo.set(value, info);
  }
  return info;
}

function refKey(ref: CaptureSourceRef): string | undefined {
  return ref.recordId ? infoOf(ref.recordId).key : undefined;
}

/** The record-id strings a capture carries: its provider id, its sources' ids, its audio file's name. */
function idStrings(capture: Capture): string[] {
  const out: string[] = [];
  if (capture.providerRecordId) out.push(capture.providerRecordId);
  for (const ref of sourcesOf(capture)) if (ref.recordId && !out.includes(ref.recordId)) out.push(ref.recordId);
  return out;
}

/** Shared by every capture without utterance ids (most rows of a large export); never added to. */
const NO_UTTERANCES: ReadonlySet<string> = new Set<string>();

function utteranceKeys(capture: Capture): ReadonlySet<string> {
  const m = memoOf(capture);
  if (!m.utterances) {
    let keys: Set<string> | undefined;
    const values = idStrings(capture);
    if (capture.audioName) values.push(baseName(capture.audioName));
    for (const value of values) {
      const info = infoOf(value);
      if (info.utterance) (keys ??= new Set<string>()).add(info.key);
    }
    m.utterances = keys ?? NO_UTTERANCES;
  }
  return m.utterances;
}

export function exactKeys(capture: Capture): string[] {
  const m = memoOf(capture);
  if (!m.exact) {
    const utterances = utteranceKeys(capture);
    const ids = idStrings(capture);
    if (!utterances.size && !ids.length) m.exact = [`id:${capture.id}`];
    else {
      const keys = new Set<string>([`id:${capture.id}`]);
      for (const key of utterances) keys.add(`rec:${key}`);
      for (const value of ids) keys.add(`rec:${infoOf(value).key}`);
      m.exact = [...keys];
    }
  }
  return m.exact;
}

function isArbitration(capture: Capture): boolean {
  return (
    kindOf(capture) === 'other-device' ||
    capture.providerType === 'DEVICE_ARBITRATION' ||
    !!capture.providerMarkers?.includes('DEVICE_ARBITRATION')
  );
}

function spokenText(capture: Capture): string | undefined {
  if (capture.transcriptStatus !== 'ok') return undefined;
  const m = memoOf(capture);
  if (m.text === undefined) m.text = normaliseTranscript(capture.transcript) || null;
  return m.text ?? undefined;
}

/** An entry of the index: the capture and its audio size where known (within one import: the entry's size). */
export interface IdentityEntry {
  capture: Capture;
  audioSize?: number;
}

/** Whether `a` and `b` may be one recording by the time rules (2 and 3); exact keys are checked apart. */
export function sameRecordingByTime(a: IdentityEntry, b: IdentityEntry): boolean {
  const x = a.capture;
  const y = b.capture;
  if (providerOf(x.source) !== providerOf(y.source)) return false;
  if (x.accountId && y.accountId && x.accountId !== y.accountId) return false;
  if (kindOf(x) !== kindOf(y) || isArbitration(x) || isArbitration(y)) return false;
  const ux = utteranceKeys(x);
  const uy = utteranceKeys(y);
  if (ux.size && uy.size && ![...ux].some((k) => uy.has(k))) return false;
  if (conflictingSources(sourcesOf(x), sourcesOf(y))) return false;
  const dt = Math.abs(x.ts - y.ts);
  const tx = spokenText(x);
  const ty = spokenText(y);
  if (tx && ty && tx !== ty) return false;
  if (x.deviceId && y.deviceId) {
    if (x.deviceId !== y.deviceId || dt > DEVICE_TOLERANCE_MS) return false;
    return a.audioSize === undefined || b.audioSize === undefined || a.audioSize === b.audioSize;
  }
  return dt <= TEXT_TOLERANCE_MS && !!tx && tx === ty;
}

/** Two refs of one source from one import, or of one source with different ids, are two records. */
function conflictingSources(a: readonly CaptureSourceRef[], b: readonly CaptureSourceRef[]): boolean {
  for (const x of a)
    for (const y of b) {
      if (x.source !== y.source) continue;
      if (x.importId !== undefined && x.importId === y.importId) return true;
      if (x.recordId && y.recordId && refKey(x) !== refKey(y)) return true;
    }
  return false;
}

/** Captures looked up by exact key and by time bucket, so a match costs a few comparisons, not a scan. */
export class IdentityIndex {
  private readonly byKey = new Map<string, IdentityEntry>();
  private readonly buckets = new Map<number, IdentityEntry[]>();

  constructor(entries: Iterable<IdentityEntry> = []) {
    for (const entry of entries) this.add(entry);
  }

  add(entry: IdentityEntry): void {
    this.index(entry);
    const bucket = Math.floor(entry.capture.ts / BUCKET_MS);
    const list = this.buckets.get(bucket);
    if (list) list.push(entry);
    else this.buckets.set(bucket, [entry]);
  }

  /** Re-reads the keys of an entry whose capture gained sources (its time never changes). */
  index(entry: IdentityEntry): void {
    for (const key of exactKeys(entry.capture)) if (!this.byKey.has(key)) this.byKey.set(key, entry);
  }

  /**
   * The entry that is the same recording as `probe`, by exact key first, else the nearest by time among
   * those `allowTime` accepts (callers exclude entries that already hold a record of the probe's source
   * from the same batch).
   */
  find(probe: IdentityEntry, allowTime: (entry: IdentityEntry) => boolean = () => true): IdentityEntry | undefined {
    for (const key of exactKeys(probe.capture)) {
      const hit = this.byKey.get(key);
      if (
        hit &&
        hit !== probe &&
        providerOf(hit.capture.source) === providerOf(probe.capture.source) &&
        !conflictingIds(hit.capture, probe.capture)
      )
        return hit;
    }
    return this.nearest(probe, (e) => allowTime(e) && sameRecordingByTime(e, probe));
  }

  /** The nearest entry within `tolerance` that passes `accept`. */
  nearest(
    probe: IdentityEntry,
    accept: (entry: IdentityEntry) => boolean,
    tolerance = Math.max(DEVICE_TOLERANCE_MS, TEXT_TOLERANCE_MS),
  ): IdentityEntry | undefined {
    const ts = probe.capture.ts;
    let best: IdentityEntry | undefined;
    let bestDistance = Infinity;
    for (let b = Math.floor((ts - tolerance) / BUCKET_MS); b <= Math.floor((ts + tolerance) / BUCKET_MS); b++) {
      for (const entry of this.buckets.get(b) ?? []) {
        const distance = Math.abs(entry.capture.ts - ts);
        if (entry === probe || distance > tolerance || distance >= bestDistance || !accept(entry)) continue;
        best = entry;
        bestDistance = distance;
      }
    }
    return best;
  }
}

/** An exact key shared by two captures that carry different utterance ids (a wake-word /0 and its /1) is no match. */
function conflictingIds(a: Capture, b: Capture): boolean {
  if (a.id === b.id) return false;
  const ua = utteranceKeys(a);
  const ub = utteranceKeys(b);
  return ua.size > 0 && ub.size > 0 && ![...ua].some((k) => ub.has(k));
}

const STATUS_RANK: Record<TranscriptStatus, number> = {
  ok: 0,
  'not-intended': 1,
  'not-understood': 2,
  'not-stored': 3,
  missing: 4,
};

/**
 * `other` folded into `base` (whose id, time and source stay): every source kept, the best evidence of each —
 * a transcript beats none, a provider's reason beats "the export does not say why", audio fills a gap,
 * the utterance id is the provider record id where any source has it. Derived fields (category, flags) are
 * left to enrichment, which the caller runs on the result.
 */
export function mergeEvidence(base: Capture, other: Capture): Capture {
  const sources = unionSources(sourcesOf(base), sourcesOf(other));
  const baseText = base.transcriptStatus === 'ok' && !!base.transcript;
  const otherText = other.transcriptStatus === 'ok' && !!other.transcript;
  const merged: Capture = { ...base, sources };
  if (!baseText && otherText) {
    merged.transcript = other.transcript;
    merged.transcriptStatus = 'ok';
  } else if (!baseText) {
    merged.transcriptStatus =
      STATUS_RANK[other.transcriptStatus] < STATUS_RANK[base.transcriptStatus]
        ? other.transcriptStatus
        : base.transcriptStatus;
  }
  const fill = <K extends keyof Capture>(key: K) => {
    if (merged[key] === undefined && other[key] !== undefined) merged[key] = other[key];
  };
  for (const key of [
    'accountId',
    'deviceId',
    'roomId',
    'response',
    'personName',
    'kind',
    'providerType',
    'providerIntent',
  ] as const)
    fill(key);
  if (!merged.audioId && other.audioId) {
    merged.audioId = merged.id;
    merged.audioName = other.audioName;
    merged.durationMs = other.durationMs ?? merged.durationMs;
  }
  merged.durationMs ??= other.durationMs;
  // The utterance id in the provider's own spelling (`…:1.0/2026/…`) beats an archive file name's `_` form.
  const ids = [base.providerRecordId, other.providerRecordId, ...sources.map((s) => s.recordId)];
  const utterances = ids.filter((id): id is string => !!id && infoOf(id).utterance);
  const utterance = utterances.find((id) => id.includes('/')) ?? utterances[0];
  const recordId = utterance ?? base.providerRecordId ?? other.providerRecordId;
  if (recordId) merged.providerRecordId = recordId;
  const markers = [...new Set([...(base.providerMarkers ?? []), ...(other.providerMarkers ?? [])])];
  if (markers.length) merged.providerMarkers = markers;
  merged.importIds = [...new Set([...base.importIds, ...other.importIds])];
  return merged;
}

function unionSources(a: readonly CaptureSourceRef[], b: readonly CaptureSourceRef[]): CaptureSourceRef[] {
  const out: CaptureSourceRef[] = [];
  const seen = new Set<string>();
  for (const ref of [...a, ...b]) {
    // The same record brought again by a re-import is one source (the first import that brought it stays),
    // also when the export was picked as a folder once and as loose files the next time.
    const key = ref.recordId
      ? `${ref.source}\u001f${refKey(ref)}`
      : [ref.source, ref.file?.slice(ref.file.lastIndexOf('/') + 1), ref.line].join('\u001f');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ref);
  }
  return out;
}

/**
 * Links each DEVICE_ARBITRATION capture to the answering device's capture of the same words (another device,
 * within ARBITRATION_TOLERANCE_MS): it stays its own capture of kind `other-device`, the utterance counts once.
 */
export function linkArbitration(captures: readonly Capture[], index: IdentityIndex): Capture[] {
  return captures.map((capture) => {
    if (!isArbitration(capture) || capture.linkedTo) return capture;
    const text = spokenText(capture);
    const answer = index.nearest(
      { capture },
      ({ capture: c }) =>
        !isArbitration(c) &&
        providerOf(c.source) === providerOf(capture.source) &&
        c.deviceId !== capture.deviceId &&
        (!text || !spokenText(c) || spokenText(c) === text),
      ARBITRATION_TOLERANCE_MS,
    );
    const next: Capture = { ...capture, kind: capture.kind ?? 'other-device' };
    if (answer) next.linkedTo = answer.capture.id;
    return next;
  });
}
