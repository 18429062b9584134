// Audio ↔ transcript linking, in order of trust: an explicit id (utterance id, audioFiles[]); else the device
// serial plus the time encoded in the audio's name; else the nearest timestamp within a tolerance, with a
// warning when two candidates are about equally near. Never by file order. Unlinked audio becomes its own
// capture (audio without transcript) and unlinked transcripts keep no audio.

import type { ImportWarning } from '../model';
import type { InputEntry, RawCapture } from './types';
import { notice } from './notices';

export interface AudioCandidate {
  entry: InputEntry;
  /** Explicit key shared with a transcript record (utterance id, audioFiles name), normalised by the caller. */
  key?: string;
  deviceId?: string;
  ts?: number;
  durationMs?: number;
}

export interface LinkOptions {
  /** Max |audio.ts − capture.ts| for time-based links. */
  toleranceMs: number;
  /** Audio names are often a few seconds after the record (Google: +2–3 s); shifts the comparison. */
  expectedLagMs?: number;
  /** Builds the capture for audio that matched no transcript. */
  orphan: (audio: AudioCandidate) => RawCapture | undefined;
  /** Key of a capture for explicit matching (e.g. its utterance id). */
  keyOf?: (capture: RawCapture) => string | undefined;
}

export interface LinkResult {
  captures: RawCapture[];
  warnings: ImportWarning[];
  linked: number;
}

export function linkAudio(captures: RawCapture[], audio: AudioCandidate[], options: LinkOptions): LinkResult {
  const warnings: ImportWarning[] = [];
  const free = new Set(audio);
  const out = captures.map((c) => ({ ...c }));
  const attach = (capture: RawCapture, candidate: AudioCandidate) => {
    capture.audio = candidate.entry;
    capture.durationMs ??= candidate.durationMs;
    if (!capture.deviceId && candidate.deviceId) capture.deviceId = candidate.deviceId;
    free.delete(candidate);
  };

  // 1. explicit keys
  if (options.keyOf) {
    const byKey = new Map<string, AudioCandidate>();
    for (const a of audio) if (a.key) byKey.set(a.key, a);
    for (const capture of out) {
      const key = options.keyOf(capture);
      const candidate = key ? byKey.get(key) : undefined;
      if (candidate && free.has(candidate) && !capture.audio) attach(capture, candidate);
    }
  }

  const lag = options.expectedLagMs ?? 0;
  // Candidates sorted by time so each capture only looks at the clips inside its tolerance window
  // (a 15k-clip archive would otherwise compare 200 million pairs).
  const timed = audio.filter((a) => a.ts !== undefined).sort((a, b) => a.ts! - b.ts!);
  const firstAtOrAfter = (t: number) => {
    let lo = 0;
    let hi = timed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (timed[mid]!.ts! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const timeLink = (sameDevice: boolean) => {
    // Greedy on global nearest pairs so one close pair is never stolen by a farther one processed earlier.
    const pairs: { capture: RawCapture; candidate: AudioCandidate; distance: number }[] = [];
    for (const capture of out) {
      if (capture.audio) continue;
      const centre = capture.ts + lag;
      for (
        let i = firstAtOrAfter(centre - options.toleranceMs);
        i < timed.length && timed[i]!.ts! <= centre + options.toleranceMs;
        i++
      ) {
        const candidate = timed[i]!;
        if (!free.has(candidate)) continue;
        if (sameDevice && (!candidate.deviceId || candidate.deviceId !== capture.deviceId)) continue;
        pairs.push({ capture, candidate, distance: Math.abs(candidate.ts! - centre) });
      }
    }
    pairs.sort((a, b) => a.distance - b.distance);
    const byCapture = new Map<RawCapture, typeof pairs>();
    for (const pair of pairs) byCapture.set(pair.capture, [...(byCapture.get(pair.capture) ?? []), pair]);
    for (const pair of pairs) {
      if (pair.capture.audio || !free.has(pair.candidate)) continue;
      const rival = byCapture
        .get(pair.capture)!
        .find(
          (p) => p !== pair && p.capture === pair.capture && free.has(p.candidate) && p.distance - pair.distance < 1000,
        );
      if (rival && !sameDevice) {
        warnings.push(
          notice('audio-ambiguous', pair.candidate.entry.path, {
            transcript: pair.capture.transcript ?? '–',
            other: rival.candidate.entry.path,
          }),
        );
      }
      attach(pair.capture, pair.candidate);
    }
  };
  // 2. device serial + time (names carry both), 3. nearest time alone
  timeLink(true);
  timeLink(false);

  let linked = 0;
  for (const c of out) if (c.audio) linked++;
  for (const candidate of audio) {
    if (!free.has(candidate)) continue;
    const orphan = options.orphan(candidate);
    if (orphan) out.push(orphan);
  }
  return { captures: out, warnings, linked };
}

/** Utterance ids contain "/" and ":"; scrapers save them URL-encoded or with those replaced. One form for all. */
export function normaliseKey(value: string): string {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // not URL-encoded
  }
  return decoded
    .replace(/\.(wav|mp3|ogg|opus|flac|bin)$/i, '')
    .replace(/[/:\\#?%\s]+/g, '_')
    .toLowerCase();
}
