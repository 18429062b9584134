// The one place where stored or freshly imported captures get their derived fields: category,
// confidence and flags with reasons (per capture, here), and command groups, voices and the foreign
// score (across the library, in library.ts). The import worker, the classify worker and the CLI all
// call these, so the app and the CLI can never disagree.

import { computeFlags, defaultClassifier, type Classifier } from '../classify';
import type { Capture, Device, Room } from '../model';
import type { NightHours } from '../night';

/** Per-capture audio facts computed at import (shared/audio); optional, audio may be missing. */
export interface CaptureAudioFacts {
  durationMs?: number;
  speechShare?: number;
  loudnessDb?: number;
  pitchHz?: number | null;
  embedding?: Float32Array | number[];
}

export interface EnrichContext {
  /** IANA zone of the household (night flag, local hours). */
  timeZone: string;
  devices: readonly Device[];
  rooms: readonly Room[];
  /** The account that requested the export, where known (foreign detection). */
  accountId?: string;
  audio?: ReadonlyMap<string, CaptureAudioFacts>;
  /** Local hours that count as night (default 23–6). */
  nightHours?: NightHours;
  /** The household-adapted classifier (corrections); the shipped model by default. */
  classifier?: Classifier;
}

/**
 * Returns new capture objects with category and flags recomputed. A category the user corrected stays;
 * flags that other stages own (`foreign`) are kept as they are.
 */
export function enrichCaptures(captures: readonly Capture[], context: EnrichContext): Capture[] {
  const classifier = context.classifier ?? defaultClassifier();
  const roomById = new Map(context.rooms.map((r) => [r.id, r]));
  return captures.map((capture) => {
    const room = capture.roomId ? roomById.get(capture.roomId) : undefined;
    const facts = context.audio?.get(capture.id);
    const { flags, reasons } = computeFlags(
      {
        transcript: capture.transcript,
        transcriptStatus: capture.transcriptStatus,
        providerMarkers: capture.providerMarkers,
        ts: capture.ts,
        roomKind: room?.kind ?? null,
        roomPrivate: room?.private,
        roomName: room?.name,
        features: facts
          ? { speechShare: facts.speechShare, loudnessDb: facts.loudnessDb, pitchHz: facts.pitchHz }
          : undefined,
        transcriptsExpected: capture.source !== 'home-assistant' && capture.source !== 'folder',
      },
      { timeZone: context.timeZone, nightHours: context.nightHours },
    );
    const kept = capture.flags.filter((f) => f === 'foreign');
    const keptReasons = (capture.flagReasons ?? []).filter((r) => r.flag === 'foreign');
    const next: Capture = {
      ...capture,
      flags: [...new Set([...flags, ...kept])],
      flagReasons: [...reasons, ...keptReasons],
    };
    if (!capture.categoryCorrected) {
      const result = classifier.classify(capture.transcriptStatus === 'ok' ? capture.transcript : undefined);
      next.category = result.category;
      next.categoryConfidence = result.confidence;
    }
    return next;
  });
}
