// The audio analysis of `analyze` on every core: a pool of worker threads (one per core the OS gives this
// process) decoding and analysing recordings while the main thread reads, parses and classifies. Threads
// keep the process alive, so the pool is closed when the analysis is done.
//
// With `prefetch` the pool reads the recordings itself as soon as the files are listed (bounded by AHEAD_BYTES)
// and the threads analyse them while the main thread parses and merges the metadata; the import then takes
// each answer by its entry path and reads on without waiting for the analysis (bench/HISTORY.md #70).
//
// Recordings handed over in the same turn of the event loop go to the threads as a few batches (one message
// per batch and one reply with all its results), and a recording's bytes are moved to the thread, not copied,
// when they fill a buffer of their own: on 2.5 s clips the messages and the copies (each one more external
// memory for the main thread's collector to account for) were a visible share of the command.
//
// Once the analysis is done, `cluster` has one thread cluster the voices while the main thread does the rest of
// the library pass (bench/HISTORY.md #80): the last seconds of a run otherwise left a core idle.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readMany } from '../../shared/archive';
import { SNIFF_BYTES, sniffAudio } from '../../shared/archive/sniff';
import { hasAudioExtension } from '../../shared/importers/entries';
import type { InputEntry } from '../../shared/importers/types';
import type { RecordingAnalyser } from '../../shared/pipeline/analyze';
import { poolSize } from '../../shared/pipeline/pool-size';
import { clusterVoices, type VoiceClustering, type VoiceItem } from '../../shared/voices/cluster';

import { analyseRecording, type Analysis, type VoiceThreadReply, type VoiceThreadRequest } from './voice-job';

/** Recordings per message at most: enough to amortise a message, small enough to keep both threads busy. */
const BATCH = 16;
/**
 * Recordings sent to one thread and not answered yet before the rest wait here: about three seconds of a
 * thread's work on voice clips, longer than this thread goes without reading the replies while it parses.
 */
const MAX_QUEUED = 1024;

/**
 * Bytes of recordings read ahead and not yet analysed, at most: what the threads have to do while this thread
 * parses and merges the metadata (a few seconds on a large archive, in which it does not answer their replies).
 */
const AHEAD_BYTES = 128 * 1024 * 1024;
/** Entries read ahead per bulk read. */
const AHEAD_CHUNK = 64;

export interface VoicePool {
  analyse: RecordingAnalyser;
  /**
   * Reads the recordings among `entries` (by name: audio extensions; by content: WAV and MP3) in their order and
   * analyses them before the import asks (`analyse(bytes, path)` then takes the answer that is ready or on its
   * way): the threads work while this thread parses. Bounded by AHEAD_BYTES of recordings not yet analysed; an
   * entry that cannot be read here is left to the import, which meets its error where it always did.
   */
  prefetch(entries: readonly InputEntry[], onAnalysed?: (done: number, total: number) => void): void;
  /** True for a recording `prefetch` reads itself: the import's bytes of it are not needed. */
  readsAhead(path: string): boolean;
  /**
   * `clusterVoices(items)`, computed on a thread (once the analysis is done the threads idle while this one
   * does the rest of the library pass); here when no thread is running, and here again when the thread's
   * clustering failed or the thread stopped, so that its error is the one clustering here throws.
   */
  cluster(items: VoiceItem[]): Promise<VoiceClustering>;
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
  /**
   * The buffer `bytes` is a view into, when every recording in it is handed over at once (read ahead in one
   * slice of the archive): moved to one thread as a whole instead of each recording copied out of it.
   */
  group?: ArrayBuffer;
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
  /** Clusterings sent and not yet answered: `here` clusters on this thread when the thread cannot answer. */
  clusterings: Map<number, { answer: (clustering: VoiceClustering) => void; here: () => void }>;
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
    clusterings: new Map(),
  }));
  let pending: Job[] = [];
  let flushQueued = false;
  let nextBatch = 0;
  let warned = false;
  let closed = false;
  /** Recordings the pool reads itself (`prefetch`), by entry path: read ahead, or not reached yet. */
  const reading = new Set<string>();
  /** Analyses of recordings read ahead, by entry path, until the import asks for them. */
  const ahead = new Map<string, Promise<Analysis>>();
  /** The import's questions about recordings not read yet, answered when they are. */
  const waiting = new Map<string, (analysis: Analysis) => void>();
  let aheadBytes = 0;
  let wake: (() => void) | undefined;
  /** Recordings read ahead that are answered or passed over (not audio, unreadable), of `aheadTotal`. */
  let aheadDone = 0;
  let aheadTotal = 0;
  let reportAhead: ((done: number, total: number) => void) | undefined;
  const passed = () => reportAhead?.(++aheadDone, aheadTotal);

  const usable = () => threads.filter((t) => !t.broken);

  function flush(): void {
    flushQueued = false;
    if (!usable().length) {
      for (const job of pending.splice(0)) void analyseRecording(job.bytes).then(job.resolve);
      return;
    }
    // A thread still starting gets its share too (its port keeps the messages until it listens), so that each
    // has work queued while this thread parses without reading replies; it gets copies, kept here until it
    // answers, so that what it had is analysed elsewhere if it never starts.
    const live = usable();
    // Each message takes a fair share of what waits, at most BATCH, to the thread with the least work.
    const share = Math.max(1, Math.min(BATCH, Math.ceil(pending.length / live.length)));
    while (pending.length) {
      const thread = live.reduce((least, t) => (t.load < least.load ? t : least));
      // The rest waits here for the first thread to finish its share: sent all at once, a thread that is slow to
      // start (or gets less of the cores) would keep recordings the other one could be analysing.
      if (thread.load >= MAX_QUEUED) break;
      // Recordings read ahead in one slice of their archive go together, the slice moved once.
      const group = pending[0]!.group;
      let count = group ? 1 : share;
      if (group) while (count < pending.length && pending[count]!.group === group) count++;
      const jobs = pending.splice(0, count);
      const id = nextBatch++;
      const clips: Uint8Array[] = [];
      const moving: ArrayBuffer[] = [];
      if (group && thread.ready) {
        for (const job of jobs) {
          clips.push(job.bytes);
          job.moved = true;
        }
        moving.push(group);
      } else
        for (const job of jobs) {
          const { bytes } = job;
          // A view into a larger (or shared) buffer is copied; a recording that fills its buffer moves (to a thread
          // that is running).
          if (
            thread.ready &&
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
      if (!('results' in reply)) {
        const clustering = thread.clusterings.get(reply.id);
        thread.clusterings.delete(reply.id);
        if ('clustering' in reply) clustering?.answer(reply.clustering);
        else clustering?.here();
        return;
      }
      const jobs = thread.batches.get(reply.id) ?? [];
      thread.batches.delete(reply.id);
      thread.load -= jobs.length;
      if (pending.length) queueFlush();
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
      hereInstead(thread);
    });
    // A thread that stops without an error (close() forgets its clusterings first) leaves none waiting.
    thread.worker.on('exit', () => hereInstead(thread));
  }

  /** The clusterings a thread will not answer, done on this thread. */
  function hereInstead(thread: Thread): void {
    const left = [...thread.clusterings.values()];
    thread.clusterings.clear();
    for (const clustering of left) clustering.here();
  }

  const enqueue = (bytes: Uint8Array, group?: ArrayBuffer) =>
    new Promise<Analysis>((resolve) => {
      pending.push({ bytes, moved: false, resolve, ...(group ? { group } : {}) });
      queueFlush();
    });

  /** Reads the recordings in `reading`'s order, a chunk at a time, while less than AHEAD_BYTES wait. */
  async function readAhead(entries: readonly InputEntry[]): Promise<void> {
    for (let at = 0; at < entries.length && !closed; at += AHEAD_CHUNK) {
      while (aheadBytes >= AHEAD_BYTES && !closed) await new Promise<void>((resolve) => (wake = resolve));
      const chunk = entries.slice(at, at + AHEAD_CHUNK);
      const read: [string, Uint8Array | Error][] = [];
      const readOf = await readMany(chunk).catch((error: unknown) => error as Error);
      for (const entry of chunk) {
        const bytes = readOf instanceof Error ? readOf : await readOf(entry).catch((error: unknown) => error as Error);
        read.push([entry.path, bytes]);
      }
      if (closed) return;
      // All of a chunk handed over in one turn, each slice of the archive it was read in as one message: its
      // bytes are needed nowhere else (the import reads its own), so the slice moves instead of being copied.
      const bySlice = new Map<unknown, [string, Uint8Array | Error][]>();
      for (const item of read) {
        const key = item[1] instanceof Error ? item : item[1].buffer;
        const list = bySlice.get(key);
        if (list) list.push(item);
        else bySlice.set(key, [item]);
      }
      for (const [path, bytes] of [...bySlice.values()].flat()) {
        reading.delete(path);
        const waiter = waiting.get(path);
        waiting.delete(path);
        // The import reads these bytes too, and asks only when they are audio; it meets a read error itself.
        if (bytes instanceof Error) {
          waiter?.({ ok: false, message: bytes.message });
          passed();
          continue;
        }
        if (!waiter && !sniffAudio(bytes.subarray(0, SNIFF_BYTES))) {
          passed();
          continue;
        }
        const size = bytes.byteLength;
        aheadBytes += size;
        const buffer = bytes.buffer instanceof ArrayBuffer ? bytes.buffer : undefined;
        const analysis = enqueue(bytes, buffer).then((answer) => {
          aheadBytes -= size;
          wake?.();
          passed();
          return answer;
        });
        if (waiter) void analysis.then(waiter);
        else ahead.set(path, analysis);
      }
    }
  }

  return {
    size,
    analyse(bytes, path) {
      if (path === undefined) return enqueue(bytes);
      const early = ahead.get(path);
      if (early) {
        ahead.delete(path);
        return early;
      }
      if (!reading.has(path)) return enqueue(bytes);
      // Not read yet: its bytes here are let go, the pool reads them when it gets there.
      return new Promise((resolve) => waiting.set(path, resolve));
    },
    readsAhead: (path) => reading.has(path) || ahead.has(path),
    cluster(items) {
      return new Promise((resolve, reject) => {
        const here = () => {
          try {
            resolve(clusterVoices(items));
          } catch (error) {
            reject(error);
          }
        };
        const ready = usable().filter((t) => t.ready);
        if (closed || !ready.length) return here();
        const thread = ready.reduce((least, t) => (t.load < least.load ? t : least));
        const id = nextBatch++;
        thread.clusterings.set(id, { answer: resolve, here });
        try {
          // Copied, not moved: this thread's foreign scoring reads the embeddings meanwhile.
          thread.worker.postMessage({ id, voices: items } satisfies VoiceThreadRequest);
        } catch {
          thread.clusterings.delete(id);
          here();
        }
      });
    },
    prefetch(entries, onAnalysed) {
      const count = new Map<string, number>();
      for (const entry of entries) count.set(entry.path, (count.get(entry.path) ?? 0) + 1);
      const audio = entries.filter((e) => hasAudioExtension(e.path) && count.get(e.path) === 1);
      for (const entry of audio) reading.add(entry.path);
      if (onAnalysed) {
        aheadTotal = audio.length;
        reportAhead = onAnalysed;
        onAnalysed(0, aheadTotal);
      }
      readAhead(audio).catch((error: unknown) => {
        // Not expected (each read's error is caught above); whatever is left goes the import's way, with its bytes.
        reading.clear();
        const message = error instanceof Error ? error.message : String(error);
        for (const resolve of waiting.values()) resolve({ ok: false, message });
        waiting.clear();
      });
    },
    close: async () => {
      closed = true;
      wake?.();
      ahead.clear();
      waiting.clear();
      reading.clear();
      pending = [];
      for (const thread of threads) thread.clusterings.clear();
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
