// The audio analysis of `analyze` on every core: a pool of worker threads (one per core the OS gives this
// process) decoding and analysing recordings while the main thread reads, parses and classifies. Threads
// keep the process alive, so the pool is closed when the analysis is done.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyseAudio } from '../../shared/audio/analyse';
import { decodeAudio } from '../../shared/audio/decode';
import type { RecordingAnalyser } from '../../shared/pipeline/analyze';

export type VoiceThreadRequest = { id: number; bytes: Uint8Array };
type Analysis = Awaited<ReturnType<RecordingAnalyser>>;
export type VoiceThreadReply = { id: number } & Analysis;

export interface VoicePool {
  analyse: RecordingAnalyser;
  size: number;
  close(): Promise<void>;
}

/**
 * The bundled CLI (scripts/build-cli.ts) starts its bundled thread. Run from source through tsx, a worker
 * thread does not inherit that loader (Node 20), so the thread's entry registers it before importing
 * voice-thread.ts.
 */
function startThread(): Worker {
  if (import.meta.url.endsWith('.mjs')) return new Worker(new URL('./voice-thread.mjs', import.meta.url));
  const entry = new URL('./voice-thread.ts', import.meta.url).href;
  return new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true },
  );
}

/** Analysed here when the pool is unusable (a thread failed to start): slower, same result. */
async function analyseHere(bytes: Uint8Array): Promise<Analysis> {
  try {
    const analysis = analyseAudio(await decodeAudio(bytes));
    return { ok: true, features: analysis.features, durationMs: analysis.durationMs, embedding: analysis.embedding };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export function createVoicePool(size = Math.max(1, Math.min(8, availableParallelism()))): VoicePool {
  const threads = Array.from({ length: size }, startThread);
  const waiting = new Map<number, { bytes: Uint8Array; resolve: (analysis: Analysis) => void }>();
  const load = threads.map(() => 0);
  let broken = false;
  let nextId = 0;
  threads.forEach((thread, i) => {
    thread.on('message', (reply: VoiceThreadReply) => {
      load[i]!--;
      const { id, ...analysis } = reply;
      waiting.get(id)?.resolve(analysis);
      waiting.delete(id);
    });
    thread.on('error', (error) => {
      if (!broken) process.stderr.write(`earshot: voice analysis continues without threads (${error.message})\n`);
      broken = true;
      // Whatever was sent to the threads is analysed here instead.
      for (const { bytes, resolve } of waiting.values()) void analyseHere(bytes).then(resolve);
      waiting.clear();
    });
  });
  return {
    size,
    analyse(bytes) {
      if (broken) return analyseHere(bytes);
      const id = nextId++;
      const i = load.indexOf(Math.min(...load));
      load[i]!++;
      // A copy the thread can own: the importer's bytes may be a view into a larger buffer.
      const copy = bytes.slice();
      return new Promise((resolve) => {
        waiting.set(id, { bytes, resolve });
        threads[i]!.postMessage({ id, bytes: copy } satisfies VoiceThreadRequest, [copy.buffer]);
      });
    },
    close: async () => void (await Promise.all(threads.map((t) => t.terminate()))),
  };
}
