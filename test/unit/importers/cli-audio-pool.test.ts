// `analyze` analyses audio on worker threads: the result must be exactly the single-threaded one (same
// flags, durations, voices, warnings), and progress goes to stderr only on a terminal — piped, stderr stays
// empty so scripts see nothing but the report.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { createProgress, progressLine } from '../../../electron/cli/progress';
import { collectUserFiles } from '../../../electron/cli/node-input';
import { createVoicePool } from '../../../electron/cli/voice-pool';
import { analyseRecording } from '../../../electron/cli/voice-job';
import { toneWav } from '../../fixtures/wav';
import { analyzeFiles } from '../../../shared/pipeline/analyze';
import { clusterVoices, type VoiceItem } from '../../../shared/voices/cluster';

const run = promisify(execFile);
const fx = inject('household');

describe('analyze with the audio thread pool', () => {
  it('gives exactly the single-threaded result', async () => {
    const files = () => collectUserFiles(fx.paths.all);
    const alone = await analyzeFiles(await files(), { timeZone: 'Europe/Berlin' });
    const pool = createVoicePool(2);
    const pooled = await analyzeFiles(await files(), {
      timeZone: 'Europe/Berlin',
      recordingAnalyser: pool.analyse,
    }).finally(() => pool.close());
    if (alone.kind !== 'done' || pooled.kind !== 'done') throw new Error('fixture not recognised');
    expect(pooled.captures.some((c) => c.durationMs !== undefined)).toBe(true);
    expect(pooled.voices.length).toBeGreaterThan(0);
    expect(pooled.captures).toEqual(alone.captures);
    expect(pooled.voices).toEqual(alone.voices);
    expect(pooled.groups).toEqual(alone.groups);
    expect([...pooled.foreign]).toEqual([...alone.foreign]);
    expect(new Set(pooled.warnings.map((w) => JSON.stringify(w)))).toEqual(
      new Set(alone.warnings.map((w) => JSON.stringify(w))),
    );
  }, 120_000);

  it('gives the same result when the threads read the recordings ahead and one clusters the voices', async () => {
    const files = () => collectUserFiles(fx.paths.all);
    const alone = await analyzeFiles(await files(), { timeZone: 'Europe/Berlin' });
    const pool = createVoicePool(2);
    let listed = 0;
    let clustered = 0;
    const ahead = await analyzeFiles(await files(), {
      timeZone: 'Europe/Berlin',
      recordingAnalyser: pool.analyse,
      onEntries: (entries) => {
        listed = entries.length;
        pool.prefetch(entries);
      },
      readsAhead: pool.readsAhead,
      voiceClusterer: (items) => {
        clustered = items.length;
        return pool.cluster(items);
      },
    }).finally(() => pool.close());
    if (alone.kind !== 'done' || ahead.kind !== 'done') throw new Error('fixture not recognised');
    expect(listed).toBeGreaterThan(0);
    expect(clustered).toBeGreaterThan(0);
    expect(ahead.captures.some((c) => c.durationMs !== undefined)).toBe(true);
    expect(ahead.captures).toEqual(alone.captures);
    expect(ahead.voices).toEqual(alone.voices);
    expect(ahead.groups).toEqual(alone.groups);
    expect([...ahead.foreign]).toEqual([...alone.foreign]);
    expect(ahead.warnings).toEqual(alone.warnings);
  }, 120_000);

  it('answers each recording of a batch with its own analysis; moves whole buffers, copies views', async () => {
    const own = [toneWav(2500, 180), toneWav(1200, 300), toneWav(800, 120)];
    const shared = new Uint8Array(own[1]!.length + 16);
    shared.set(own[1]!, 16);
    const view = shared.subarray(16);
    const viewLength = view.byteLength;
    const broken = new Uint8Array([1, 2, 3, 4]);
    const expected = await Promise.all([...own, view, broken].map((b) => analyseRecording(b.slice())));
    const pool = createVoicePool(2);
    // A thread still starting is sent copies (kept here in case it never starts): one answer from each first.
    const early = [toneWav(500, 200), toneWav(500, 200)];
    await Promise.all(early.map((b) => pool.analyse(b)));
    expect(early.map((b) => b.byteLength)).not.toContain(0);
    const results = await Promise.all([...own, view, broken].map((b) => pool.analyse(b))).finally(() => pool.close());
    expect(results).toEqual(expected);
    expect(results[4]!.ok).toBe(false);
    expect(expected.slice(0, 4).every((r) => r.ok)).toBe(true);
    // Moved to the threads (detached here) …
    expect(own.map((b) => b.byteLength)).toEqual([0, 0, 0]);
    // … while a view into a larger buffer is copied and stays usable.
    expect(view.byteLength).toBe(viewLength);
  }, 60_000);

  it('clusters voices on a thread exactly as here; an error of the clustering there is not lost', async () => {
    let seed = 5;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
    const centres = [0, 1, 2].map(() => Float32Array.from({ length: 50 }, () => random() - 0.5));
    const items: VoiceItem[] = Array.from({ length: 400 }, (_, i) => ({
      id: `capture-${(i * 7919) % 10_007}`,
      embedding: Float32Array.from(centres[i % 3]!, (x) => x + (random() - 0.5) * 0.3),
      pitchHz: i % 3 === 2 ? 290 : 120 + random() * 30,
      ...(i % 7 === 0 ? { personName: i % 3 ? 'Tom' : 'Anna' } : {}),
    }));
    const expected = clusterVoices(items);
    const pool = createVoicePool(2);
    try {
      // Threads that have started (they answer recordings first), as after the analysis.
      await Promise.all([toneWav(300, 200), toneWav(300, 200)].map((b) => pool.analyse(b)));
      const clustering = await pool.cluster(items);
      expect(clustering.voices).toEqual(expected.voices);
      expect([...clustering.voiceOf]).toEqual([...expected.voiceOf]);
      expect(expected.voices.length).toBeGreaterThan(1);
      // The embeddings were copied to the thread: still here for the foreign scoring.
      expect(items.every((item) => item.embedding.length === 50)).toBe(true);
      // A clustering that throws on the thread throws the same error here, not a hang or a message lost.
      const broken = [{ id: 'a', embedding: null }] as unknown as VoiceItem[];
      const local = await Promise.resolve()
        .then(() => clusterVoices(broken))
        .catch((error: unknown) => error as Error);
      expect(local).toBeInstanceOf(TypeError);
      await expect(pool.cluster(broken)).rejects.toThrow((local as Error).message);
      // The pool still answers afterwards.
      expect([...(await pool.cluster(items)).voiceOf]).toEqual([...expected.voiceOf]);
    } finally {
      await pool.close();
    }
    // Without a thread (closed), here.
    expect((await pool.cluster(items)).voices).toEqual(expected.voices);
  }, 60_000);

  // Through tsx, as `npm run cli` runs it: the shared esbuild bundle has no voice-thread module to start.
  it('writes no progress when stderr is piped', async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/main.ts', 'analyze', ...fx.paths.all, '--tz', 'Europe/Berlin'],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    expect(JSON.parse(stdout).captures.length).toBe(fx.truth.captures.length);
    expect(stderr).toBe('');
  }, 120_000);
});

describe('progress on a terminal', () => {
  it('draws a bar with counts and says when it cannot estimate yet', () => {
    const line = progressLine(
      { phase: 'audio', done: 1_200, total: 8_000, audioDone: 300, audioTotal: 1_000, remainingMs: undefined },
      100,
    );
    expect(line).toMatch(/^\[#+\.+\] importing 1,200\/8,000 · audio 300\/1,000 · ETA estimating…$/);
    expect(
      progressLine(
        { phase: 'analysing', done: 10, total: 20, audioDone: 10, audioTotal: 20, remainingMs: 75_000 },
        100,
      ),
    ).toContain('analysing audio 10/20 · ETA 1 min 15 s');
  });

  it('redraws in place on a TTY and clears the line at the end; writes nothing otherwise', () => {
    const written: string[] = [];
    let clock = 0;
    const tty = createProgress({ isTTY: true, columns: 80, write: (t: string) => written.push(t) }, () => clock);
    const base = { files: [], captures: 100, audioLinked: 0, elapsedMs: 0 };
    tty.import({ ...base, phase: 'parsing', processed: 0 });
    clock = 500;
    tty.import({ ...base, phase: 'audio', processed: 50, remainingMs: 4_000 });
    tty.done();
    expect(written[0]!.startsWith('\r\x1b[2K[')).toBe(true);
    expect(written[0]).toContain('reading transcripts 0/100');
    expect(written[1]).toContain('importing 50/100 · ETA 4 s');
    expect(written.at(-1)).toBe('\r\x1b[2K');

    const piped: string[] = [];
    // With the recordings read ahead, the import reads on without waiting for their analysis: the ETA is the
    // longer of the two, and none while the analysis cannot estimate yet.
    const ahead: string[] = [];
    clock = 0;
    const both = createProgress({ isTTY: true, columns: 100, write: (t: string) => ahead.push(t) }, () => clock);
    both.ahead(0, 100);
    both.import({ ...base, phase: 'audio', processed: 20, remainingMs: 1_000 });
    expect(ahead.at(-1)).toContain('ETA estimating…');
    clock = 5_000;
    both.ahead(25, 100);
    clock = 10_000;
    both.ahead(50, 100);
    clock = 10_200; // redrawn at most every 100 ms
    both.import({ ...base, phase: 'audio', processed: 60, remainingMs: 1_000 });
    expect(ahead.at(-1)).toMatch(/importing 60\/100 · ETA ([5-9]|1\d) s$/);
    both.import({ ...base, phase: 'committing', processed: 100 });
    clock = 10_400;
    both.audio(50, 100);
    expect(ahead.at(-1)).toMatch(/analysing audio 50\/100 · ETA ([5-9]|1\d) s$/);

    const quiet = createProgress({ isTTY: false, write: (t: string) => piped.push(t) });
    quiet.import({ ...base, phase: 'audio', processed: 50 });
    quiet.audio(1, 2);
    quiet.done();
    expect(piped).toEqual([]);
  });
});
