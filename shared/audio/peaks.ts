// Waveform peaks for lists, the timeline and wavesurfer's pre-decoded load path: interleaved min,max per
// bucket as Int8 (±127), a few hundred bytes per clip, computed once at import.

export const MAX_PEAK_BUCKETS = 1000;

export function computePeaks(samples: Float32Array, buckets: number = 500): Int8Array {
  const n = Math.max(1, Math.min(MAX_PEAK_BUCKETS, Math.floor(buckets), samples.length));
  const out = new Int8Array(n * 2);
  if (samples.length === 0) return new Int8Array(0);
  for (let b = 0; b < n; b++) {
    const start = Math.floor((b * samples.length) / n);
    const end = Math.floor(((b + 1) * samples.length) / n);
    let min = 1;
    let max = -1;
    for (let i = start; i < end; i++) {
      const v = samples[i]!;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    out[2 * b] = toInt8(min);
    out[2 * b + 1] = toInt8(max);
  }
  return out;
}

function toInt8(v: number): number {
  return Math.max(-127, Math.min(127, Math.round(v * 127)));
}
