// The sentence encoder's two experts and how they join the n-gram model (docs/taxonomy.md, "Classifier"): a
// small network on the encoder's 512-dimensional vector (one hidden ReLU layer; its outputs are the public sets'
// intents, summed per category) and the nearest English training sentences by cosine (a category's weight
// = Σ exp(temp · (cos − 1)) over the k nearest that carry it). For English text the n-gram model is unsure
// of (top probability below the gate) the three are mixed as
//   log p = log p_ngram + α · log q_head + β · log r_neighbours,
// everywhere else the n-gram model answers alone. Pure functions over typed arrays: the worker that runs the
// encoder and the CLI call the same code, and so does `npm run eval`.

import { TRAINED_CATEGORIES } from './model';

/** The experts answer over the n-gram model's labels, in its order; `unclear` is a threshold, not a label. */
export const HEAD_CATEGORIES = TRAINED_CATEGORIES;

export interface EncoderHead {
  dim: number;
  hidden: number;
  outputs: number;
  /** hidden × dim, row-major. */
  w1: Float32Array;
  b1: Float32Array;
  /** outputs × hidden, row-major. */
  w2: Float32Array;
  b2: Float32Array;
  /** For each output, the index of its category in HEAD_CATEGORIES. */
  categoryOf: Uint8Array;
}

export interface Neighbours {
  dim: number;
  /** Unit vectors of the distinct English training sentences, row-major, IEEE half precision. */
  rows: Uint16Array;
  /** Each row's category, as an index into HEAD_CATEGORIES. */
  categories: Uint8Array;
}

export interface MixSettings {
  alpha: number;
  beta: number;
  /** The n-gram model's top probability below which the encoder is asked. */
  gate: number;
  k: number;
  temp: number;
}

/** Half-precision bits to a number (the table is stored as half floats to halve its size; see the README). */
export function halfToFloat(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 31) return fraction ? NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** A number to the nearest half-precision bits (ties to even), as the training script stores the table. */
export function floatToHalf(v: number): number {
  f32[0] = v;
  const x = u32[0]!;
  const sign = (x >>> 16) & 0x8000;
  const biased = (x >>> 23) & 0xff;
  let mantissa = x & 0x7fffff;
  if (biased === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0);
  const exponent = biased - 127 + 15;
  if (exponent >= 31) return sign | 0x7c00;
  if (exponent <= 0) {
    if (exponent < -10) return sign;
    mantissa |= 0x800000;
    const shift = 14 - exponent;
    let half = mantissa >>> shift;
    const rest = mantissa & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rest > halfway || (rest === halfway && half & 1)) half++;
    return sign | half;
  }
  let half = sign | (exponent << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  // A carry out of the mantissa correctly bumps the exponent.
  if (rest > 0x1000 || (rest === 0x1000 && half & 1)) half++;
  return half;
}

/** log of the head's category distribution for one vector. */
export function headLogProbs(head: EncoderHead, x: Float32Array): Float64Array {
  const h = new Float64Array(head.hidden);
  for (let j = 0; j < head.hidden; j++) {
    let s = head.b1[j]!;
    const row = j * head.dim;
    for (let d = 0; d < head.dim; d++) s += head.w1[row + d]! * x[d]!;
    h[j] = s > 0 ? s : 0;
  }
  const z = new Float64Array(head.outputs);
  let max = -Infinity;
  for (let o = 0; o < head.outputs; o++) {
    let s = head.b2[o]!;
    const row = o * head.hidden;
    for (let j = 0; j < head.hidden; j++) s += head.w2[row + j]! * h[j]!;
    z[o] = s;
    if (s > max) max = s;
  }
  let sum = 0;
  for (let o = 0; o < head.outputs; o++) sum += Math.exp(z[o]! - max);
  const p = new Float64Array(HEAD_CATEGORIES.length);
  for (let o = 0; o < head.outputs; o++) p[head.categoryOf[o]!] += Math.exp(z[o]! - max) / sum;
  return p.map((v) => Math.log(v + 1e-12));
}

/** log of the nearest neighbours' category distribution for one vector. */
export function neighbourLogProbs(table: Neighbours, x: Float32Array, k: number, temp: number): Float64Array {
  const n = table.categories.length;
  const { dim, rows } = table;
  // The k best cosines so far, kept sorted ascending (k is small: insertion beats a heap here).
  const best = new Float64Array(k).fill(-Infinity);
  const bestCategory = new Int32Array(k).fill(-1);
  const decoded = HALF_TABLE;
  for (let i = 0; i < n; i++) {
    let s = 0;
    const at = i * dim;
    for (let d = 0; d < dim; d++) s += decoded[rows[at + d]!]! * x[d]!;
    if (s <= best[0]!) continue;
    let slot = 0;
    while (slot + 1 < k && best[slot + 1]! < s) {
      best[slot] = best[slot + 1]!;
      bestCategory[slot] = bestCategory[slot + 1]!;
      slot++;
    }
    best[slot] = s;
    bestCategory[slot] = table.categories[i]!;
  }
  const r = new Float64Array(HEAD_CATEGORIES.length).fill(1e-3);
  for (let j = 0; j < k; j++) if (bestCategory[j]! >= 0) r[bestCategory[j]!] += Math.exp(temp * (best[j]! - 1));
  const sum = r.reduce((a, v) => a + v, 0);
  return r.map((v) => Math.log(v / sum));
}

/** Every half-precision bit pattern decoded once: the dot products then read a float per lookup. */
const HALF_TABLE = Float32Array.from({ length: 65536 }, (_, bits) => halfToFloat(bits));

/**
 * The mixed distribution over HEAD_CATEGORIES, from the n-gram model's probabilities (same order) and the
 * sentence's vector. Returns the n-gram probabilities unchanged where no vector is given.
 */
export function mixProbabilities(
  ngram: ArrayLike<number>,
  x: Float32Array | undefined,
  head: EncoderHead,
  neighbours: Neighbours,
  settings: MixSettings,
): Float64Array {
  const logp = Float64Array.from(ngram, (v) => Math.log(v + 1e-12));
  if (x) {
    const q = headLogProbs(head, x);
    const r = neighbourLogProbs(neighbours, x, settings.k, settings.temp);
    for (let c = 0; c < logp.length; c++) logp[c] = logp[c]! + settings.alpha * q[c]! + settings.beta * r[c]!;
  }
  const max = Math.max(...logp);
  const out = logp.map((v) => Math.exp(v - max));
  const sum = out.reduce((a, v) => a + v, 0);
  return out.map((v) => v / sum);
}
