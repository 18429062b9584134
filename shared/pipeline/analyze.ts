// Headless analysis for the CLI: the app's import pipeline with an in-memory sink (audio bytes are
// dropped as soon as they are analysed), then the library-wide pass (groups, voices, foreign). The
// result is what the app would show after importing the same files.
//
// With a `voiceAnalyser` (the CLI passes a pool of worker threads) the import computes only the cheap
// audio facts, as the app's import does, and hands each recording's bytes to the analyser for pitch and
// embedding while it goes on parsing; the captures are then enriched again with the full facts, as the
// app's library pass does. Without one, everything runs in this thread.

import type { UserFile } from '../archive';
import type { CommandGroup } from '../classify';
import type { Capture } from '../model';
import type { VoiceCluster } from '../voices/cluster';
import { enrichCaptures, type CaptureAudioFacts } from './enrich';
import { ingest, type IngestOptions, type IngestOutcome } from './ingest';
import { enrichLibrary, type LibraryFacts } from './library';
import type { ForeignReason } from '../foreign/types';

export type AnalysisOutcome =
  | Extract<IngestOutcome, { kind: 'needs-mapping' }>
  | (Extract<IngestOutcome, { kind: 'done' }> & {
      captures: Capture[];
      groups: CommandGroup[];
      voices: VoiceCluster[];
      foreign: Map<string, { score: number; reasons: ForeignReason[] }>;
    });

/** Pitch and speaker embedding of one recording's bytes (null when it cannot be decoded). */
export type VoiceAnalyser = (bytes: Uint8Array) => Promise<{ pitchHz: number | null; embedding: Float32Array } | null>;

export interface AnalyzeOptions extends Omit<IngestOptions, 'importId'> {
  importId?: string;
  voiceAnalyser?: VoiceAnalyser;
  /** Recordings handed to the analyser and not yet answered before the import waits (bounded memory). */
  maxInFlight?: number;
  /** Deferred recordings analysed so far, of all handed over. */
  onVoiceProgress?: (done: number, total: number) => void;
}

export async function analyzeFiles(files: UserFile[], options: AnalyzeOptions): Promise<AnalysisOutcome> {
  const { voiceAnalyser, maxInFlight = 64, onVoiceProgress, ...ingestOptions } = options;
  const stored = new Map<string, Capture>();
  const facts = new Map<string, LibraryFacts & CaptureAudioFacts>();
  const inFlight = new Set<Promise<void>>();
  let handed = 0;
  let answered = 0;
  const defer = voiceAnalyser !== undefined && ingestOptions.analyseAudio !== false;
  const outcome = await ingest(
    files,
    {
      stage: async (items) => {
        for (const item of items) {
          stored.set(item.capture.id, item.capture);
          if (!item.analysis) continue;
          const fact = {
            ...item.analysis.features,
            durationMs: item.analysis.durationMs,
            embedding: item.analysis.embedding,
          };
          facts.set(item.capture.id, fact);
          if (!item.voicePending || !item.audio || !voiceAnalyser) continue;
          handed++;
          const task = voiceAnalyser(item.audio.bytes).then((voice) => {
            if (voice) Object.assign(fact, voice);
            inFlight.delete(task);
            onVoiceProgress?.(++answered, handed);
          });
          inFlight.add(task);
          while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
        }
        return items.length;
      },
    },
    { importId: 'cli', ...ingestOptions, deferVoiceAnalysis: defer },
  );
  await Promise.all(inFlight);
  if (outcome.kind === 'needs-mapping') return outcome;
  let staged = outcome.merged.captures.map((c) => stored.get(c.id) ?? c);
  // The import enriched with the cheap facts only; pitch decides flags too (the app's pass does the same).
  if (defer)
    staged = enrichCaptures(staged, {
      timeZone: ingestOptions.timeZone,
      devices: outcome.devices,
      rooms: outcome.rooms,
      accountId: outcome.merged.accountId,
      audio: facts,
    });
  const library = enrichLibrary(staged, {
    devices: outcome.devices,
    rooms: outcome.rooms,
    accountId: outcome.merged.accountId,
    audio: facts,
  });
  return {
    ...outcome,
    captures: library.captures,
    groups: library.groups,
    voices: library.voices,
    foreign: library.foreign,
  };
}
