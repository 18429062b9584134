// The import's remaining-time estimate on a recorded progress trace: the bench's generated household
// (500 WAVs of 2–8 s + 1,500 transcripts, scale 0.25) through the real ingest in Node, with a sink that
// takes as long per batch as a small IndexedDB transaction. Every estimate after the first 10 % of the work
// must be within ±30 % of the time that was actually left.

import { describe, expect, it } from 'vitest';
import {
  COMMIT_PER_WRITE_MS,
  MIN_SHARE,
  ROW_COST_BYTES,
  remainingTimeEstimator,
  rowWriteShare,
} from '../../../shared/pipeline/estimate';

/** [share of the audio bytes done, ms since the import started], from the first 'audio' report on. */
const TRACE: [number, number][] = [
  [0, 1118],
  [0.0507, 1918],
  [0.1081, 2185],
  [0.1554, 2340],
  [0.2037, 2472],
  [0.2545, 2696],
  [0.2996, 2996],
  [0.3438, 3279],
  [0.3929, 3401],
  [0.4484, 3530],
  [0.4948, 3688],
  [0.5477, 3881],
  [0.5982, 4110],
  [0.6512, 4457],
  [0.7006, 4845],
  [0.7572, 5530],
  [0.8071, 5777],
  [0.8547, 5897],
  [0.9055, 5996],
  [0.9553, 6097],
  [1, 6193],
  [1, 6241],
];
/** When the import reported done. */
const END_MS = 6241;

describe('remainingTimeEstimator', () => {
  it('is within ±30 % of the truth after the first 10 % of a recorded import', () => {
    const estimator = remainingTimeEstimator();
    let checked = 0;
    for (const [share, at] of TRACE) {
      const estimate = estimator.update(share, at);
      if (share < MIN_SHARE) {
        expect(estimate).toBeUndefined();
        continue;
      }
      expect(estimate).toBeDefined();
      const actual = END_MS - at;
      if (actual < 1_000) continue; // the last second: one slow batch is the whole error
      expect(Math.abs(estimate! / actual - 1)).toBeLessThanOrEqual(0.3);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('does better than extrapolating the whole elapsed time (the old estimate)', () => {
    // The old formula counted opening and parsing the files as audio work.
    const [share, at] = TRACE.find(([s]) => s >= MIN_SHARE)!;
    const old = (at / share) * (1 - share);
    const actual = END_MS - at;
    expect(old / actual).toBeGreaterThan(1.3);
    const estimator = remainingTimeEstimator();
    let estimate: number | undefined;
    for (const [s, t] of TRACE) if (s <= share) estimate = estimator.update(s, t);
    expect(Math.abs(estimate! / actual - 1)).toBeLessThanOrEqual(0.3);
  });

  it('says nothing before it can, and nothing silly on odd input', () => {
    const estimator = remainingTimeEstimator();
    expect(estimator.update(0, 1_000)).toBeUndefined();
    expect(estimator.update(0.05, 2_000)).toBeUndefined();
    expect(estimator.update(Number.NaN, 2_500)).toBeUndefined();
    expect(estimator.update(0.05, 3_000)).toBeUndefined(); // no progress since the first batch
    expect(estimator.update(0.2, 4_000)).toBe(Math.round((0.8 * 2_000) / 0.15));
    expect(estimator.update(1, 5_000)).toBe(0);
  });

  it('adds the work after the phase as a share of the whole phase', () => {
    const estimator = remainingTimeEstimator({ tail: 0.15 });
    estimator.update(0, 0);
    estimator.update(0.1, 1_000);
    // 0.4 of the phase in 3 s since the first batch → 3.75 s left of a 7.75 s phase, then 15 % of 7.75 s.
    expect(estimator.update(0.5, 4_000)).toBe(Math.round(3_750 + 0.15 * 7_750));
    // The phase is done; what follows it is still ahead.
    expect(estimator.update(1, 9_000)).toBe(Math.round(0.15 * 9_000));
  });

  it('projects the work after the phase from the time spent writing (a simulated import, injected clock)', () => {
    // 20 batches: 400 ms reading + analysing and 300 ms writing each (the first twice as slow: warming up),
    // then a commit that rewrites what was staged: 0.9 × the writes.
    const steps: { share: number; at: number; written: number }[] = [{ share: 0, at: 0, written: 0 }];
    let at = 0;
    let written = 0;
    for (let batch = 1; batch <= 20; batch++) {
      const slow = batch === 1 ? 2 : 1;
      at += 400 * slow + 300 * slow;
      written += 300 * slow;
      steps.push({ share: batch / 20, at, written });
    }
    const end = at + 0.9 * written;
    const withWrites = remainingTimeEstimator({ afterWrite: 1 });
    const fixedTail = remainingTimeEstimator({ tail: 0.15 });
    let worstWrites = 0;
    let worstTail = 0;
    for (const { share, at: now, written: w } of steps) {
      const a = withWrites.update(share, now, w);
      const b = fixedTail.update(share, now);
      if (share < MIN_SHARE) {
        expect(a).toBeUndefined();
        continue;
      }
      worstWrites = Math.max(worstWrites, Math.abs(a! / (end - now) - 1));
      worstTail = Math.max(worstTail, Math.abs(b! / (end - now) - 1));
    }
    // Within the ±30 % target (the warm-up batch inflates the first projections); the fixed share is not.
    expect(worstWrites).toBeLessThanOrEqual(0.3);
    expect(worstTail).toBeGreaterThan(0.3);
  });

  it('counts a batch’s write time as rows or audio by what it held', () => {
    expect(rowWriteShare(0, 0)).toBe(0);
    expect(rowWriteShare(100, 0)).toBe(1);
    expect(rowWriteShare(0, 1_000_000)).toBe(0);
    expect(rowWriteShare(10, 10 * ROW_COST_BYTES)).toBeCloseTo(0.5);
  });

  it('estimates a commit that writes the rows again but not the audio (a simulated import, injected clock)', () => {
    // 20 batches of 100 captures, every other one with 100 recordings of 160 KB: reading + analysing 40 ms per
    // recording; writing 1 ms per row (capture or peaks) and 1 ms per ROW_COST_BYTES of audio; the first
    // batch twice as slow (warming up). The commit writes each row once more (at COMMIT_PER_WRITE_MS) and no
    // audio.
    const steps: { share: number; at: number; written: number; rowsWritten: number }[] = [
      { share: 0, at: 0, written: 0, rowsWritten: 0 },
    ];
    let at = 0;
    let written = 0;
    let rowsWritten = 0;
    let rowsTotal = 0;
    const batches = Array.from({ length: 20 }, (_, i): number => (i % 2 ? 100 : 0));
    const audioTotal = batches.reduce((sum, n) => sum + n * 160_000, 0);
    let audioDone = 0;
    batches.forEach((recordings, i) => {
      const slow = i === 0 ? 2 : 1;
      const rows = 100 + recordings;
      const bytes = recordings * 160_000;
      const write = (rows + bytes / ROW_COST_BYTES) * slow;
      at += recordings * 40 * slow + write;
      written += write;
      rowsWritten += write * rowWriteShare(rows, bytes);
      rowsTotal += rows;
      audioDone += bytes;
      steps.push({ share: audioDone / audioTotal, at, written, rowsWritten });
    });
    const end = at + rowsTotal * COMMIT_PER_WRITE_MS;
    const rowsOnly = remainingTimeEstimator({ afterWrite: COMMIT_PER_WRITE_MS });
    const allWrites = remainingTimeEstimator({ afterWrite: COMMIT_PER_WRITE_MS });
    let worstRows = 0;
    let worstAll = 0;
    for (const { share, at: now, written: w, rowsWritten: r } of steps) {
      const a = rowsOnly.update(share, now, r);
      const b = allWrites.update(share, now, w);
      if (share < MIN_SHARE || a === undefined || end - now < 100) continue;
      worstRows = Math.max(worstRows, Math.abs(a / (end - now) - 1));
      worstAll = Math.max(worstAll, Math.abs(b! / (end - now) - 1));
    }
    expect(worstRows).toBeLessThanOrEqual(0.3);
    // Counting the audio's write time as commit work (the model of a commit that moved the audio) is not.
    expect(worstAll).toBeGreaterThan(0.3);
  });

  it('on a recorded import whose commit writes no audio, the rows’ write time projects the commit', () => {
    // The household archive (2,000 WAVs + 6,000 transcripts) in the bench on the idle VM, the recordings
    // analysed by the worker pool while staging writes: [share of the audio bytes, ms since the audio phase
    // started, ms spent writing batches so far, of them writing rows (rowWriteShare)]; the commit took 1.5 s,
    // 0.60 × the rows' write time; done at END.
    const recorded: [number, number, number, number][] = [
      [0.0, 0, 0, 0],
      [0.0495, 856, 407, 136],
      [0.0955, 1410, 827, 283],
      [0.1454, 1942, 1198, 406],
      [0.1962, 2450, 1547, 521],
      [0.2433, 3063, 2005, 679],
      [0.2937, 3628, 2439, 823],
      [0.3429, 4158, 2831, 954],
      [0.3938, 4744, 3246, 1090],
      [0.4441, 5288, 3668, 1231],
      [0.4934, 5867, 4115, 1380],
      [0.5402, 6388, 4521, 1521],
      [0.5939, 6995, 4918, 1646],
      [0.6454, 7502, 5284, 1766],
      [0.6955, 8069, 5695, 1902],
      [0.7471, 8618, 6105, 2035],
      [0.7986, 8970, 6362, 2119],
      [0.8515, 9479, 6687, 2223],
      [0.8992, 9889, 6940, 2309],
      [0.9505, 10439, 7300, 2428],
      [1.0, 10782, 7554, 2512],
      [1.0, 10790, 7563, 2521],
    ];
    const END = 12_297;
    const rows = remainingTimeEstimator({ afterWrite: COMMIT_PER_WRITE_MS });
    const asLong = remainingTimeEstimator({ afterWrite: 1 });
    const allWrites = remainingTimeEstimator({ afterWrite: 1 });
    const errors: { rows: number; asLong: number; all: number }[] = [];
    for (const [share, at, written, rowsWritten] of recorded) {
      const a = rows.update(share, at, rowsWritten);
      const b = asLong.update(share, at, rowsWritten);
      const c = allWrites.update(share, at, written);
      if (share < MIN_SHARE) expect(a).toBeUndefined();
      else expect(a).toBeDefined();
      if (share >= MIN_SHARE && END - at > 1_000)
        errors.push({ rows: a! / (END - at) - 1, asLong: b! / (END - at) - 1, all: c! / (END - at) - 1 });
    }
    expect(errors.length).toBeGreaterThan(15);
    const worst = (pick: (e: (typeof errors)[number]) => number) => Math.max(...errors.map((e) => Math.abs(pick(e))));
    // Every estimate after 10 % is within ±30 %. A commit as long as the rows' writes (the model before the
    // pool analysed while staging) is 67 % high at the end, when the commit is most of what is left; counting
    // the audio's writes too is further off still.
    expect(worst((e) => e.rows)).toBeLessThanOrEqual(0.3);
    expect(worst((e) => e.asLong)).toBeGreaterThan(0.5);
    expect(worst((e) => e.all)).toBeGreaterThan(worst((e) => e.asLong));
  });

  it('on a recorded import that stores each recording as a slice of the file, rows cost ROW_COST_BYTES', () => {
    // The household archive (2,000 WAVs of 307 MB + 6,000 transcripts: 10,000 rows) in the bench under load 14,
    // the recordings written as slices of the chosen zip: [share of the audio bytes, ms since the audio phase
    // started, ms spent writing batches so far]; the commit took 3.5 s; done at END. The rows' share of each
    // batch's writes is taken from the household's totals (its batches hold rows and audio in like proportion).
    const recorded: [number, number, number][] = [
      [0.0, 0, 0],
      [0.0495, 1460, 560],
      [0.0955, 2229, 1096],
      [0.1454, 2839, 1544],
      [0.1962, 3430, 1928],
      [0.2433, 4252, 2337],
      [0.2937, 4895, 2675],
      [0.3429, 5473, 3012],
      [0.3938, 6255, 3493],
      [0.4441, 6816, 3848],
      [0.4934, 7364, 4168],
      [0.5402, 8148, 4604],
      [0.5939, 8875, 5031],
      [0.6454, 9717, 5506],
      [0.6955, 10430, 6030],
      [0.7471, 11004, 6453],
      [0.7986, 12214, 7005],
      [0.8515, 12962, 7497],
      [0.8992, 13762, 7847],
      [0.9505, 14454, 8235],
      [1.0, 15254, 8496],
      [1.0, 15274, 8516],
    ];
    const END = 18_762;
    const worstWith = (rowCostBytes: number) => {
      const rowCost = 10_000 * rowCostBytes;
      const share = rowCost / (rowCost + 321_668_748);
      const estimator = remainingTimeEstimator({ afterWrite: COMMIT_PER_WRITE_MS });
      let worst = 0;
      for (const [done, at, written] of recorded) {
        const left = estimator.update(done, at, written * share);
        if (done >= MIN_SHARE && END - at > 1_000) worst = Math.max(worst, Math.abs(left! / (END - at) - 1));
      }
      return worst;
    };
    expect(rowWriteShare(10_000, 321_668_748)).toBeCloseTo(
      (10_000 * ROW_COST_BYTES) / (10_000 * ROW_COST_BYTES + 321_668_748),
    );
    expect(worstWith(ROW_COST_BYTES)).toBeLessThanOrEqual(0.3);
    // The cost fitted while every recording went back to the browser as a new Blob underestimates this commit.
    expect(worstWith(16_000)).toBeGreaterThan(0.3);
  });

  it('on a recorded import whose commit also computes the library pass, the commit is projected as 0.7 × the rows', () => {
    // The household archive in the bench (load 5–7), the commit computing the library pass before it writes
    // each capture once with its groups, voices and foreign scores: [share of the audio bytes, ms since the audio
    // phase started, ms spent writing rows so far]; the commit took 3.3 s (0.78 × the rows' writes); done at END.
    const recorded: [number, number, number][] = [
      [0.0, 0, 0],
      [0.0495, 1108, 208],
      [0.0955, 1729, 448],
      [0.1454, 2328, 697],
      [0.1962, 2877, 897],
      [0.2433, 3605, 1180],
      [0.2937, 4138, 1337],
      [0.3429, 4843, 1579],
      [0.3938, 5339, 1761],
      [0.4441, 5893, 1926],
      [0.4934, 6415, 2142],
      [0.5402, 7165, 2435],
      [0.5939, 7773, 2658],
      [0.6454, 8233, 2804],
      [0.6955, 8758, 2986],
      [0.7471, 9472, 3202],
      [0.7986, 10028, 3391],
      [0.8515, 10529, 3580],
      [0.8992, 11120, 3852],
      [0.9505, 11856, 4139],
      [1.0, 12184, 4244],
      [1.0, 12201, 4259],
    ];
    const END = 15_510;
    const worstWith = (afterWrite: number) => {
      const estimator = remainingTimeEstimator({ afterWrite });
      let worst = 0;
      for (const [done, at, rows] of recorded) {
        const left = estimator.update(done, at, rows);
        if (done >= MIN_SHARE && END - at > 1_000) worst = Math.max(worst, Math.abs(left! / (END - at) - 1));
      }
      return worst;
    };
    expect(worstWith(COMMIT_PER_WRITE_MS)).toBeLessThanOrEqual(0.15);
    // The factor of the commit before it computed the pass leaves the end of this import 23 % short.
    expect(worstWith(0.6)).toBeGreaterThan(0.2);
  });

  it('on a recorded import whose commit moved the audio again, all writes projected it (the model before)', () => {
    // The household archive (2,000 WAVs + 6,000 transcripts) in the bench under load 30–38: [share of the audio
    // bytes, ms since the audio phase started, ms spent writing batches so far]; done at END.
    const recorded: [number, number, number][] = [
      [0.0, 0, 0],
      [0.0495, 2835, 1046],
      [0.0955, 3880, 1275],
      [0.1454, 5130, 1569],
      [0.1962, 7531, 2387],
      [0.2433, 9957, 3468],
      [0.2937, 12007, 4220],
      [0.3429, 12982, 4604],
      [0.3938, 14885, 5223],
      [0.4441, 17577, 6161],
      [0.4934, 20491, 7472],
      [0.5402, 24008, 8323],
      [0.5939, 26280, 9460],
      [0.6454, 29330, 10257],
      [0.6955, 31068, 10832],
      [0.7471, 32502, 11333],
      [0.7986, 33821, 12024],
      [0.8515, 35032, 12411],
      [0.8992, 36174, 12856],
      [0.9505, 37601, 13492],
      [1.0, 39773, 13908],
      [1.0, 39784, 13918],
    ];
    const END = 52_311;
    // That commit moved every recording again: it took about as long as all the writes of staging.
    const withWrites = remainingTimeEstimator({ afterWrite: 1 });
    const fixedTail = remainingTimeEstimator({ tail: 0.15 });
    const late: { writes: number; tail: number }[] = [];
    for (const [share, at, written] of recorded) {
      const a = withWrites.update(share, at, written);
      const b = fixedTail.update(share, at);
      if (share < MIN_SHARE) expect(a).toBeUndefined();
      else expect(a).toBeDefined();
      // From 70 % on, the commit is a growing part of what is left. (Earlier, the load on the shared machine
      // changed the phase's rate by up to 2× — no estimate from the rate so far can follow that: worst 38 %.)
      if (share >= 0.7 && END - at > 1_000) late.push({ writes: a! / (END - at) - 1, tail: b! / (END - at) - 1 });
    }
    expect(late.length).toBeGreaterThan(5);
    expect(Math.max(...late.map(({ writes }) => Math.abs(writes)))).toBeLessThanOrEqual(0.4);
    expect(Math.max(...late.map(({ tail }) => Math.abs(tail)))).toBeGreaterThan(0.45);
  });
});
