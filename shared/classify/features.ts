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

/**
 * Each bucket's inverse document frequency, one byte per bucket: idf(b) = bytes[b * stride + offset] / steps.
 * The classifier keeps these bytes inside its weight rows (stride = row length), so the idf read and the
 * weight reads of a bucket touch the same cache line; training passes a plain table (stride 1, offset 0).
 */
export interface IdfTable {
  bytes: Uint8Array;
  stride: number;
  offset: number;
  steps: number;
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
export function countFeatures(normalised: string, config: FeatureConfig, idf?: IdfTable): FeatureList {
  count(normalised, config);
  const wordWeight = config.blocks === true ? config.wordWeight : 1;
  return idf ? toWeightedUnitVector(wordWeight, idf) : toUnitVector(wordWeight);
}

/** Counts the n-grams of `normalised` into the scratch table (see countFeatures). */
function count(normalised: string, config: FeatureConfig): void {
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

/** Squared norms of the word and character blocks after idf weighting (set by idfPass). */
let wordNorm = 0;
let charNorm = 0;

/**
 * First pass of TF-IDF weighting: each feature's bucket and idf into the list, and each block's norm
 * Σ count · idf². The idf is read once here: the table is large enough for its reads to miss the cache.
 */
function idfPass(idf: IdfTable): void {
  const bucket = list.bucket;
  const value = list.value;
  const { bytes, stride, offset } = idf;
  const step = 1 / idf.steps; // exact for a power of two, so bytes × step = bytes / steps
  wordNorm = 0;
  charNorm = 0;
  for (let k = 0; k < used; k++) {
    const slot = slotOrder[k]!;
    const b = keys[slot]! - 1;
    const weight = bytes[b * stride + offset]! * step;
    const w2 = weight * weight;
    bucket[k] = b;
    value[k] = weight;
    wordNorm += wordCount[slot]! * w2;
    charNorm += charCount[slot]! * w2;
  }
}

/**
 * As toUnitVector, with every bucket's value multiplied by its inverse document frequency (TF-IDF):
 * n-grams that occur in most commands ("e#", "the", "bitte") carry less weight than rare, telling ones.
 * Each block's norm is then Σ count · idf², so a second pass is needed.
 */
function toWeightedUnitVector(wordWeight: number, idf: IdfTable): FeatureList {
  idfPass(idf);
  const value = list.value;
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

/**
 * Classification's path: the TF-IDF features of `normalised` multiplied straight into a weight matrix, as
 * `Σ value × rows[bucket × idf.stride + label]` for each label into `out`, in the same order and with the
 * same arithmetic as countFeatures followed by a dot product (so the same sums to the last bit), without
 * storing the vector. `rows` holds each bucket's `labels` weights and then, at `idf.offset`, its idf byte,
 * so one cache line serves both reads. Returns the vector's unit-length scale (0 for no features).
 */
export function scoreRows(
  normalised: string,
  config: FeatureConfig,
  idf: IdfTable,
  rows: Int8Array,
  labels: number,
  out: Float64Array,
): number {
  count(normalised, config);
  idfPass(idf);
  const value = list.value;
  const bucket = list.bucket;
  const stride = idf.stride;
  const wordScale = wordNorm > 0 ? (config.blocks === true ? config.wordWeight : 1) / Math.sqrt(wordNorm) : 0;
  const charScale = charNorm > 0 ? 1 / Math.sqrt(charNorm) : 0;
  let norm = 0;
  // The shipped 10 labels with the sums in locals: about twice as fast as accumulating into `out`.
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0,
    s8 = 0,
    s9 = 0;
  const ten = labels === 10;
  if (!ten) out.fill(0, 0, labels);
  for (let k = 0; k < used; k++) {
    const slot = slotOrder[k]!;
    const v = (root(wordCount[slot]!) * wordScale + root(charCount[slot]!) * charScale) * value[k]!;
    norm += v * v;
    keys[slot] = 0;
    wordCount[slot] = 0;
    charCount[slot] = 0;
    const r = bucket[k]! * stride;
    if (ten) {
      s0 += v * rows[r]!;
      s1 += v * rows[r + 1]!;
      s2 += v * rows[r + 2]!;
      s3 += v * rows[r + 3]!;
      s4 += v * rows[r + 4]!;
      s5 += v * rows[r + 5]!;
      s6 += v * rows[r + 6]!;
      s7 += v * rows[r + 7]!;
      s8 += v * rows[r + 8]!;
      s9 += v * rows[r + 9]!;
    } else for (let c = 0; c < labels; c++) out[c] = out[c]! + v * rows[r + c]!;
  }
  if (ten) {
    out[0] = s0;
    out[1] = s1;
    out[2] = s2;
    out[3] = s3;
    out[4] = s4;
    out[5] = s5;
    out[6] = s6;
    out[7] = s7;
    out[8] = s8;
    out[9] = s9;
  }
  return norm > 0 ? 1 / Math.sqrt(norm) : 0;
}

/** The same features as a standalone vector (training keeps one per sentence). */
export function featurise(normalised: string, config: FeatureConfig, idf?: IdfTable): SparseVector {
  const features = countFeatures(normalised, config, idf);
  return {
    index: features.bucket.slice(0, features.size),
    value: Float32Array.from(features.value.subarray(0, features.size), (v) => v * features.scale),
  };
}
