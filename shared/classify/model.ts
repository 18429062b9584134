// Inference for the trained linear model (assets/classifier/model.json, written by scripts/train.ts):
// validates the JSON, decodes the int8-quantised weight matrix once, and scores an utterance with a
// softmax over the 10 command categories. Below the calibrated threshold — or without text — the answer
// is `unclear`.

import { z } from 'zod';
import { CATEGORIES, type Category } from '../model';
import { countFeatures, scoreRows, type FeatureConfig, type FeatureList, type IdfTable } from './features';
import { detectLanguage, type Language } from './language';
import { foldText, normalise, normaliseFolded } from './normalise';

export const MODEL_FORMAT = 'earshot-linear-v1';

/** Every category except `unclear`, which is an answer (low confidence), never a training label. */
export const TRAINED_CATEGORIES = CATEGORIES.filter((c): c is Exclude<Category, 'unclear'> => c !== 'unclear');

export const modelSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.string(),
  /**
   * A category, or `category:part` for one of several labels that together make a category (models since
   * 1.4); the category's probability is the sum of its labels'.
   */
  labels: z
    .array(
      z.string().refine((label) => TRAINED_CATEGORIES.some((c) => label === c || label.startsWith(`${c}:`)), {
        message: 'label is not a category',
      }),
    )
    .min(2),
  features: z.object({
    buckets: z.number().int().positive(),
    charMin: z.number().int().min(1),
    charMax: z.number().int().min(1),
    wordWeight: z.number().positive(),
    blocks: z.boolean().optional(),
  }),
  threshold: z.number().min(0).max(1),
  bias: z.array(z.number()),
  /** Per-label dequantisation scale: weight = int8 * scale[label]. */
  scale: z.array(z.number().positive()),
  /** base64 of Int8Array(buckets * labels.length), row-major by bucket. */
  weights: z.string(),
  /**
   * Optional (models since 1.2): base64 of Uint8Array(buckets), each bucket's inverse document frequency
   * × IDF_STEPS. Without it every bucket weighs 1, as in earlier models.
   */
  idf: z.string().optional(),
  training: z.record(z.string(), z.unknown()).optional(),
});
export type ModelJson = z.infer<typeof modelSchema>;

export interface Classification {
  category: Category;
  confidence: number;
  language: Language;
}

export interface Classifier {
  classify(text: string | undefined | null): Classification;
  classifyBatch(texts: readonly (string | undefined | null)[]): Classification[];
  /** Scores for every trained label (softmax), for diagnostics and adaptation. */
  probabilities(text: string): { labels: readonly Category[]; probs: Float64Array };
  readonly threshold: number;
  readonly version: string;
}

/** Distinct transcripts remembered per classifier (~100 bytes each with the key). */
const MEMO_LIMIT = 20_000;

const B64 = new Uint8Array(128);
for (let i = 0; i < 64; i++) B64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

/** Straight into an Int8Array: about twice as fast as atob + a copy loop, which matters for the 50 ms load budget. */
function decodeBase64(b64: string): Int8Array {
  let end = b64.length;
  while (end > 0 && b64.charCodeAt(end - 1) === 61) end--; // '='
  const out = new Int8Array(Math.floor((end * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 4 <= end; i += 4) {
    const n =
      (B64[b64.charCodeAt(i)]! << 18) |
      (B64[b64.charCodeAt(i + 1)]! << 12) |
      (B64[b64.charCodeAt(i + 2)]! << 6) |
      B64[b64.charCodeAt(i + 3)]!;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  const rest = end - i;
  if (rest >= 2) {
    const n =
      (B64[b64.charCodeAt(i)]! << 18) |
      (B64[b64.charCodeAt(i + 1)]! << 12) |
      (rest === 3 ? B64[b64.charCodeAt(i + 2)]! << 6 : 0);
    out[o] = n >> 16;
    if (rest === 3) out[o + 1] = (n >> 8) & 255;
  }
  return out;
}

export function loadClassifier(model: unknown): Classifier {
  const parsed = modelSchema.safeParse(model);
  if (!parsed.success) throw new Error(`Invalid classifier model: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
  const m = parsed.data;
  const labelCount = m.labels.length;
  const weights = decodeBase64(m.weights);
  if (weights.length !== m.features.buckets * labelCount) {
    throw new Error(`Invalid classifier model: ${weights.length} weights for ${m.features.buckets} × ${labelCount}`);
  }
  if (m.bias.length !== labelCount || m.scale.length !== labelCount) {
    throw new Error('Invalid classifier model: bias/scale length does not match labels');
  }
  let idfSteps: Uint8Array | undefined;
  if (m.idf !== undefined) {
    idfSteps = new Uint8Array(decodeBase64(m.idf).buffer);
    if (idfSteps.length !== m.features.buckets) {
      throw new Error(`Invalid classifier model: ${idfSteps.length} idf values for ${m.features.buckets} buckets`);
    }
  }
  return createLinearClassifier(m.labels, m.features, weights, Float64Array.from(m.scale), Float64Array.from(m.bias), {
    threshold: m.threshold,
    version: m.version,
    idfSteps,
  });
}

/** Quantisation of the idf table: one byte per bucket, in steps of 1/IDF_STEPS (idf ≤ 15.9). */
export const IDF_STEPS = 16;

export function decodeIdf(steps: Uint8Array): Float32Array {
  // A plain loop: Float32Array.from with a mapping callback is ~10× slower, and this runs at every load.
  const idf = new Float32Array(steps.length);
  for (let i = 0; i < steps.length; i++) idf[i] = steps[i]! / IDF_STEPS;
  return idf;
}

/**
 * The weight matrix with each bucket's idf byte appended to its row: [w(b, 0) … w(b, L − 1), idf(b)].
 * Classifying reads a bucket's idf and then its weights; in one row they share a cache line, where two
 * tables (1.3 MB of weights, 128 kB of idf) cost two cache misses per n-gram.
 */
function packRows(weights: Int8Array, labels: number, idfSteps: Uint8Array | undefined): Int8Array {
  const stride = labels + 1;
  const buckets = weights.length / labels;
  const rows = new Int8Array(buckets * stride);
  for (let b = 0, from = 0, to = 0; b < buckets; b++, to += stride) {
    for (let c = 0; c < labels; c++) rows[to + c] = weights[from++]!;
    // The idf byte goes in as the same bits; it is read back through a Uint8Array view.
    rows[to + labels] = idfSteps ? idfSteps[b]! : 0;
  }
  return rows;
}

/** The dot product for models without idf (before 1.2); the shipped model takes scoreRows. */
function dotN(x: FeatureList, w: Int8Array, stride: number, labels: number, out: Float64Array): void {
  out.fill(0, 0, labels);
  for (let i = 0; i < x.size; i++) {
    const r = x.bucket[i]! * stride;
    const v = x.value[i]!;
    for (let c = 0; c < labels; c++) out[c] = out[c]! + v * w[r + c]!;
  }
}

/**
 * Labels are categories, or `category:part` for a part of one (e.g. `knowledge:cooking`): a category's
 * probability is the sum of its parts'. Also used by training to check a quantised draft model.
 */
export function createLinearClassifier(
  labels: readonly string[],
  features: FeatureConfig,
  weights: Int8Array,
  scale: ArrayLike<number>,
  bias: ArrayLike<number>,
  meta: { threshold: number; version: string; idfSteps?: Uint8Array },
): Classifier {
  const labelCount = labels.length;
  const stride = labelCount + 1;
  const rows = packRows(weights, labelCount, meta.idfSteps);
  const idf: IdfTable | undefined = meta.idfSteps
    ? { bytes: new Uint8Array(rows.buffer), stride, offset: labelCount, steps: IDF_STEPS }
    : undefined;
  const categories: Category[] = [];
  const categoryOf = Int32Array.from(labels, (label) => {
    const category = label.split(':')[0] as Category;
    if (!categories.includes(category)) categories.push(category);
    return categories.indexOf(category);
  });
  const categoryCount = categories.length;
  const scores = new Float64Array(labelCount);
  /** Per-category probabilities into `out` (length categoryCount); reused across calls. */
  const probabilitiesInto = (normalised: string, out: Float64Array): Float64Array => {
    let unit: number;
    if (idf) unit = scoreRows(normalised, features, idf, rows, labelCount, scores);
    else {
      // Models without idf (before 1.2).
      const x = countFeatures(normalised, features);
      dotN(x, rows, stride, labelCount, scores);
      unit = x.scale;
    }
    let max = -Infinity;
    for (let c = 0; c < labelCount; c++) {
      scores[c] = scores[c]! * unit * scale[c]! + bias[c]!;
      if (scores[c]! > max) max = scores[c]!;
    }
    let sum = 0;
    for (let c = 0; c < labelCount; c++) {
      scores[c] = Math.exp(scores[c]! - max);
      sum += scores[c]!;
    }
    if (categoryCount === labelCount) {
      for (let c = 0; c < labelCount; c++) out[c] = scores[c]! / sum;
    } else {
      out.fill(0);
      for (let c = 0; c < labelCount; c++) out[categoryOf[c]!] += scores[c]! / sum;
    }
    return out;
  };
  const probs = new Float64Array(categoryCount);
  // Household histories repeat the same commands thousands of times ("Alexa, stop", "wie wird das Wetter"),
  // and a library pass classifies every capture: remember recent answers by exact text. Bounded, and
  // cleared when full rather than LRU-tracked, which keeps a hit to one Map lookup.
  const memo = new Map<string, Classification>();
  const classify = (text: string | undefined | null): Classification => {
    if (!text) return classifyText(text);
    const known = memo.get(text);
    if (known) return { ...known };
    const result = classifyText(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, result);
    return { ...result };
  };
  const classifyText = (text: string | undefined | null): Classification => {
    const folded = text ? foldText(text) : '';
    const language = text ? detectLanguage(text, 'en', folded) : 'en';
    const normalised = text ? normaliseFolded(folded) : '';
    if (!normalised) return { category: 'unclear', confidence: 0, language };
    probabilitiesInto(normalised, probs);
    let best = 0;
    for (let c = 1; c < categoryCount; c++) if (probs[c]! > probs[best]!) best = c;
    const confidence = probs[best]!;
    return { category: confidence < meta.threshold ? 'unclear' : categories[best]!, confidence, language };
  };
  return {
    classify,
    classifyBatch: (texts) => texts.map(classify),
    probabilities: (text) => ({
      labels: categories,
      probs: probabilitiesInto(normalise(text), new Float64Array(categoryCount)),
    }),
    threshold: meta.threshold,
    version: meta.version,
  };
}
