// The deferred half of the import's audio analysis, run by the library worker before its pass: pitch and
// speaker embeddings (~90% of the analysis time) for clips the import stored with `voicePending`. The
// stored audio is decoded again (WAV ~2 ms) and given the same full analysis the CLI runs, so the app and
// the CLI find the same voices.

import { analyseAudio } from '../../shared/audio/analyse';
import { decodeAudio } from '../../shared/audio/decode';
import { listVoicePending, loadAudioBlobs, saveVoiceAnalysis, type VoiceAnalysis } from '../db/repos/voice-analysis';

/** Clips per read/analyse/write round: bounded memory, and progress the user can see moving. */
const VOICE_BATCH = 50;

/** Returns how many clips were analysed. */
export async function analysePendingVoices(onProgress?: (done: number, total: number) => void): Promise<number> {
  const pending = await listVoicePending();
  let analysed = 0;
  for (let start = 0; start < pending.length; start += VOICE_BATCH) {
    onProgress?.(start, pending.length);
    const results: VoiceAnalysis[] = [];
    const failed: string[] = [];
    for (const { clipId, blob } of await loadAudioBlobs(pending.slice(start, start + VOICE_BATCH))) {
      try {
        const analysis = analyseAudio(await decodeAudio(new Uint8Array(await blob.arrayBuffer())));
        results.push({ clipId, pitchHz: analysis.features.pitchHz, embedding: analysis.embedding });
      } catch {
        failed.push(clipId); // the import already warned about undecodable audio
      }
    }
    await saveVoiceAnalysis(results, failed);
    analysed += results.length;
  }
  return analysed;
}
