// The audio analysis of `analyze` on every core: a pool of worker threads (one per core the OS gives this
// process) decoding and analysing recordings while the main thread reads, parses and classifies. Threads
// keep the process alive, so the pool is closed when the analysis is done.
//
// Recordings handed over in the same turn of the event loop go to the threads as a few batches (one message
// per batch and one reply with all its results), and a recording's bytes are moved to the thread, not copied,
// when they fill a buffer of their own: on 2.5 s clips the messages and the copies (each one more external
// memory for the main thread's collector to account for) were a visible share of the command.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RecordingAnalyser } from '../../shared/pipeline/analyze';
import { poolSize } from '../../shared/pipeline/pool-size';

import { analyseRecording, type Analysis, type VoiceThreadReply, type VoiceThreadRequest } from './voice-job';

/** Recordings per message at most: enough to amortise a message, small enough to keep both threads busy. */
const BATCH = 16;

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

interface Job {
  bytes: Uint8Array;
  /** True once the bytes were moved to a thread: they cannot be analysed here any more. */
  moved: boolean;
  resolve: (analysis: Analysis) => void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  broken: boolean;
  /** Recordings sent and not yet answered. */
  load: number;
  batches: Map<number, Job[]>;
}

/** Threads at most: they write nothing, so unlike the app's pools only the cores bound them. */
const MAX_THREADS = 8;

export function createVoicePool(size = poolSize(availableParallelism(), MAX_THREADS)): VoicePool {
  const threads: Thread[] = Array.from({ length: size }, () => ({
    worker: startThread(),
    ready: false,
    broken: false,
    load: 0,
    batches: new Map(),
  }));
  let pending: Job[] = [];
  let flushQueued = false;
  let nextBatch = 0;
  let warned = false;

  const usable = () => threads.filter((t) => !t.broken);

  function flush(): void {
    flushQueued = false;
    if (!usable().length) {
      for (const job of pending.splice(0)) void analyseRecording(job.bytes).then(job.resolve);
      return;
    }
    const ready = threads.filter((t) => t.ready && !t.broken);
    if (!ready.length) return; // sent when the first thread says it is ready
    // Each message takes a fair share of what waits, at most BATCH, to the thread with the least work.
    const share = Math.max(1, Math.min(BATCH, Math.ceil(pending.length / ready.length)));
    while (pending.length) {
      const jobs = pending.splice(0, share);
      const thread = ready.reduce((least, t) => (t.load < least.load ? t : least));
      const id = nextBatch++;
      const clips: Uint8Array[] = [];
      const moving: ArrayBuffer[] = [];
      for (const job of jobs) {
        const { bytes } = job;
        // A view into a larger (or shared) buffer is copied; a recording that fills its buffer moves.
        if (
          bytes.byteOffset === 0 &&
          bytes.buffer instanceof ArrayBuffer &&
          bytes.byteLength === bytes.buffer.byteLength
        ) {
          clips.push(bytes);
          moving.push(bytes.buffer);
          job.moved = true;
        } else {
          const copy = bytes.slice();
          clips.push(copy);
          moving.push(copy.buffer);
        }
      }
      thread.batches.set(id, jobs);
      thread.load += jobs.length;
      thread.worker.postMessage({ id, clips } satisfies VoiceThreadRequest, moving);
    }
  }

  const queueFlush = () => {
    if (flushQueued) return;
    flushQueued = true;
    queueMicrotask(flush);
  };

  for (const thread of threads) {
    thread.worker.on('message', (reply: VoiceThreadReply) => {
      if ('ready' in reply) {
        thread.ready = true;
        if (pending.length) queueFlush();
        return;
      }
      const jobs = thread.batches.get(reply.id) ?? [];
      thread.batches.delete(reply.id);
      thread.load -= jobs.length;
      jobs.forEach((job, i) => job.resolve(reply.results[i]!));
    });
    thread.worker.on('error', (error) => {
      if (!warned) process.stderr.write(`earshot: voice analysis continues without threads (${error.message})\n`);
      warned = true;
      thread.broken = true;
      // What the thread had is analysed here (or by another thread) when its bytes are still here; bytes
      // already moved to it are gone with it.
      for (const jobs of thread.batches.values())
        for (const job of jobs)
          if (!job.moved) pending.push(job);
          else job.resolve({ ok: false, message: `the analysis thread stopped (${error.message})` });
      thread.batches.clear();
      queueFlush();
    });
  }

  return {
    size,
    analyse(bytes) {
      return new Promise((resolve) => {
        pending.push({ bytes, moved: false, resolve });
        queueFlush();
      });
    },
    close: async () => {
      pending = [];
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
