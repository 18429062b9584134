// The import's pool of analysis workers, one per core: the import worker reads and stores, the pool decodes
// and analyses each recording while the import goes on (docs/architecture.md, "Import"). Each recording goes
// to the worker with the fewest waiting; the answers resolve the import's promises by id.

import type { AudioAnalysis } from '../../shared/audio/types';
import type { AnalysisEvent, AnalysisRequest } from './analysis-protocol';

export interface AnalysisPort {
  postMessage(request: AnalysisRequest, transfer: Transferable[]): void;
  onmessage: ((message: MessageEvent<AnalysisEvent>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface AnalysisPool {
  /** The full analysis, or `{ undecodable }` with the decoder's message; rejects when a worker failed. */
  analyse(bytes: Uint8Array): Promise<AudioAnalysis | { undecodable: string }>;
  /** What the pool did: recordings, seconds of audio and the workers' busy time (for real-time factors). */
  stats(): { clips: number; audioSeconds: number; busyMs: number; workers: number };
  close(): void;
}

export function createAnalysisPool(size: number, spawn: () => AnalysisPort): AnalysisPool {
  const waiting = new Map<
    number,
    { resolve(a: AudioAnalysis | { undecodable: string }): void; reject(e: Error): void; port: number }
  >();
  const load: number[] = [];
  const stats = { clips: 0, audioSeconds: 0, busyMs: 0, workers: size };
  let nextId = 0;
  let failure: Error | undefined;
  const ports = Array.from({ length: size }, (_, index) => {
    const port = spawn();
    load.push(0);
    port.onmessage = ({ data }) => {
      const job = waiting.get(data.id);
      if (!job) return;
      waiting.delete(data.id);
      load[index]!--;
      if (data.ok) {
        stats.clips++;
        stats.audioSeconds += data.analysis.durationMs / 1000;
        stats.busyMs += data.busyMs;
        job.resolve(data.analysis);
      } else job.resolve({ undecodable: data.message });
    };
    // A worker that dies (out of memory, a bug) fails the import rather than leaving it waiting forever.
    port.onerror = (event) => {
      failure = new Error(`audio analysis failed: ${event.message || 'worker error'}`);
      for (const [id, job] of waiting) {
        if (job.port === index) {
          waiting.delete(id);
          job.reject(failure);
        }
      }
    };
    return port;
  });
  return {
    analyse(bytes) {
      if (failure) return Promise.reject(failure);
      const index = load.indexOf(Math.min(...load));
      load[index]!++;
      const id = nextId++;
      // A copy of just this recording goes over (the import keeps its bytes to store them; a view into a
      // larger read would otherwise carry the whole slice along).
      const copy = bytes.slice();
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject, port: index });
        ports[index]!.postMessage({ id, bytes: copy }, [copy.buffer]);
      });
    },
    stats: () => ({ ...stats }),
    close() {
      // Closed when the import has ended: nobody waits for what is still out, so it is dropped unsettled (a
      // rejection nobody handles would only be reported as an error).
      for (const port of ports) port.terminate();
      waiting.clear();
    },
  };
}
