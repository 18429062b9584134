// The import's remaining-time estimate on a recorded progress trace: the bench's generated household
// (500 WAVs of 2–8 s + 1,500 transcripts, scale 0.25) through the real ingest in Node, with a sink that
// takes as long per batch as a small IndexedDB transaction. Every estimate after the first 10 % of the work
// must be within ±30 % of the time that was actually left.

import { describe, expect, it } from 'vitest';
import { MIN_SHARE, remainingTimeEstimator } from '../../../shared/pipeline/estimate';

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
});
