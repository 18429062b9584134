// Band-limited resampling to the analysis rate (16 kHz), so features mean the same whatever rate an export
// used (Alexa MP3 at 24/44.1 kHz, Home Assistant WAV at 16 kHz). Hand-written windowed-sinc with a
// precomputed polyphase table: small, exact enough for features, and fast (no Math.sin per tap).

const HALF_TAPS = 12;
const PHASES = 128;

export const ANALYSIS_RATE = 16000;

export function resample(samples: Float32Array, fromRate: number, toRate: number = ANALYSIS_RATE): Float32Array {
  if (fromRate === toRate) return samples;
  const ratio = fromRate / toRate;
  // Down-sampling: move the cut-off below the new Nyquist; up-sampling keeps the source's.
  const cutoff = 0.95 * Math.min(1, 1 / ratio);
  const table = kernelTable(cutoff);
  const outLength = Math.floor(samples.length / ratio);
  const out = new Float32Array(outLength);
  const taps = 2 * HALF_TAPS;
  for (let i = 0; i < outLength; i++) {
    const t = i * ratio;
    const base = Math.floor(t);
    const phase = Math.min(PHASES - 1, Math.round((t - base) * PHASES));
    const row = phase * taps;
    let sum = 0;
    for (let k = 0; k < taps; k++) {
      const idx = base - HALF_TAPS + 1 + k;
      if (idx >= 0 && idx < samples.length) sum += samples[idx]! * table[row + k]!;
    }
    out[i] = sum;
  }
  return out;
}

const tables = new Map<number, Float32Array>();

/** Rows of Blackman-windowed sinc taps, one row per fractional phase, each row normalised to unit gain. */
function kernelTable(cutoff: number): Float32Array {
  const cached = tables.get(cutoff);
  if (cached) return cached;
  const taps = 2 * HALF_TAPS;
  const table = new Float32Array(PHASES * taps);
  for (let p = 0; p < PHASES; p++) {
    const frac = p / PHASES;
    let sum = 0;
    for (let k = 0; k < taps; k++) {
      const x = k - HALF_TAPS + 1 - frac;
      const sinc = x === 0 ? 1 : Math.sin(Math.PI * cutoff * x) / (Math.PI * cutoff * x);
      const w = (x + HALF_TAPS) / (2 * HALF_TAPS);
      const blackman = 0.42 - 0.5 * Math.cos(2 * Math.PI * w) + 0.08 * Math.cos(4 * Math.PI * w);
      const v = sinc * Math.max(0, blackman);
      table[p * taps + k] = v;
      sum += v;
    }
    for (let k = 0; k < taps; k++) table[p * taps + k]! /= sum;
  }
  tables.set(cutoff, table);
  return table;
}
