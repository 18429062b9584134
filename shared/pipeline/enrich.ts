// The one place where stored or freshly imported captures get their derived fields: category,
// confidence and flags with reasons (per capture, here), and command groups, voices and the foreign
// score (across the library, in library.ts). The import worker, the classify worker and the CLI all
// call these, so the app and the CLI can never disagree.

import { computeFlags, defaultClassifier, type Classifier } from '../classify';
import { followUpTurns, type DialogueTurn } from '../classify/dialogue';
import { categoryOfProviderIntent } from '../classify/provider-intents';
import { kindOf, type Capture, type Device, type Room } from '../model';
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

/** Record kinds that are no recording of the room: no flags of their own, no category from their text. */
const NOT_RECORDINGS = new Set(['assistant', 'activity']);

/**
 * Returns new capture objects with category and flags recomputed. A category the user corrected stays;
 * otherwise the provider's own intent decides before the text classifier, and a short follow-up turn whose text
 * says nothing takes its dialogue's category (turns whose previous turn is in the same call; across calls see
 * shared/classify/dialogue.ts). Flags that other stages own (`foreign`) are kept as they are.
 */
export function enrichCaptures(captures: readonly Capture[], context: EnrichContext): Capture[] {
  const classifier = context.classifier ?? defaultClassifier();
  const roomById = new Map(context.rooms.map((r) => [r.id, r]));
  const ownConfidence = new Map<string, number>();
  const inBatch = new Set(captures.map((c) => c.id));
  const enriched = captures.map((capture): Capture => {
    const recording = !NOT_RECORDINGS.has(kindOf(capture));
    const { flags, reasons } = flagsOf(capture, context, roomById, recording);
    if (capture.categoryCorrected) return { ...capture, flags, flagReasons: reasons, categorySource: 'user' };
    const fromProvider = recording ? categoryOfProviderIntent(capture.providerIntent) : undefined;
    const result = classifier.classify(recording && capture.transcriptStatus === 'ok' ? capture.transcript : undefined);
    ownConfidence.set(capture.id, result.confidence);
    // The new object in one literal with its final category fields (the keys in the same order as when they were
    // set one by one): a store per field into 105,000 fresh copies was most of this pass (bench/HISTORY.md).
    const next: Capture = fromProvider
      ? {
          ...capture,
          flags,
          flagReasons: reasons,
          category: fromProvider,
          categoryConfidence: Math.max(result.category === fromProvider ? result.confidence : 0, PROVIDER_CONFIDENCE),
          categorySource: 'provider',
        }
      : {
          ...capture,
          flags,
          flagReasons: reasons,
          category: result.category,
          categoryConfidence: result.confidence,
          categorySource: 'text',
        };
    if (capture.dialogueOf === undefined && !Object.prototype.hasOwnProperty.call(capture, 'dialogueOf')) return next;
    delete next.dialogueOf;
    // A follow-up linked across batches earlier keeps its dialogue when its previous turn is not here.
    if (
      !fromProvider &&
      capture.categorySource === 'dialogue' &&
      capture.dialogueOf &&
      !inBatch.has(capture.dialogueOf)
    ) {
      next.category = capture.category;
      next.categoryConfidence = capture.categoryConfidence;
      next.categorySource = 'dialogue';
      next.dialogueOf = capture.dialogueOf;
    }
    return next;
  });
  return applyDialogues(enriched, ownConfidence);
}

/**
 * A capture's flags and reasons as `enrichCaptures` gives them (the only part of its result that depends on the
 * audio facts): for a caller that enriched before a capture's audio was analysed and sets them again once it is.
 */
export function flagsOf(
  capture: Capture,
  context: EnrichContext,
  roomById: ReadonlyMap<string, Room> = new Map(context.rooms.map((r) => [r.id, r])),
  recording = !NOT_RECORDINGS.has(kindOf(capture)),
): { flags: Capture['flags']; reasons: NonNullable<Capture['flagReasons']> } {
  const room = capture.roomId ? roomById.get(capture.roomId) : undefined;
  const facts = context.audio?.get(capture.id);
  const { flags, reasons } = recording
    ? computeFlags(
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
        },
        { timeZone: context.timeZone, nightHours: context.nightHours },
      )
    : { flags: [], reasons: [] };
  // computeFlags gives fresh arrays of distinct flags: only a kept `foreign` flag needs adding.
  if (capture.flags.includes('foreign')) flags.push('foreign');
  if (capture.flagReasons) for (const r of capture.flagReasons) if (r.flag === 'foreign') reasons.push(r);
  return { flags, reasons };
}

/** Confidence shown for a category taken from the provider's intent (the provider's word, not a guess). */
const PROVIDER_CONFIDENCE = 0.95;

function applyDialogues(captures: Capture[], ownConfidence: ReadonlyMap<string, number>): Capture[] {
  // followUpTurns passes over turns without a device: only turns with one are built.
  const turns: DialogueTurn[] = captures
    .filter((c) => c.deviceId && kindOf(c) === 'capture')
    .map((c) => ({
      id: c.id,
      ts: c.ts,
      deviceId: c.deviceId,
      transcript: c.transcriptStatus === 'ok' ? c.transcript : undefined,
      category: c.category,
      confidence: ownConfidence.get(c.id) ?? c.categoryConfidence,
      fixed: c.categorySource === 'user' || c.categorySource === 'provider' || c.categorySource === 'dialogue',
    }))
    .sort((a, b) => a.ts - b.ts);
  const links = new Map(followUpTurns(turns).map((l) => [l.id, l]));
  if (!links.size) return captures;
  return captures.map((c) => {
    const link = links.get(c.id);
    if (!link) return c;
    return { ...c, category: link.category, categorySource: 'dialogue', dialogueOf: link.dialogueOf };
  });
}
