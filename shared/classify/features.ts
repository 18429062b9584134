// Turns a normalised utterance into a sparse, L2-normalised vector of hashed word uni/bi-grams and
// character n-grams. The hashing trick keeps the model a fixed, small size with no vocabulary to ship;
// training (scripts/train.ts) and inference use this same code, so they can never drift apart.

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

const PRIME = 0x01000193;
/** Continues an FNV-1a hash over `text`, so "w:" + token hashes without building the joined string. */
function fnvFeed(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  return h;
}
const FNV_W = fnvFeed(0x811c9dc5, 'w:');
const FNV_B = fnvFeed(0x811c9dc5, 'b:');
const FNV_B_START = fnvFeed(FNV_B, '<s>');
const SPACE = 0x20;
const HASH = 0x23; // '#', the pad around each word for character n-grams

/**
 * The features of the last call, valid until the next one: `bucket[k]` has weight `value[k] * scale` for
 * k < size, unit length overall. Inference reads these straight into the dot product and applies `scale`
 * once to the sums, so classifying a transcript allocates nothing here.
 */
export interface FeatureList {
  size: number;
  bucket: Int32Array;
  value: Float64Array;
  scale: number;
}

/**
 * Scratch space reused across calls: an open-addressing table from bucket to (word count, character
 * count), sized to the utterance. An earlier version counted into dense arrays of `buckets` entries
 * (3 MB), whose cache misses cost more than the hashing itself.
 */
let keys = new Int32Array(1024); // bucket + 1; 0 = empty slot
let wordCount = new Float64Array(1024);
let charCount = new Float64Array(1024);
let slotOrder = new Int32Array(512);
const list: FeatureList = { size: 0, bucket: new Int32Array(512), value: new Float64Array(512), scale: 0 };
/** sqrt of small counts, looked up (counts above the table are rare: "stop stop stop …"). */
const SQRT = Float64Array.from({ length: 64 }, (_, i) => Math.sqrt(i));
function root(n: number): number {
  const i = n | 0;
  return i === n && i < 64 ? SQRT[i]! : Math.sqrt(n);
}

function ensureCapacity(features: number): void {
  if (slotOrder.length >= features) return;
  let size = slotOrder.length;
  while (size < features) size *= 2;
  keys = new Int32Array(size * 2);
  wordCount = new Float64Array(size * 2);
  charCount = new Float64Array(size * 2);
  slotOrder = new Int32Array(size);
  list.bucket = new Int32Array(size);
  list.value = new Float64Array(size);
}

let used = 0;
/** Sums of the word and character counts: the squared norms of the two blocks after the square roots. */
let wordTotal = 0;
let charTotal = 0;
/** Adds `amount` to the word (or character) count of `bucket`. */
function add(bucket: number, amount: number, isChar: boolean): void {
  const tableMask = keys.length - 1;
  let slot = (Math.imul(bucket, 0x9e3779b1) >>> 0) & tableMask;
  const key = bucket + 1;
  for (;;) {
    const k = keys[slot]!;
    if (k === key) break;
    if (k === 0) {
      keys[slot] = key;
      slotOrder[used++] = slot;
      break;
    }
    slot = (slot + 1) & tableMask;
  }
  if (isChar) {
    charCount[slot] = charCount[slot]! + amount;
    charTotal += amount;
  } else {
    wordCount[slot] = wordCount[slot]! + amount;
    wordTotal += amount;
  }
}

/** Char code with every digit as 0, so "5 minuten" and "15 minuten" share their features. */
const codeAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57 ? 48 : c;
};

/**
 * Counts the features of `normalised` (tokens separated by single spaces) and returns them unit-normalised
 * in the shared FeatureList. Word unigrams "w:<token>", bigrams "b:<prev> <token>" with "<s>"/"</s>"
 * padding, and character n-grams of "#token#" — all hashed straight from the text, without substrings.
 */
export function countFeatures(normalised: string, config: FeatureConfig, idf?: Float32Array): FeatureList {
  const mask = config.buckets - 1;
  const blocks = config.blocks === true;
  // Without blocks, character n-grams count into the word block (one vector).
  const charsAsChar = blocks;
  const wordAmount = blocks ? 1 : config.wordWeight;
  const length = normalised.length;
  ensureCapacity((3 * length + 8) * Math.max(1, config.charMax - config.charMin + 1) + 2 * length + 8);
  used = 0;
  wordTotal = 0;
  charTotal = 0;
  let previousHash = FNV_B_START; // FNV of "b:<prev>"
  let start = 0;
  while (start <= length) {
    let end = normalised.indexOf(' ', start);
    if (end < 0) end = length;
    if (end > start) {
      // Word unigram and the bigram with the previous token.
      let w = FNV_W;
      let b = Math.imul(previousHash ^ SPACE, PRIME);
      let p = FNV_B;
      for (let i = start; i < end; i++) {
        const c = codeAt(normalised, i);
        w = Math.imul(w ^ c, PRIME);
        b = Math.imul(b ^ c, PRIME);
        p = Math.imul(p ^ c, PRIME);
      }
      add((w >>> 0) & mask, wordAmount, false);
      add((b >>> 0) & mask, wordAmount, false);
      previousHash = p;
      // Character n-grams of "#token#", hashed incrementally from each start position: FNV-1a is
      // sequential, so this equals fnv1a(window.slice(i, i + n)).
      const window = end - start + 2;
      for (let i = 0; i < window; i++) {
        let h = 0x811c9dc5;
        const last = Math.min(config.charMax, window - i);
        for (let n = 1; n <= last; n++) {
          const k = i + n - 1;
          h = Math.imul(h ^ (k === 0 || k === window - 1 ? HASH : codeAt(normalised, start + k - 1)), PRIME);
          if (n >= config.charMin) add((h >>> 0) & mask, 1, charsAsChar);
        }
      }
    }
    start = end + 1;
  }
  add((fnvFeed(Math.imul(previousHash ^ SPACE, PRIME), '</s>') >>> 0) & mask, wordAmount, false);
  return idf ? toWeightedUnitVector(blocks ? config.wordWeight : 1, idf) : toUnitVector(blocks ? config.wordWeight : 1);
}

/** Sub-linear counts (a repeated word — "stop stop stop" — should not dominate), each block normalised. */
function toUnitVector(wordWeight: number): FeatureList {
  const wordScale = wordTotal > 0 ? wordWeight / Math.sqrt(wordTotal) : 0;
  const charScale = charTotal > 0 ? 1 / Math.sqrt(charTotal) : 0;
  const bucket = list.bucket;
  const value = list.value;
  let norm = 0;
  for (let k = 0; k < used; k++) {
    const slot = slotOrder[k]!;
    const v = root(wordCount[slot]!) * wordScale + root(charCount[slot]!) * charScale;
    bucket[k] = keys[slot]! - 1;
    value[k] = v;
    norm += v * v;
    keys[slot] = 0;
    wordCount[slot] = 0;
    charCount[slot] = 0;
  }
  list.scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  list.size = used;
  return list;
}

/**
 * As toUnitVector, with every bucket's value multiplied by its inverse document frequency (TF-IDF):
 * n-grams that occur in most commands ("e#", "the", "bitte") carry less weight than rare, telling ones.
 * Each block's norm is then Σ count · idf², so a second pass is needed.
 */
function toWeightedUnitVector(wordWeight: number, idf: Float32Array): FeatureList {
  const bucket = list.bucket;
  const value = list.value;
  let wordNorm = 0;
  let charNorm = 0;
  for (let k = 0; k < used; k++) {
    const slot = slotOrder[k]!;
    const b = keys[slot]! - 1;
    const weight = idf[b]!;
    const w2 = weight * weight;
    bucket[k] = b;
    value[k] = weight; // the idf, read once: the table is large enough for its reads to miss the cache
    wordNorm += wordCount[slot]! * w2;
    charNorm += charCount[slot]! * w2;
  }
  const wordScale = wordNorm > 0 ? wordWeight / Math.sqrt(wordNorm) : 0;
  const charScale = charNorm > 0 ? 1 / Math.sqrt(charNorm) : 0;
  let norm = 0;
  for (let k = 0; k < used; k++) {
    const slot = slotOrder[k]!;
    const v = (root(wordCount[slot]!) * wordScale + root(charCount[slot]!) * charScale) * value[k]!;
    value[k] = v;
    norm += v * v;
    keys[slot] = 0;
    wordCount[slot] = 0;
    charCount[slot] = 0;
  }
  list.scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  list.size = used;
  return list;
}

/** The same features as a standalone vector (training keeps one per sentence). */
export function featurise(normalised: string, config: FeatureConfig, idf?: Float32Array): SparseVector {
  const features = countFeatures(normalised, config, idf);
  return {
    index: features.bucket.slice(0, features.size),
    value: Float32Array.from(features.value.subarray(0, features.size), (v) => v * features.scale),
  };
}
