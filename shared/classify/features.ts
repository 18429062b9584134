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

/** Continues an FNV-1a hash over `text`, so "w:" + token hashes without building the joined string. */
function fnvFeed(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

const FNV_W = fnvFeed(0x811c9dc5, 'w:');
const FNV_B = fnvFeed(0x811c9dc5, 'b:');
const FNV_SPACE = 0x20;

/**
 * Dense accumulators reused across calls (one set per bucket count): featurise runs ~100,000 times per
 * library pass, and Map-based counting plus per-call allocation was most of its cost. Only the touched
 * buckets are reset after each call. `order` keeps first-touch order, because the float sums below must
 * run in the same order as before for the model's outputs to stay bit-identical.
 */
interface Scratch {
  words: Float64Array;
  chars: Float64Array;
  merged: Float64Array;
  wordOrder: number[];
  charOrder: number[];
}
const scratches = new Map<number, Scratch>();
function scratchFor(buckets: number): Scratch {
  let s = scratches.get(buckets);
  if (!s) {
    s = {
      words: new Float64Array(buckets),
      chars: new Float64Array(buckets),
      merged: new Float64Array(buckets),
      wordOrder: [],
      charOrder: [],
    };
    scratches.set(buckets, s);
  }
  return s;
}

export function featurise(normalised: string, config: FeatureConfig): SparseVector {
  const mask = config.buckets - 1;
  const s = scratchFor(config.buckets);
  const words = s.words;
  const wordOrder = s.wordOrder;
  // Without blocks, character n-grams count into the word block (one vector, as before).
  const chars = config.blocks ? s.chars : words;
  const charOrder = config.blocks ? s.charOrder : wordOrder;
  const wordWeight = config.blocks ? 1 : config.wordWeight;
  // Digits collapse to 0 so "5 minuten" and "15 minuten" share their features.
  const tokens = normalised.replace(/\d/g, '0').split(' ').filter(Boolean);
  // Word unigrams "w:<token>" and bigrams "b:<prev> <token>" with "<s>"/"</s>" padding, hashed in pieces.
  let previous = '<s>';
  for (let i = 0; i <= tokens.length; i++) {
    const token = i < tokens.length ? tokens[i]! : '</s>';
    // Inlined rather than a helper closure: this runs ~10 times per capture, 100,000 captures per pass.
    for (let kind = i < tokens.length ? 0 : 1; kind < 2; kind++) {
      const h =
        kind === 0
          ? fnvFeed(FNV_W, token)
          : fnvFeed(Math.imul(fnvFeed(FNV_B, previous) ^ FNV_SPACE, 0x01000193), token);
      const bucket = (h >>> 0) & mask;
      if (words[bucket] === 0) wordOrder.push(bucket);
      words[bucket] = words[bucket]! + wordWeight;
    }
    previous = token;
  }
  // Character n-grams of "#token#", hashed incrementally from each start position: FNV-1a is sequential, so
  // this gives exactly fnv1a(window.slice(i, i + n)) without building the substrings.
  for (const token of tokens) {
    const length = token.length + 2;
    for (let i = 0; i < length; i++) {
      let h = 0x811c9dc5;
      for (let n = 1; n <= config.charMax && i + n <= length; n++) {
        const k = i + n - 1;
        h = Math.imul(h ^ (k === 0 || k === length - 1 ? 0x23 : token.charCodeAt(k - 1)), 0x01000193); // '#' pads
        if (n < config.charMin) continue;
        const bucket = (h >>> 0) & mask;
        if (chars[bucket] === 0) charOrder.push(bucket);
        chars[bucket] = chars[bucket]! + 1;
      }
    }
  }
  const vector = config.blocks
    ? toUnitVector(s, [
        [words, wordOrder, config.wordWeight],
        [chars, charOrder, 1],
      ])
    : toUnitVector(s, [[words, wordOrder, 1]]);
  for (const b of wordOrder) words[b] = 0;
  for (const b of charOrder) chars[b] = 0;
  wordOrder.length = 0;
  charOrder.length = 0;
  return vector;
}

/** Sub-linear counts (a repeated word — "stop stop stop" — should not dominate), each block at `weight`. */
function toUnitVector(s: Scratch, blocks: [Float64Array, number[], number][]): SparseVector {
  const merged = s.merged;
  const order: number[] = [];
  for (const [counts, touched, weight] of blocks) {
    let norm = 0;
    for (const b of touched) norm += counts[b]!;
    const scale = norm > 0 ? weight / Math.sqrt(norm) : 0;
    for (const b of touched) {
      if (merged[b] === 0) order.push(b);
      merged[b] = merged[b]! + Math.sqrt(counts[b]!) * scale;
    }
  }
  const index = Int32Array.from(order);
  const value = new Float32Array(order.length);
  let norm = 0;
  for (let k = 0; k < order.length; k++) {
    const v = merged[order[k]!]!;
    merged[order[k]!] = 0;
    value[k] = v;
    norm += v * v;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < value.length; i++) value[i] = value[i]! * scale;
  return { index, value };
}
