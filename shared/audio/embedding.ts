// Speaker embedding: MFCC statistics (Meyda's MFCC, computed by ./mfcc without its per-frame garbage) plus a
// soft pitch histogram. Not a neural speaker model, but offline, small and enough to tell a household's few
// voices apart. MFCC dimensions are standardised with fixed reference statistics, the pitch block gets a fixed
// share, and the vector is L2-normalised, so the dot product of two embeddings is their cosine similarity.

import { createMfcc, type MfccExtractor } from './mfcc';
import { ANALYSIS_RATE } from './resample';
import { FRAME, type FrameStats } from './vad';

const COEFFS = 20; // c0 (overall level) is dropped: the embedding must not depend on how loud someone spoke
const REF_RMS = 0.1;
/** 64 evenly spaced speech frames give stable statistics. */
const MAX_FRAMES = 64;
export const MFCC_DIMS = 2 * (COEFFS - 1);
/** Soft pitch histogram: centres a quarter octave apart from 70 to 470 Hz, overlapping so it is smooth. */
const PITCH_CENTRES = Array.from({ length: 12 }, (_, k) => 70 * 2 ** (k / 4));
const PITCH_SIGMA_OCTAVES = 0.2;
/** Norm of the pitch block relative to the MFCC block (38 dimensions of unit within-speaker spread): ~¼ of the whole. */
export const PITCH_BLOCK_WEIGHT = 10;
export const EMBEDDING_SIZE = MFCC_DIMS + PITCH_CENTRES.length;

// Reference statistics of rawSpeakerFeatures over 168 clips of 14 espeak-ng voice/pitch settings, each as WAV
// and as 32 kbit/s MP3 (none of them a test or benchmark speaker; bench/foreign-voice-calibration.ts derives
// them): the mean, the within-speaker spread and the square root of the Fisher ratio (between- / within-speaker
// spread) per dimension. Centering removes what all speech shares; dividing by the within-speaker spread and
// weighting by the Fisher ratio (a diagonal LDA) lets the cosine compare what differs between speakers rather
// than between sentences or codecs. Pitch (the strongest single cue) goes into its own block.
const REF_MEAN = [
  19.603, 4.823, 4.321, -10.685, -6.974, -6.775, -6.129, -0.92, -1.612, -1.42, -2.328, -2.082, -0.555, -1.316, -1.297,
  0.362, 0.923, -0.008, 1.29, 21.088, 11.201, 15.004, 11.903, 11.788, 9.211, 8.816, 7.801, 6.931, 5.594, 5.894, 5.171,
  4.488, 4.305, 4.035, 3.764, 3.974, 3.226, 2.957,
];
const REF_SCALE = [
  3.302, 3.679, 2.756, 2.026, 2.29, 1.781, 1.388, 2.093, 1.706, 1.164, 1.551, 1.22, 0.791, 0.608, 0.607, 0.759, 0.671,
  0.633, 0.703, 2.02, 2.063, 1.728, 1.123, 1.627, 1.308, 1.247, 1.14, 1.047, 0.68, 0.796, 0.669, 0.676, 0.635, 0.607,
  0.632, 0.449, 0.433, 0.359,
];
const WEIGHTS = [
  0.97, 0.71, 1.22, 1.48, 0.91, 1.27, 0.99, 1.06, 1.28, 1.28, 1.21, 1.0, 1.69, 2.0, 1.62, 1.45, 2.25, 1.91, 1.44, 1.24,
  0.6, 1.26, 1.4, 0.67, 0.86, 0.72, 0.88, 1.09, 1.08, 1.2, 1.15, 1.09, 1.19, 1.06, 1.33, 1.82, 1.58, 1.36,
];

let mfccExtractor: MfccExtractor | undefined;
const mfccOf = (frame: Float32Array) => (mfccExtractor ??= createMfcc(ANALYSIS_RATE, FRAME, COEFFS)).extract(frame);

/**
 * @param x16k mono 16 kHz signal
 * @param stats frame statistics of x16k (its speech frames are used)
 * @param pitches pitch per frame (NaN where unvoiced)
 */
export function speakerEmbedding(x16k: Float32Array, stats: FrameStats, pitches: Float32Array): Float32Array {
  const raw = rawSpeakerFeatures(x16k, stats, pitches);
  if (raw.length === 0) return raw;
  for (let i = 0; i < MFCC_DIMS; i++) raw[i] = ((raw[i]! - REF_MEAN[i]!) / REF_SCALE[i]!) * WEIGHTS[i]!;
  const pitch = l2normalise(raw.subarray(MFCC_DIMS));
  for (let i = 0; i < pitch.length; i++) pitch[i]! *= PITCH_BLOCK_WEIGHT;
  return l2normalise(raw);
}

/** Unscaled statistics: MFCC c1..c12 means, their standard deviations, then the soft pitch histogram. */
export function rawSpeakerFeatures(x16k: Float32Array, stats: FrameStats, pitches: Float32Array): Float32Array {
  const frames: number[] = [];
  let energy = 0;
  for (let f = 0; f < stats.speech.length; f++) {
    if (stats.speech[f] && stats.starts[f]! + FRAME <= x16k.length) {
      frames.push(stats.starts[f]!);
      energy += 10 ** (stats.db[f]! / 10);
    }
  }
  if (frames.length < 3) return new Float32Array(0);
  const step = Math.max(1, frames.length / MAX_FRAMES);
  const used: number[] = [];
  for (let i = 0; i < frames.length; i += step) used.push(frames[Math.floor(i)]!);
  // Meyda's log(mel + 1) is not scale-invariant; bring speech to a fixed level first.
  const gain = REF_RMS / Math.sqrt(energy / frames.length);
  const buffer = new Float32Array(FRAME);
  const sum = new Float64Array(COEFFS);
  const sumSq = new Float64Array(COEFFS);
  for (const start of used) {
    for (let i = 0; i < FRAME; i++) buffer[i] = x16k[start + i]! * gain;
    const mfcc = mfccOf(buffer);
    for (let c = 0; c < COEFFS; c++) {
      sum[c]! += mfcc[c]!;
      sumSq[c]! += mfcc[c]! * mfcc[c]!;
    }
  }
  const n = used.length;
  const out = new Float32Array(EMBEDDING_SIZE);
  for (let c = 1; c < COEFFS; c++) {
    const mean = sum[c]! / n;
    const std = Math.sqrt(Math.max(0, sumSq[c]! / n - mean * mean));
    out[c - 1] = mean;
    out[COEFFS - 1 + c - 1] = std;
  }
  out.set(pitchHistogram(pitches), MFCC_DIMS);
  return out;
}

/**
 * Share of voiced frames near each pitch centre (Gaussian in octaves). A histogram rather than one signed
 * "pitch" number, so that under the cosine a 180 Hz and a 300 Hz voice point in different directions.
 */
function pitchHistogram(pitches: Float32Array): Float32Array {
  const hist = new Float32Array(PITCH_CENTRES.length);
  for (const p of pitches) {
    if (!Number.isFinite(p)) continue;
    PITCH_CENTRES.forEach((c, i) => (hist[i]! += Math.exp(-((Math.log2(p / c) / PITCH_SIGMA_OCTAVES) ** 2) / 2)));
  }
  return hist;
}

export function l2normalise(v: Float32Array): Float32Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= norm;
  return v;
}
