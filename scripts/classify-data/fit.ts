// One training run of the command classifier, shared by `npm run train` and the cross-validation in cv.ts:
// inverse document frequencies from the training sentences, the label of each sentence, class-balanced
// weights, softmax regression by seeded SGD. The float model it returns can classify directly (cv.ts) or be
// quantised into the shipped format (train.ts).

import { featurise, type FeatureConfig, type IdfTable, type SparseVector } from '../../shared/classify/features';
import { IDF_STEPS, TRAINED_CATEGORIES } from '../../shared/classify/model';
import { normalise } from '../../shared/classify/normalise';
import type { Category } from '../../shared/model';
import type { Example } from './benchmarks';
import type { CorpusSettings } from './corpus';
import { trainSoftmax, type LinearModel } from './linear-sgd';

export interface TrainSettings {
  features: FeatureConfig;
  sgd: { epochs: number; learningRate: number; l2: number };
  /** Class balance: weight ∝ (1 / class size)^balancePower. */
  balancePower: number;
  corpus: CorpusSettings;
  /**
   * `category`: one label per category. `scenario`: categories that the benchmarks' taxonomy builds from
   * several scenarios (knowledge = cooking + datetime + qa + …) are split into one label per scenario for
   * the sentences that carry one; a category's probability is the sum of its labels'.
   */
  labelScheme: 'category' | 'scenario' | 'intent';
  /** With `scenario`: intents (`scenario_intent`) that get a label of their own. */
  ownLabel?: string[];
  /**
   * Naive Bayes evidence (Wang & Manning 2012): each bucket's per-label log-count ratio r (Laplace α) over
   * the TF-IDF vectors. `add`: λ·r is added to the trained weights (an NB–LR interpolation, still one linear
   * model); `scale`: each label's features are scaled by |r|^γ during training (NB-LR), folded into the weights.
   */
  nb?: { mode: 'add' | 'scale' | 'mnb'; alpha: number; lambda?: number; gamma?: number; floor?: number };
  /** Train this many seeds and average their weights (an ensemble of logits, still one linear model). */
  seeds?: number;
  /**
   * A dense block after the hashed buckets: the sentence's mean word vector (embed-mlp.ts `sentenceVector`,
   * unit length) × `weight`, from the `dense` function passed to trainModel.
   */
  dense?: { weight: number };
}

/** The dense features of a normalised sentence, or undefined (no known word, or not English). */
export type DenseFeatures = (normalised: string, text: string) => Float32Array | undefined;

/**
 * The settings of the shipped model, chosen by cross-validation on the training data (cv.ts; the figures are
 * in assets/classifier/README.md).
 */
export const SHIPPED: TrainSettings = {
  features: { buckets: 1 << 17, charMin: 2, charMax: 5, wordWeight: 1, blocks: true },
  sgd: { epochs: 20, learningRate: 5, l2: 1e-6 },
  // Full balancing over-weights tiny classes (news, weather).
  balancePower: 0.5,
  corpus: { snipsWeight: 0.3, slurpWeight: 1, xsidValid: false, chat: true },
  labelScheme: 'category',
};

/** Categories that the public benchmarks assemble from several scenarios (docs/taxonomy.md). */
const SPLIT: ReadonlySet<Category> = new Set(['knowledge', 'chitchat', 'media', 'communication', 'shopping']);

/** The training label of a sentence under `scheme`: its category, or `category:scenario`. */
export function labelOf(e: Example, scheme: TrainSettings['labelScheme'], ownLabel: readonly string[] = []): string {
  if (e.intent && ownLabel.includes(e.intent)) return `${e.category}:${e.intent}`;
  if (scheme === 'intent' && e.intent && /^[a-z]+_/.test(e.intent)) return `${e.category}:${e.intent}`;
  if (scheme === 'category' || !SPLIT.has(e.category) || !e.intent || !/^[a-z]+_/.test(e.intent)) return e.category;
  const scenario = e.intent === 'play_game' ? 'game' : e.intent.slice(0, e.intent.indexOf('_'));
  return `${e.category}:${scenario}`;
}

export const categoryOfLabel = (label: string): Category => label.split(':')[0] as Category;

export const LABELS: Category[] = [...TRAINED_CATEGORIES];

export interface TrainedModel extends LinearModel {
  labels: string[];
  /** One byte per bucket, as the model file stores it. */
  idfSteps: Uint8Array;
  idf: IdfTable;
  predict(text: string): Category;
  /** The averaged SGD weights before any NB term, the NB table, and prediction with any weights (cv.ts). */
  plain: Float32Array;
  nbTable?: Float32Array;
  predictWith(w: Float32Array, text: string): Category;
  /** Per-category probabilities, in LABELS order. */
  categoryProbs(text: string): Float64Array;
  /** The feature vector of a text (hashed TF-IDF, plus the dense block if any) and of every training sentence. */
  features(text: string): SparseVector;
  xs: SparseVector[];
  ys: Int32Array;
  sampleWeights: Float32Array;
  rows: number;
}

/**
 * Smoothed inverse document frequency per bucket (as scikit-learn's TfidfVectorizer: ln((1 + n) / (1 + df))
 * + 1), quantised to one byte exactly as the model file stores it, so training sees the shipped values.
 */
export function computeIdf(
  examples: readonly Example[],
  features: FeatureConfig,
): { steps: Uint8Array; idf: IdfTable } {
  const df = new Float64Array(features.buckets);
  for (const e of examples) for (const b of featurise(normalise(e.text), features).index) df[b]! += 1;
  const n = examples.length;
  const steps = Uint8Array.from(df, (d) => Math.min(255, Math.round((Math.log((1 + n) / (1 + d)) + 1) * IDF_STEPS)));
  return { steps, idf: { bytes: steps, stride: 1, offset: 0, steps: IDF_STEPS } };
}

export function trainModel(
  examples: readonly Example[],
  settings: TrainSettings,
  seed: number,
  idfFrom: readonly Example[] = examples,
  dense?: DenseFeatures,
): TrainedModel {
  const { steps, idf } = computeIdf(idfFrom, settings.features);
  const B = settings.features.buckets;
  const denseWeight = settings.dense?.weight ?? 0;
  let denseDim = 0;
  const features = (text: string): SparseVector => {
    const n = normalise(text);
    const x = featurise(n, settings.features, idf);
    if (!dense || !denseWeight) return x;
    const d = dense(n, text);
    if (!d) return x;
    denseDim = d.length;
    const index = new Int32Array(x.index.length + d.length);
    const value = new Float32Array(x.index.length + d.length);
    index.set(x.index);
    value.set(x.value);
    for (let k = 0; k < d.length; k++) {
      index[x.index.length + k] = B + k;
      value[x.index.length + k] = d[k]! * denseWeight;
    }
    return { index, value };
  };
  const xs = examples.map((e) => features(e.text));
  const rows = B + denseDim;
  // Categories first (in their fixed order), then any sub-labels, sorted: deterministic.
  const sub = [...new Set(examples.map((e) => labelOf(e, settings.labelScheme, settings.ownLabel)))].filter((l) =>
    l.includes(':'),
  );
  const labels = [...LABELS, ...sub.sort()];
  const ys = Int32Array.from(examples.map((e) => labels.indexOf(labelOf(e, settings.labelScheme, settings.ownLabel))));
  const counts: Record<string, number> = {};
  for (const e of examples) counts[e.category] = (counts[e.category] ?? 0) + 1;
  const weights = Float32Array.from(
    examples.map(
      (e) => (e.weight ?? 1) * (examples.length / LABELS.length / counts[e.category]!) ** settings.balancePower,
    ),
  );
  const nbTable = settings.nb ? nbRatios(xs, ys, weights, labels.length, rows, settings.nb) : undefined;
  let scaleRows: Float32Array | undefined;
  if (settings.nb?.mode === 'scale') {
    const gamma = settings.nb.gamma ?? 1;
    const floor = settings.nb.floor ?? 0;
    scaleRows = Float32Array.from(nbTable!, (r) => floor + Math.abs(r) ** gamma);
  }
  const runs = settings.seeds ?? 1;
  let model: LinearModel | undefined;
  for (let s = 0; s < runs; s++) {
    const m = trainSoftmax(xs, ys, {
      labels: labels.length,
      buckets: rows,
      weights,
      seed: seed + s * 7919,
      scaleRows,
      ...settings.sgd,
    });
    if (!model) model = m;
    else {
      for (let k = 0; k < m.w.length; k++) model.w[k] = model.w[k]! + m.w[k]!;
      for (let k = 0; k < m.bias.length; k++) model.bias[k] = model.bias[k]! + m.bias[k]!;
    }
  }
  model = model!;
  if (runs > 1) {
    for (let k = 0; k < model.w.length; k++) model.w[k] = model.w[k]! / runs;
    for (let k = 0; k < model.bias.length; k++) model.bias[k] = model.bias[k]! / runs;
  }
  const plain = Float32Array.from(model.w);
  if (nbTable && settings.nb?.mode !== 'scale') {
    const lambda = settings.nb!.lambda ?? 1;
    for (let k = 0; k < model.w.length; k++) model.w[k] = model.w[k]! + lambda * nbTable[k]!;
  }
  const predictWith = (w: Float32Array, text: string): Category => {
    const x = features(text);
    const z = scores({ w, bias: model.bias }, x, labels.length);
    const max = Math.max(...z);
    const byCategory = new Float64Array(LABELS.length);
    z.forEach((v, l) => (byCategory[LABELS.indexOf(categoryOfLabel(labels[l]!))] += Math.exp(v - max)));
    return LABELS[argmax(byCategory)]!;
  };
  const predict = (text: string): Category => {
    const x = features(text);
    const z = scores(model, x, labels.length);
    const max = Math.max(...z);
    const byCategory = new Float64Array(LABELS.length);
    z.forEach((v, l) => (byCategory[LABELS.indexOf(categoryOfLabel(labels[l]!))] += Math.exp(v - max)));
    return LABELS[argmax(byCategory)]!;
  };
  const categoryProbs = (text: string): Float64Array => {
    const x = features(text);
    const z = scores(model, x, labels.length);
    const max = Math.max(...z);
    const byCategory = new Float64Array(LABELS.length);
    z.forEach((v, l) => (byCategory[LABELS.indexOf(categoryOfLabel(labels[l]!))] += Math.exp(v - max)));
    const sum = byCategory.reduce((a, b) => a + b, 0);
    for (let c = 0; c < byCategory.length; c++) byCategory[c] = byCategory[c]! / sum;
    return byCategory;
  };
  return {
    ...model,
    labels,
    idfSteps: steps,
    idf,
    predict,
    plain,
    nbTable,
    predictWith,
    categoryProbs,
    features,
    xs,
    ys,
    sampleWeights: weights,
    rows,
  };
}

/**
 * Per-bucket, per-label Naive Bayes log-count ratio over the (TF-IDF) feature values: for `add` and `scale`
 * r = log((α + p_f) / ‖α + p‖₁) − log((α + q_f) / ‖α + q‖₁), p the label's weighted sums and q the rest's
 * (one-vs-rest, Wang & Manning 2012); for `mnb` the label's multinomial log-likelihood centred over labels.
 */
export function nbRatios(
  xs: readonly SparseVector[],
  ys: Int32Array,
  weights: Float32Array,
  labels: number,
  buckets: number,
  nb: NonNullable<TrainSettings['nb']>,
): Float32Array {
  const sums = new Float64Array(buckets * labels);
  const total = new Float64Array(buckets);
  for (let n = 0; n < xs.length; n++) {
    const x = xs[n]!;
    for (let k = 0; k < x.index.length; k++) {
      const v = x.value[k]! * weights[n]!;
      sums[x.index[k]! * labels + ys[n]!] += v;
      total[x.index[k]!] += v;
    }
  }
  const labelTotal = new Float64Array(labels);
  for (let f = 0; f < buckets; f++) for (let c = 0; c < labels; c++) labelTotal[c] += sums[f * labels + c]!;
  const all = labelTotal.reduce((a, b) => a + b, 0);
  const a = nb.alpha;
  const out = new Float32Array(buckets * labels);
  for (let f = 0; f < buckets; f++) {
    let mean = 0;
    for (let c = 0; c < labels; c++) {
      const p = sums[f * labels + c]!;
      const lp = Math.log((a + p) / (a * buckets + labelTotal[c]!));
      const r = nb.mode === 'mnb' ? lp : lp - Math.log((a + total[f]! - p) / (a * buckets + all - labelTotal[c]!));
      out[f * labels + c] = r;
      mean += r;
    }
    if (nb.mode === 'mnb') for (let c = 0; c < labels; c++) out[f * labels + c] = out[f * labels + c]! - mean / labels;
  }
  return out;
}

function scores(model: LinearModel, x: SparseVector, labels: number): Float64Array {
  const out = Float64Array.from(model.bias);
  for (let k = 0; k < x.index.length; k++) {
    const row = x.index[k]! * labels;
    for (let c = 0; c < labels; c++) out[c] += x.value[k]! * model.w[row + c]!;
  }
  return out;
}

function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < values.length; c++) if (values[c]! > values[best]!) best = c;
  return best;
}
