// Pitch and speaker embeddings for `analyze` on every core: a pool of worker threads (one per core the OS
// gives this process), each fed one recording at a time. Threads keep the process alive, so the pool is
// closed when the analysis is done.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { VoiceAnalyser } from '../../shared/pipeline/analyze';

export type VoiceThreadRequest = { id: number; bytes: Uint8Array };
export type VoiceThreadReply =
  { id: number; pitchHz: number | null; embedding: Float32Array } | { id: number; failed: true };

export interface VoicePool {
  analyse: VoiceAnalyser;
  size: number;
  close(): Promise<void>;
}

export function createVoicePool(size = Math.max(1, Math.min(8, availableParallelism()))): VoicePool {
  // Same loader as this process (tsx), so the thread runs the TypeScript source like the CLI itself.
  const threads = Array.from(
    { length: size },
    () => new Worker(new URL('./voice-thread.ts', import.meta.url), { execArgv: process.execArgv }),
  );
  const waiting = new Map<number, (reply: VoiceThreadReply) => void>();
  const load = threads.map(() => 0);
  let nextId = 0;
  threads.forEach((thread, i) => {
    thread.on('message', (reply: VoiceThreadReply) => {
      load[i]!--;
      waiting.get(reply.id)?.(reply);
      waiting.delete(reply.id);
    });
    thread.on('error', (error) => {
      for (const resolve of waiting.values()) resolve({ id: -1, failed: true });
      waiting.clear();
      process.stderr.write(`earshot: a voice-analysis thread failed: ${error.message}\n`);
    });
  });
  return {
    size,
    analyse(bytes) {
      const id = nextId++;
      const i = load.indexOf(Math.min(...load));
      load[i]!++;
      // A copy the thread can own: the importer's bytes may be a view into a larger buffer.
      const copy = bytes.slice();
      return new Promise((resolve) => {
        waiting.set(id, (reply) => resolve('failed' in reply ? null : reply));
        threads[i]!.postMessage({ id, bytes: copy } satisfies VoiceThreadRequest, [copy.buffer]);
      });
    },
    close: async () => void (await Promise.all(threads.map((t) => t.terminate()))),
  };
}
