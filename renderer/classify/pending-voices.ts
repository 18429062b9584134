// The deferred half of the import's audio analysis, run by the library worker before its pass: pitch and
// speaker embeddings (~90% of the analysis time) for clips the import stored with `voicePending`. The
// stored audio is decoded again and given the same full analysis the CLI runs, so the app and the CLI find
// the same voices. Batches go to a pool of workers, one per core, newest captures first (the clip list
// and the timeline open on them); without workers (tests, CLI-like hosts) the batches run here in turn.
// Imports now analyse each recording in full while they read it (renderer/import/analysis-pool.ts); this pass
// finishes the rows of imports from before, and of a database restored from such a backup.

import { analyseAudio } from '../../shared/audio/analyse';
import { decodeAudio } from '../../shared/audio/decode';
import {
  listVoicePending,
  loadAudioBlobs,
  newestFirst,
  saveVoiceAnalysis,
  type VoiceAnalysis,
} from '../db/repos/voice-analysis';
import type { VoiceBatchResult, VoiceWorkerEvent, VoiceWorkerRequest } from './voice-protocol';

/** Clips per read/analyse/write round: bounded memory, and progress the user can see moving. */
const VOICE_BATCH = 25;

export interface VoiceWorkerPort {
  postMessage(request: VoiceWorkerRequest): void;
  onmessage: ((message: MessageEvent<VoiceWorkerEvent>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface VoicePassResult extends VoiceBatchResult {
  workers: number;
  wallMs: number;
}

/** Decodes, analyses and saves one batch; what each pool worker runs. */
export async function analyseVoiceBatch(clipIds: readonly string[]): Promise<VoiceBatchResult> {
  const started = performance.now();
  const results: VoiceAnalysis[] = [];
  const failed: string[] = [];
  let audioSeconds = 0;
  for (const { clipId, blob } of await loadAudioBlobs(clipIds)) {
    try {
      const decoded = await decodeAudio(new Uint8Array(await blob.arrayBuffer()));
      const analysis = analyseAudio(decoded);
      audioSeconds += decoded.durationMs / 1000;
      results.push({ clipId, pitchHz: analysis.features.pitchHz, embedding: analysis.embedding });
    } catch {
      failed.push(clipId); // the import already warned about undecodable audio
    }
  }
  await saveVoiceAnalysis(results, failed);
  return { analysed: results.length, failed: failed.length, audioSeconds, busyMs: performance.now() - started };
}

/**
 * Analyses every pending clip. `spawn` starts a pool worker (the library worker passes one that creates
 * voice.worker.ts); without it the batches run in this thread. Progress is reported at the start and after
 * each batch while work remains.
 */
export async function analysePendingVoices(
  onProgress?: (done: number, total: number) => void,
  options: { spawn?: () => VoiceWorkerPort; workers?: number; pending?: readonly string[] } = {},
): Promise<VoicePassResult> {
  const started = performance.now();
  // The caller may have found the pending clips already (the library pass's one scan of the peaks rows).
  const pending = await newestFirst(options.pending ?? (await listVoicePending()));
  const batches: string[][] = [];
  for (let start = 0; start < pending.length; start += VOICE_BATCH)
    batches.push(pending.slice(start, start + VOICE_BATCH));
  const total: VoiceBatchResult = { analysed: 0, failed: 0, audioSeconds: 0, busyMs: 0 };
  let done = 0;
  const finished = (result: VoiceBatchResult, size: number) => {
    total.analysed += result.analysed;
    total.failed += result.failed;
    total.audioSeconds += result.audioSeconds;
    total.busyMs += result.busyMs;
    done += size;
    if (done < pending.length) onProgress?.(done, pending.length);
  };
  if (pending.length) onProgress?.(0, pending.length);
  const workers = options.spawn ? Math.min(batches.length, options.workers ?? 1) : 0;
  if (workers === 0) {
    for (const batch of batches) finished(await analyseVoiceBatch(batch), batch.length);
  } else {
    await runPool(batches, workers, options.spawn!, finished);
  }
  return { ...total, workers: Math.max(1, workers), wallMs: performance.now() - started };
}

function runPool(
  batches: string[][],
  size: number,
  spawn: () => VoiceWorkerPort,
  finished: (result: VoiceBatchResult, size: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let active = 0;
    const ports: VoiceWorkerPort[] = [];
    const stop = () => ports.forEach((port) => port.terminate());
    const feed = (port: VoiceWorkerPort) => {
      const batch = batches[next++];
      if (!batch) {
        if (--active === 0) {
          stop();
          resolve();
        }
        return;
      }
      port.onmessage = (message) => {
        const event = message.data;
        if (event.type === 'error') {
          stop();
          reject(new Error(event.message));
          return;
        }
        finished(event, batch.length);
        feed(port);
      };
      port.postMessage({ type: 'analyse', clipIds: batch });
    };
    for (let i = 0; i < size; i++) {
      const port = spawn();
      port.onerror = (event) => {
        stop();
        reject(new Error(event.message || 'voice analysis worker failed'));
      };
      ports.push(port);
      active++;
      feed(port);
    }
  });
}
