// What the CLI's audio pool (voice-pool.ts) and its threads (voice-thread.ts) say to each other, and the work
// of one recording: decode, then the analysis the report needs (features, duration, speaker embedding; no
// waveform peaks, which the CLI does not report).

import { analyseVoice } from '../../shared/audio/analyse';
import { decodeAudio } from '../../shared/audio/decode';
import type { RecordingAnalyser } from '../../shared/pipeline/analyze';

export type Analysis = Awaited<ReturnType<RecordingAnalyser>>;
export type VoiceThreadRequest = { id: number; clips: Uint8Array[] };
/** `ready` once the thread has loaded its code; then one reply per request, its results in request order. */
export type VoiceThreadReply = { ready: true } | { id: number; results: Analysis[] };

/** Decodes and analyses one recording; the thread's work, and the pool's when it has no thread left. */
export async function analyseRecording(bytes: Uint8Array): Promise<Analysis> {
  try {
    const analysis = analyseVoice(await decodeAudio(bytes));
    return { ok: true, features: analysis.features, durationMs: analysis.durationMs, embedding: analysis.embedding };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
