// Headless analysis for the CLI: the app's import pipeline with an in-memory sink (audio bytes are
// dropped as soon as they are analysed), then the library-wide pass (groups, voices, foreign). The
// result is what the app would show after importing the same files.
//
// With a `recordingAnalyser` (the CLI passes a pool of worker threads) this thread only reads, parses and
// classifies: each recording's bytes go to the analyser (decode + the full analysis) while the import goes
// on, and the captures are enriched again with the audio facts once all are back, as the app's library pass
// does. Without one, everything runs in this thread.

import type { UserFile } from '../archive';
import type { Classifier, CommandGroup } from '../classify';
import type { AudioFeatures } from '../audio/types';
import type { Capture, ImportWarning } from '../model';
import type { VoiceCluster, VoiceClustering, VoiceItem } from '../voices/cluster';
import { enrichCaptures, flagsOf, type CaptureAudioFacts } from './enrich';
import { ingest, type IngestOptions, type IngestOutcome } from './ingest';
import { enrichLibrary, enrichLibraryBeside, type LibraryFacts, type LibraryResult } from './library';
import type { ForeignReason } from '../foreign/types';

export type AnalysisOutcome =
  | Extract<IngestOutcome, { kind: 'needs-mapping' }>
  | (Extract<IngestOutcome, { kind: 'done' }> & {
      captures: Capture[];
      groups: CommandGroup[];
      voices: VoiceCluster[];
      foreign: Map<string, { score: number; reasons: ForeignReason[] }>;
    });

/**
 * Decodes one recording and runs the full analysis (features, pitch, speaker embedding). `path` is the entry's
 * path (`InputEntry.path`), for an analyser that read and analysed it ahead (`IngestOptions.onEntries`).
 */
export type RecordingAnalyser = (
  bytes: Uint8Array,
  path?: string,
) => Promise<
  { ok: true; features: AudioFeatures; durationMs: number; embedding: Float32Array } | { ok: false; message: string }
>;

export interface AnalyzeOptions extends Omit<IngestOptions, 'importId'> {
  importId?: string;
  recordingAnalyser?: RecordingAnalyser;
  /** Recordings handed to the analyser and not yet answered before the import waits (bounded memory). */
  maxInFlight?: number;
  /**
   * True for a recording the analyser reads itself (ahead, `IngestOptions.onEntries`): it holds none of the
   * import's bytes, so the import reads on instead of waiting for its answer.
   */
  readsAhead?: (path: string) => boolean;
  /** Recordings analysed so far, of all handed over. */
  onAudioProgress?: (done: number, total: number) => void;
  /**
   * Clusters the voices elsewhere (the CLI: on an analysis thread) while this thread does the rest of the
   * library pass that does not need them; the result must be `clusterVoices(items)`'s. Used with an analyser.
   */
  voiceClusterer?: (items: VoiceItem[]) => Promise<VoiceClustering>;
  /**
   * A classifier for these transcripts other than the shipped one (the CLI: the n-gram model with the sentence
   * encoder beside it, which must embed some transcripts first), or undefined when it would answer as the
   * shipped one does; then the import is enriched again with it, once it is read.
   */
  classifierFor?: (transcripts: (string | undefined)[]) => Promise<Classifier | undefined>;
}

export async function analyzeFiles(files: UserFile[], options: AnalyzeOptions): Promise<AnalysisOutcome> {
  const {
    recordingAnalyser,
    maxInFlight = 64,
    readsAhead,
    onAudioProgress,
    voiceClusterer,
    classifierFor,
    ...ingestOptions
  } = options;
  const analyser = ingestOptions.analyseAudio !== false ? recordingAnalyser : undefined;
  const stored = new Map<string, Capture>();
  const facts = new Map<string, LibraryFacts & CaptureAudioFacts>();
  const inFlight = new Set<Promise<void>>();
  /** Answers the import does not wait for while it reads on (`readsAhead`). */
  const ahead: Promise<void>[] = [];
  const decodeWarnings: { order: number; warning: ImportWarning }[] = [];
  let handed = 0;
  let answered = 0;
  const outcome = await ingest(
    files,
    {
      stage: async (items) => {
        for (const item of items) {
          const capture = item.capture;
          stored.set(capture.id, capture);
          if (item.analysis)
            facts.set(capture.id, {
              ...item.analysis.features,
              durationMs: item.analysis.durationMs,
              embedding: item.analysis.embedding,
            });
          if (!analyser || !item.audio) continue;
          const order = handed++;
          const file = item.audio.name;
          const readAhead = readsAhead?.(file) ?? false;
          const task = analyser(item.audio.bytes, file).then((result) => {
            if (result.ok) {
              capture.durationMs = Math.round(result.durationMs);
              facts.set(capture.id, { ...result.features, durationMs: result.durationMs, embedding: result.embedding });
            } else {
              // The import's own wording for audio it cannot decode.
              decodeWarnings.push({
                order,
                warning: {
                  file,
                  message: `The audio could not be decoded (${result.message}); it is kept but has no waveform.`,
                },
              });
            }
            inFlight.delete(task);
            onAudioProgress?.(++answered, handed);
          });
          if (readAhead) {
            ahead.push(task);
            continue;
          }
          inFlight.add(task);
          while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
        }
        // A turn of the event loop per batch: an import that reads on without waiting for answers (`readsAhead`)
        // runs on promises alone, and the analyser needs turns to take its answers and hand out more work.
        if (analyser && readsAhead) await new Promise<void>((resolve) => setTimeout(resolve, 0));
        return items.length;
      },
    },
    // With an analyser the whole import is enriched below, once its audio facts are in: enriching each batch
    // without them first would be thrown away (the whole-import pass links dialogue turns across batches too).
    {
      importId: 'cli',
      ...ingestOptions,
      analyseAudio: analyser ? false : ingestOptions.analyseAudio,
      ...(analyser ? { enrich: false } : {}),
    },
  );
  await Promise.all(inFlight);
  if (outcome.kind === 'needs-mapping') {
    await Promise.all(ahead);
    return outcome;
  }
  let staged = outcome.merged.captures.map((c) => stored.get(c.id) ?? c);
  /** The flags (and duration) of captures whose answer came after the whole import was enriched. */
  let reflagLate: (() => void) | undefined;
  const classifier = await classifierFor?.(staged.map((c) => (c.transcriptStatus === 'ok' ? c.transcript : undefined)));
  const context = {
    timeZone: ingestOptions.timeZone,
    devices: outcome.devices,
    rooms: outcome.rooms,
    accountId: outcome.merged.accountId,
    audio: facts,
    classifier,
  };
  if (classifier && !analyser) staged = enrichCaptures(staged, context);
  // The import enriched without audio facts; speech share and pitch decide flags too.
  if (analyser) {
    // Enriched while the last recordings are still being analysed: only flags (and the duration) depend on a
    // recording's analysis, so the captures whose answer comes after this get those two set again below.
    const answeredBefore = new Set(facts.keys());
    staged = enrichCaptures(staged, context);
    await Promise.all(ahead);
    outcome.warnings.push(...decodeWarnings.sort((a, b) => a.order - b.order).map((w) => w.warning));
    reflagLate = () => {
      if (facts.size === answeredBefore.size) return;
      const roomById = new Map(context.rooms.map((r) => [r.id, r]));
      for (const capture of staged) {
        if (answeredBefore.has(capture.id) || !facts.has(capture.id)) continue;
        const analysed = stored.get(capture.id)!;
        const { flags, reasons } = flagsOf(analysed, context, roomById);
        capture.flags = flags;
        capture.flagReasons = reasons;
        capture.durationMs = analysed.durationMs;
      }
    };
  }
  const libraryContext = {
    devices: outcome.devices,
    rooms: outcome.rooms,
    accountId: outcome.merged.accountId,
    audio: facts,
  };
  // With a clusterer the voices are clustered there while this thread sets the late flags, groups the commands
  // and gathers the foreign scoring's inputs (the flags are read only after the voices are back).
  let library: LibraryResult;
  if (analyser && voiceClusterer)
    library = await enrichLibraryBeside(staged, libraryContext, voiceClusterer, reflagLate);
  else {
    reflagLate?.();
    library = enrichLibrary(staged, libraryContext);
  }
  return {
    ...outcome,
    captures: library.captures,
    groups: library.groups,
    voices: library.voices,
    foreign: library.foreign,
  };
}
