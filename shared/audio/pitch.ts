// Fundamental frequency with YIN (de Cheveigné & Kawahara 2002) on 8 kHz audio: pitch tells children from
// adults and feeds the speaker embedding. Hand-written because it is short and the npm pitch packages are
// either unmaintained or tied to AudioContext.

import { FRAME } from './vad';

const RATE = 8000;
const MIN_HZ = 70;
const MAX_HZ = 600;
const WINDOW = 200; // 25 ms at 8 kHz
const THRESHOLD = 0.15;

/** Pitch (Hz) of each listed 16 kHz frame start, NaN where the frame has no clear period. */
export function trackPitch(x16k: Float32Array, frameStarts: ArrayLike<number>): Float32Array {
  const out = new Float32Array(frameStarts.length).fill(NaN);
  const tauMin = Math.floor(RATE / MAX_HZ);
  const tauMax = Math.ceil(RATE / MIN_HZ);
  const diff = new Float32Array(tauMax + 1);
  const frame = new Float32Array(WINDOW + tauMax);
  for (let f = 0; f < frameStarts.length; f++) {
    // Decimate by two with a pair average: enough low-pass for pitches below 600 Hz.
    const start = frameStarts[f]!;
    if (start + FRAME > x16k.length) continue;
    for (let i = 0; i < frame.length; i++) {
      const a = x16k[start + 2 * i] ?? 0;
      const b = x16k[start + 2 * i + 1] ?? 0;
      frame[i] = 0.5 * (a + b);
    }
    out[f] = yin(frame, diff, tauMin, tauMax);
  }
  return out;
}

/**
 * The cumulative-mean-normalised difference is computed four lags at a time (one pass over the frame feeds
 * four sums, each added in the same order as one lag alone) and only as far as the answer needs: up to the
 * lag after the first dip below the threshold has bottomed out. The values, and so the result, are those of
 * the full table.
 */
function yin(frame: Float32Array, diff: Float32Array, tauMin: number, tauMax: number): number {
  diff[0] = 1;
  let running = 0;
  let computed = 0;
  for (let tau = tauMin; tau < tauMax; tau++) {
    while (computed < tau + 1) {
      const from = computed + 1;
      computed = Math.min(tauMax, computed + 4);
      running = differences(frame, diff, from, computed, running);
    }
    if (diff[tau]! < THRESHOLD) {
      for (;;) {
        if (!(tau + 1 < tauMax)) break;
        while (computed < tau + 2) {
          const from = computed + 1;
          computed = Math.min(tauMax, computed + 4);
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

/** Fills diff[from..to] (at most four lags) and returns the running sum of the raw differences. */
function differences(frame: Float32Array, diff: Float32Array, from: number, to: number, running: number): number {
  if (to - from === 3) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = 0; j < WINDOW; j++) {
      const x = frame[j]!;
      const d0 = x - frame[j + from]!;
      const d1 = x - frame[j + from + 1]!;
      const d2 = x - frame[j + from + 2]!;
      const d3 = x - frame[j + from + 3]!;
      s0 += d0 * d0;
      s1 += d1 * d1;
      s2 += d2 * d2;
      s3 += d3 * d3;
    }
    running = normalise(diff, from, s0, running);
    running = normalise(diff, from + 1, s1, running);
    running = normalise(diff, from + 2, s2, running);
    return normalise(diff, from + 3, s3, running);
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
