// Frame-level energy and zero-crossing voice activity detection on 16 kHz audio. Deliberately simple and
// explainable: a frame is speech when it is clearly above the clip's own noise floor and either has a
// speech-like crossing rate (voiced sounds) or is loud enough to be a fricative rather than hiss.

export const FRAME = 512; // 32 ms at 16 kHz; a power of two because Meyda's FFT needs one
export const HOP = 256;
export const SILENCE_DB = -100;

export interface FrameStats {
  /** Frame RMS level in dBFS (SILENCE_DB for digital silence). */
  db: Float32Array;
  /** Zero crossings per sample, 0..1. */
  zcr: Float32Array;
  /** 1 where the VAD counts the frame as speech. */
  speech: Uint8Array;
  /** Frame start offsets into the 16 kHz signal. */
  starts: Int32Array;
}

export function frameStats(x: Float32Array): FrameStats {
  const count = x.length < FRAME ? (x.length > 0 ? 1 : 0) : 1 + Math.floor((x.length - FRAME) / HOP);
  const db = new Float32Array(count);
  const zcr = new Float32Array(count);
  const starts = new Int32Array(count);
  for (let f = 0; f < count; f++) {
    const start = f * HOP;
    const end = Math.min(x.length, start + FRAME);
    let energy = 0;
    let crossings = 0;
    let positive = start < end && x[start]! >= 0;
    for (let i = start; i < end; i++) {
      const v = x[i]!;
      energy += v * v;
      const now = v >= 0;
      if (now !== positive) crossings++;
      positive = now;
    }
    const n = Math.max(1, end - start);
    const ms = energy / n;
    db[f] = ms > 1e-10 ? 10 * Math.log10(ms) : SILENCE_DB;
    zcr[f] = crossings / n;
    starts[f] = start;
  }
  return { db, zcr, starts, speech: detectSpeech(db, zcr) };
}

function detectSpeech(db: Float32Array, zcr: Float32Array): Uint8Array {
  const speech = new Uint8Array(db.length);
  if (db.length === 0) return speech;
  const floor = percentile(db, 0.1);
  // Threshold follows the noise floor but never rises above -40 dBFS: a clip that is speech throughout has
  // no quiet frames to learn the floor from.
  const threshold = Math.max(-55, Math.min(floor + 12, -40));
  for (let f = 0; f < db.length; f++) {
    const level = db[f]!;
    if (level > threshold && (zcr[f]! < 0.3 || level > floor + 20)) speech[f] = 1;
  }
  return speech;
}

export function percentile(values: ArrayLike<number>, q: number): number {
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
