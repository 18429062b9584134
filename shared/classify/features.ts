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
  /**
   * When true, word and character features are L2-normalised as two separate blocks and the word block is
   * scaled by `wordWeight` (like a union of two TF-IDF vectorisers). Otherwise the long tail of character
   * n-grams swamps the few word features of a short command.
   */
  blocks?: boolean;
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
  const mask = config.buckets - 1;
  const words = new Map<number, number>();
  const chars = config.blocks ? new Map<number, number>() : words;
  const add = (counts: Map<number, number>, key: string, weight: number): void => {
    const bucket = fnv1a(key) & mask;
    counts.set(bucket, (counts.get(bucket) ?? 0) + weight);
  };
  const wordWeight = config.blocks ? 1 : config.wordWeight;
  // Digits collapse to 0 so "5 minuten" and "15 minuten" share their features.
  const tokens = normalised.replace(/\d/g, '0').split(' ').filter(Boolean);
  const padded = ['<s>', ...tokens, '</s>'];
  for (let i = 1; i < padded.length; i++) {
    if (i < padded.length - 1) add(words, `w:${padded[i]}`, wordWeight);
    add(words, `b:${padded[i - 1]} ${padded[i]}`, wordWeight);
  }
  // Character n-grams of "#token#", hashed incrementally from each start position: FNV-1a is sequential, so
  // this gives exactly fnv1a(window.slice(i, i + n)) without building the substrings (2–3× faster).
  for (const token of tokens) {
    const window = `#${token}#`;
    for (let i = 0; i < window.length; i++) {
      let h = 0x811c9dc5;
      for (let n = 1; n <= config.charMax && i + n <= window.length; n++) {
        h = Math.imul(h ^ window.charCodeAt(i + n - 1), 0x01000193);
        if (n < config.charMin) continue;
        const bucket = (h >>> 0) & mask;
        chars.set(bucket, (chars.get(bucket) ?? 0) + 1);
      }
    }
  }
  if (!config.blocks) return toUnitVector([[words, 1]]);
  return toUnitVector([
    [words, config.wordWeight],
    [chars, 1],
  ]);
}

/** Sub-linear counts (a repeated word — "stop stop stop" — should not dominate), each block at `weight`. */
function toUnitVector(blocks: [Map<number, number>, number][]): SparseVector {
  const merged = new Map<number, number>();
  for (const [counts, weight] of blocks) {
    let norm = 0;
    for (const count of counts.values()) norm += count;
    const scale = norm > 0 ? weight / Math.sqrt(norm) : 0;
    for (const [bucket, count] of counts) merged.set(bucket, (merged.get(bucket) ?? 0) + Math.sqrt(count) * scale);
  }
  const index = new Int32Array(merged.size);
  const value = new Float32Array(merged.size);
  let norm = 0;
  let k = 0;
  for (const [bucket, v] of merged) {
    index[k] = bucket;
    value[k] = v;
    norm += v * v;
    k++;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < value.length; i++) value[i] = value[i]! * scale;
  return { index, value };
}
