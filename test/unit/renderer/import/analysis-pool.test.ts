// The import's pool of analysis workers: each recording goes to the least busy worker, answers find their
// recording by id whatever order they come in, an undecodable recording is an answer (the import warns and
// goes on), and a worker that dies fails what it held instead of leaving the import waiting forever.

import { describe, expect, it } from 'vitest';
import { createAnalysisPool, type AnalysisPort } from '../../../../renderer/import/analysis-pool';
import type { AnalysisEvent, AnalysisRequest } from '../../../../renderer/import/analysis-protocol';

class FakeWorker implements AnalysisPort {
  onmessage: ((message: MessageEvent<AnalysisEvent>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: AnalysisRequest[] = [];
  terminated = false;
  postMessage(request: AnalysisRequest): void {
    this.received.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers a request: the first byte of the recording becomes its duration, 0 means undecodable. */
  answer(request: AnalysisRequest): void {
    const event: AnalysisEvent = request.bytes[0]
      ? {
          id: request.id,
          ok: true,
          busyMs: 1,
          analysis: {
            peaks: new Int8Array(2),
            durationMs: request.bytes[0] * 1000,
            features: { loudnessDb: -20, peakDb: -3, speechShare: 0.5, pitchHz: 120, gainDb: 0 },
            embedding: new Float32Array(4),
          },
        }
      : { id: request.id, ok: false, message: 'not a WAV file' };
    this.onmessage?.({ data: event } as MessageEvent<AnalysisEvent>);
  }
}

describe('createAnalysisPool', () => {
  it('spreads recordings over the workers and resolves each with its own answer, in any order', async () => {
    const workers: FakeWorker[] = [];
    const pool = createAnalysisPool(2, () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    });
    const answers = [1, 2, 3, 0].map((seconds) => pool.analyse(new Uint8Array([seconds, 9, 9])));
    expect(workers.map((w) => w.received.length)).toEqual([2, 2]);
    // Answered out of order: the second worker first, its requests newest first.
    for (const worker of [...workers].reverse())
      for (const request of [...worker.received].reverse()) worker.answer(request);
    const results = await Promise.all(answers);
    expect(results.map((r) => ('undecodable' in r ? r.undecodable : r.durationMs))).toEqual([
      1000,
      2000,
      3000,
      'not a WAV file',
    ]);
    expect(pool.stats()).toMatchObject({ clips: 3, audioSeconds: 6, workers: 2 });
    pool.close();
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('sends each worker a copy of just the recording, not the slice it is a view of', () => {
    let worker!: FakeWorker;
    const pool = createAnalysisPool(1, () => (worker = new FakeWorker()));
    const slice = new Uint8Array(1000).fill(7);
    void pool.analyse(slice.subarray(100, 110));
    expect(worker.received[0]!.bytes.buffer.byteLength).toBe(10);
    expect(slice[100]).toBe(7);
    pool.close();
  });

  it('fails the recordings a dead worker held, and every later one', async () => {
    const workers: FakeWorker[] = [];
    const pool = createAnalysisPool(2, () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    });
    const first = pool.analyse(new Uint8Array([1]));
    const second = pool.analyse(new Uint8Array([2]));
    workers[0]!.onerror?.({ message: 'out of memory' } as ErrorEvent);
    await expect(first).rejects.toThrow(/out of memory/);
    workers[1]!.answer(workers[1]!.received[0]!);
    expect(await second).toMatchObject({ durationMs: 2000 });
    await expect(pool.analyse(new Uint8Array([3]))).rejects.toThrow(/out of memory/);
    pool.close();
  });
});
