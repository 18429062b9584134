// Fundamental frequency with YIN (de Cheveigné & Kawahara 2002) on 8 kHz audio: pitch tells children from
// adults and feeds the speaker embedding. Hand-written because it is short and the npm pitch packages are
// either unmaintained or tied to AudioContext.

import { FRAME } from './vad';

const RATE = 8000;
const MIN_HZ = 70;
const MAX_HZ = 600;
const WINDOW = 200; // 25 ms at 8 kHz
const THRESHOLD = 0.15;
/** Lags whose differences are summed in one pass over the window. */
const BLOCK = 8;

/** Pitch (Hz) of each listed 16 kHz frame start, NaN where the frame has no clear period. */
export function trackPitch(x16k: Float32Array, frameStarts: ArrayLike<number>): Float32Array {
  const out = new Float32Array(frameStarts.length).fill(NaN);
  const tauMin = Math.floor(RATE / MAX_HZ);
  const tauMax = Math.ceil(RATE / MIN_HZ);
  const diff = new Float32Array(tauMax + 1);
  // Float64 holding float32-rounded values (Math.fround below): the same numbers as a Float32Array, read
  // without a conversion in the inner loops.
  const frame = new Float64Array(WINDOW + tauMax);
  for (let f = 0; f < frameStarts.length; f++) {
    // Decimate by two with a pair average: enough low-pass for pitches below 600 Hz.
    const start = frameStarts[f]!;
    if (start + FRAME > x16k.length) continue;
    // Both samples of a pair inside the signal for i < inside; past its end they count as zero.
    const inside = Math.min(frame.length, Math.floor((x16k.length - start) / 2));
    for (let i = 0; i < inside; i++) frame[i] = Math.fround(0.5 * (x16k[start + 2 * i]! + x16k[start + 2 * i + 1]!));
    for (let i = inside; i < frame.length; i++) {
      const a = x16k[start + 2 * i] ?? 0;
      const b = x16k[start + 2 * i + 1] ?? 0;
      frame[i] = Math.fround(0.5 * (a + b));
    }
    out[f] = yin(frame, diff, tauMin, tauMax);
  }
  return out;
}

/**
 * The cumulative-mean-normalised difference is computed eight lags at a time (one pass over the frame feeds
 * eight sums, each added in the same order as one lag alone) and only as far as the answer needs: up to the
 * lag after the first dip below the threshold has bottomed out. The values, and so the result, are those of
 * the full table.
 */
function yin(frame: Float64Array, diff: Float32Array, tauMin: number, tauMax: number): number {
  diff[0] = 1;
  let running = 0;
  let computed = 0;
  for (let tau = tauMin; tau < tauMax; tau++) {
    while (computed < tau + 1) {
      const from = computed + 1;
      computed = Math.min(tauMax, computed + BLOCK);
      running = differences(frame, diff, from, computed, running);
    }
    if (diff[tau]! < THRESHOLD) {
      for (;;) {
        if (!(tau + 1 < tauMax)) break;
        while (computed < tau + 2) {
          const from = computed + 1;
          computed = Math.min(tauMax, computed + BLOCK);
          running = differences(frame, diff, from, computed, running);
        }
        if (!(diff[tau + 1]! < diff[tau]!)) break;
        tau++;
      }
      const a = diff[tau - 1]!;
      const b = diff[tau]!;
      const c = diff[tau + 1]!;
      const denom = a - 2 * b + c;
      const shift = denom !== 0 ? (0.5 * (a - c)) / denom : 0;
      return RATE / (tau + Math.max(-1, Math.min(1, shift)));
    }
  }
  return NaN;
}

/**
 * Fills diff[from..to] (at most eight lags) and returns the running sum of the raw differences. The eight
 * lagged samples of one step are the previous step's shifted by one, so each step reads two new samples
 * instead of nine.
 */
function differences(frame: Float64Array, diff: Float32Array, from: number, to: number, running: number): number {
  if (to - from === BLOCK - 1) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    let y0 = frame[from]!;
    let y1 = frame[from + 1]!;
    let y2 = frame[from + 2]!;
    let y3 = frame[from + 3]!;
    let y4 = frame[from + 4]!;
    let y5 = frame[from + 5]!;
    let y6 = frame[from + 6]!;
    for (let j = 0; j < WINDOW; j++) {
      const x = frame[j]!;
      const y7 = frame[j + from + 7]!;
      const d0 = x - y0;
      const d1 = x - y1;
      const d2 = x - y2;
      const d3 = x - y3;
      const d4 = x - y4;
      const d5 = x - y5;
      const d6 = x - y6;
      const d7 = x - y7;
      s0 += d0 * d0;
      s1 += d1 * d1;
      s2 += d2 * d2;
      s3 += d3 * d3;
      s4 += d4 * d4;
      s5 += d5 * d5;
      s6 += d6 * d6;
      s7 += d7 * d7;
      y0 = y1;
      y1 = y2;
      y2 = y3;
      y3 = y4;
      y4 = y5;
      y5 = y6;
      y6 = y7;
    }
    running = normalise(diff, from, s0, running);
    running = normalise(diff, from + 1, s1, running);
    running = normalise(diff, from + 2, s2, running);
    running = normalise(diff, from + 3, s3, running);
    running = normalise(diff, from + 4, s4, running);
    running = normalise(diff, from + 5, s5, running);
    running = normalise(diff, from + 6, s6, running);
    return normalise(diff, from + 7, s7, running);
  }
  for (let tau = from; tau <= to; tau++) {
    let sum = 0;
    for (let j = 0; j < WINDOW; j++) {
      const d = frame[j]! - frame[j + tau]!;
      sum += d * d;
    }
    running = normalise(diff, tau, sum, running);
  }
  return running;
}

function normalise(diff: Float32Array, tau: number, sum: number, running: number): number {
  running += sum;
  diff[tau] = running > 0 ? (sum * tau) / running : 1;
  return running;
}
