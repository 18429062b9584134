// Across imports: a record of this import that is a recording the library already holds merges INTO that
// clip (its id stays, the evidence is the union), never into a second clip. Only the library's captures
// within this import's time range are compared (the caller reads them by the `ts` index).

import type { Capture, Source } from '../model';
import type { InputEntry } from '../importers/types';
import {
  DEVICE_TOLERANCE_MS,
  IdentityIndex,
  mergeEvidence,
  sourcesOf,
  TEXT_TOLERANCE_MS,
  type IdentityEntry,
} from './identity';

/** How far beyond this import's first and last capture the library must be read. */
export const LIBRARY_WINDOW_MS = Math.max(DEVICE_TOLERANCE_MS, TEXT_TOLERANCE_MS);

export interface AbsorbResult {
  /** This import's captures, those that are library recordings replaced by the merged library capture. */
  captures: Capture[];
  /** Ids of library captures this import merged evidence into. */
  mergedInto: Set<string>;
}

/**
 * Matches `incoming` (one import, already merged within itself) against `library` and folds each match into
 * the library capture. `audio` (capture id → entry) follows: a new record's audio moves to the library clip
 * when that clip has none, and is dropped when it has.
 */
export function absorbIntoLibrary(
  incoming: readonly Capture[],
  library: readonly Capture[],
  audio: Map<string, InputEntry>,
): AbsorbResult {
  const index = new IdentityIndex();
  const entries = new Map<string, IdentityEntry>();
  for (const capture of library) {
    const entry = { capture };
    index.add(entry);
    entries.set(capture.id, entry);
  }
  // Sources each library clip took from this import: one import never holds one recording twice.
  const taken = new Map<IdentityEntry, Set<Source>>();
  const out = new Map<string, Capture>();
  const mergedInto = new Set<string>();
  for (const capture of incoming) {
    const own = sourcesOf(capture).map((s) => s.source);
    const entry = audio.get(capture.id);
    const hit = index.find({ capture, audioSize: entry?.size }, (e) => !own.some((s) => taken.get(e)?.has(s)));
    if (!hit || !entries.has(hit.capture.id)) {
      out.set(capture.id, capture);
      continue;
    }
    const hadAudio = !!hit.capture.audioId;
    hit.capture = mergeEvidence(hit.capture, capture);
    const set = taken.get(hit) ?? new Set<Source>();
    for (const s of own) set.add(s);
    taken.set(hit, set);
    index.index(hit);
    audio.delete(capture.id);
    if (entry && !hadAudio && hit.capture.audioId === hit.capture.id) audio.set(hit.capture.id, entry);
    mergedInto.add(hit.capture.id);
    out.set(hit.capture.id, hit.capture);
  }
  return { captures: [...out.values()].sort((a, b) => a.ts - b.ts || a.id.localeCompare(b.id)), mergedInto };
}

/** Fields a merge may change on a library clip; everything else (user edits, voice, group, deletion) stays. */
const EVIDENCE_FIELDS = [
  'transcript',
  'transcriptStatus',
  'accountId',
  'deviceId',
  'roomId',
  'response',
  'durationMs',
  'audioId',
  'audioName',
  'personName',
  'providerRecordId',
  'providerMarkers',
  'kind',
  'providerType',
  'linkedTo',
  'sources',
  'providerIntent',
  'dialogueOf',
  'flags',
  'flagReasons',
] as const satisfies readonly (keyof Capture)[];
const CATEGORY_FIELDS = [
  'category',
  'categoryConfidence',
  'categorySource',
] as const satisfies readonly (keyof Capture)[];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Whether merging changed what the library knows about a clip (a plain re-import changes nothing). */
export function evidenceChanged(before: Capture, after: Capture): boolean {
  return [...EVIDENCE_FIELDS, ...CATEGORY_FIELDS].some((key) => !same(before[key], after[key]));
}

/** The stored clip as it is at commit time, with a merge's evidence applied; a corrected category stays. */
export function applyMerged<T extends Capture>(current: T, merged: Capture): T {
  const next = { ...current } as Record<string, unknown>;
  const fields: readonly (keyof Capture)[] = current.categoryCorrected
    ? EVIDENCE_FIELDS
    : [...EVIDENCE_FIELDS, ...CATEGORY_FIELDS];
  for (const key of fields) {
    if (merged[key] === undefined) delete next[key];
    else next[key] = merged[key];
  }
  return next as T;
}
