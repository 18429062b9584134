// Turns a normalised utterance into a sparse, L2-normalised vector of hashed word uni/bi-grams and
// character n-grams. The hashing trick keeps the model a fixed, small size with no vocabulary to ship;
// training (scripts/train.ts) and inference use this same function, so they can never drift apart.

export interface FeatureConfig {
  /** Number of hash buckets (a power of two). */
  buckets: number;
  /** Character n-gram lengths, inclusive, taken inside "#word#" windows. */
  charMin: number;
  charMax: number;
  /** Weight of word features relative to character features before normalisation. */
  wordWeight: number;
}

export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

/** FNV-1a, 32 bit: fast, deterministic across JS engines, good enough spread for feature hashing. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function featurise(normalised: string, config: FeatureConfig): SparseVector {
  const counts = new Map<number, number>();
  const mask = config.buckets - 1;
  const add = (key: string, weight: number): void => {
    const bucket = fnv1a(key) & mask;
    counts.set(bucket, (counts.get(bucket) ?? 0) + weight);
  };
  // Digits collapse to 0 so "5 minuten" and "15 minuten" share their features.
  const tokens = normalised.replace(/\d/g, '0').split(' ').filter(Boolean);
  const words = ['<s>', ...tokens, '</s>'];
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && i < words.length - 1) add(`w:${words[i]}`, config.wordWeight);
    if (i > 0) add(`b:${words[i - 1]} ${words[i]}`, config.wordWeight);
  }
  for (const token of tokens) {
    const padded = `#${token}#`;
    for (let n = config.charMin; n <= config.charMax; n++) {
      for (let i = 0; i + n <= padded.length; i++) add(padded.slice(i, i + n), 1);
    }
  }
  const index = new Int32Array(counts.size);
  const value = new Float32Array(counts.size);
  let norm = 0;
  let k = 0;
  for (const [bucket, count] of counts) {
    // Sub-linear counts: a repeated word ("stop stop stop") should not dominate the vector.
    const v = Math.sqrt(count);
    index[k] = bucket;
    value[k] = v;
    norm += v * v;
    k++;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < value.length; i++) value[i] = value[i]! * scale;
  return { index, value };
}
