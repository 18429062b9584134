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

function yin(frame: Float32Array, diff: Float32Array, tauMin: number, tauMax: number): number {
  diff[0] = 1;
  let running = 0;
  for (let tau = 1; tau <= tauMax; tau++) {
    let sum = 0;
    for (let j = 0; j < WINDOW; j++) {
      const d = frame[j]! - frame[j + tau]!;
      sum += d * d;
    }
    running += sum;
    diff[tau] = running > 0 ? (sum * tau) / running : 1;
  }
  for (let tau = tauMin; tau < tauMax; tau++) {
    if (diff[tau]! < THRESHOLD) {
      while (tau + 1 < tauMax && diff[tau + 1]! < diff[tau]!) tau++;
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
