// What the CLI's audio pool (voice-pool.ts) and its threads (voice-thread.ts) say to each other, and the work
// of one recording: decode, then the analysis the report needs (features, duration, speaker embedding; no
// waveform peaks, which the CLI does not report). After the analysis a thread also clusters the voices.

import { analyseVoice } from '../../shared/audio/analyse';
import { decodeAudio } from '../../shared/audio/decode';
import type { RecordingAnalyser } from '../../shared/pipeline/analyze';
import type { VoiceClustering, VoiceItem } from '../../shared/voices/cluster';

export type Analysis = Awaited<ReturnType<RecordingAnalyser>>;
/** Recordings to analyse, or (once the analysis is done) the voices to cluster. */
export type VoiceThreadRequest = { id: number; clips: Uint8Array[] } | { id: number; voices: VoiceItem[] };
/**
 * `ready` once the thread has loaded its code; then one reply per request: the recordings' results in request
 * order, the clustering, or the message of the error the clustering threw.
 */
export type VoiceThreadReply =
  | { ready: true }
  | { id: number; results: Analysis[] }
  | { id: number; clustering: VoiceClustering }
  | { id: number; error: string };

/** Decodes and analyses one recording; the thread's work, and the pool's when it has no thread left. */
export async function analyseRecording(bytes: Uint8Array): Promise<Analysis> {
  try {
    const analysis = analyseVoice(await decodeAudio(bytes));
    return { ok: true, features: analysis.features, durationMs: analysis.durationMs, embedding: analysis.embedding };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
