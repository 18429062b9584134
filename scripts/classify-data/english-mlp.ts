// The MLP of the embedding experiments (cv-embed.ts, eval-embed.ts), trained on the English training sentences
// that have a vector, each weighted as the n-gram model weighs it (sample weight × class balance).

import { detectLanguage } from '../../shared/classify/language';
import { normalise } from '../../shared/classify/normalise';
import type { Example } from './benchmarks';
import { mlpLogits, trainMlp, type Mlp, type MlpSettings } from './embed-mlp';
import { categoryOfLabel, LABELS, labelOf, SHIPPED, type TrainSettings } from './fit';
import type { SentenceVectors } from './sentence-encoder-cache';

/** The MLP is trained on the English sentences with at least one known word, class-balanced as the n-gram model. */
/** A head and, for finer labels than categories, the category of each of its outputs. */
export type EnglishMlp = Mlp & { categoryOf: Int32Array };

/**
 * `scheme` (CV_MLP_LABELS): `category` (default), or `scenario` / `intent` — the head learns the benchmarks'
 * finer labels (fit.ts labelOf) and a category's probability is the sum of its labels'.
 */
export function trainEnglishMlp(
  examples: readonly Example[],
  vectorOf: SentenceVectors,
  s: MlpSettings,
  seed: number,
  scheme = (process.env.CV_MLP_LABELS ?? 'category') as TrainSettings['labelScheme'],
): EnglishMlp {
  const labelIds = new Map<string, number>(LABELS.map((c, i) => [c, i]));
  const idOf = (e: Example): number => {
    const l = labelOf(e, scheme);
    if (!labelIds.has(l)) labelIds.set(l, labelIds.size);
    return labelIds.get(l)!;
  };
  const xs: Float32Array[] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  const counts: Record<string, number> = {};
  for (const e of examples) counts[e.category] = (counts[e.category] ?? 0) + 1;
  for (const e of examples) {
    if (detectLanguage(e.text) !== 'en') continue;
    const x = vectorOf(normalise(e.text));
    if (!x) continue;
    xs.push(Float32Array.from(x));
    ys.push(idOf(e));
    ws.push((e.weight ?? 1) * (examples.length / LABELS.length / counts[e.category]!) ** SHIPPED.balancePower);
  }
  const labels = [...labelIds.keys()];
  const m = trainMlp(xs, Int32Array.from(ys), Float32Array.from(ws), labels.length, s, seed);
  return { ...m, categoryOf: Int32Array.from(labels, (l) => LABELS.indexOf(categoryOfLabel(l))) };
}

/** The head's probabilities, summed per category (LABELS order). */
export function englishMlpProbs(m: EnglishMlp, x: Float32Array): Float64Array {
  const z = mlpLogits(m, x);
  const max = Math.max(...z);
  let sum = 0;
  for (const v of z) sum += Math.exp(v - max);
  const out = new Float64Array(LABELS.length);
  for (let l = 0; l < z.length; l++) out[m.categoryOf[l]!] += Math.exp(z[l]! - max) / sum;
  return out;
}

/** log of the mean of the heads' category distributions. */
export function averageLogProbs(heads: readonly EnglishMlp[], x: Float32Array): Float64Array {
  const out = new Float64Array(LABELS.length);
  for (const m of heads) {
    const p = englishMlpProbs(m, x);
    for (let c = 0; c < out.length; c++) out[c] = out[c]! + p[c]! / heads.length;
  }
  return out.map((v) => Math.log(v + 1e-12));
}

export interface KnnTable {
  /** Unit vectors, row-major. */
  rows: Float32Array;
  labels: Int32Array;
}

/** The distinct (sentence, category) pairs of the English training sentences that have a vector. */
export function englishKnnTable(examples: readonly Example[], vectorOf: SentenceVectors): KnnTable {
  const seen = new Set<string>();
  const vs: Float32Array[] = [];
  const ys: number[] = [];
  for (const e of examples) {
    if (detectLanguage(e.text) !== 'en') continue;
    const n = normalise(e.text);
    const key = `${n}\t${e.category}`;
    const v = vectorOf(n);
    if (!v || seen.has(key)) continue;
    seen.add(key);
    vs.push(v);
    ys.push(LABELS.indexOf(e.category as (typeof LABELS)[number]));
  }
  const rows = new Float32Array(vs.length * vs[0]!.length);
  vs.forEach((v, i) => rows.set(v, i * v.length));
  return { rows, labels: Int32Array.from(ys) };
}

/** The kNN expert's log distribution over the labels for one vector. */
export function knnLogProbs({ rows, labels }: KnnTable, x: Float32Array, k: number, temp: number): Float64Array {
  const n = labels.length;
  const dim = x.length;
  const top: { s: number; y: number }[] = [];
  for (let i = 0; i < n; i++) {
    let s = 0;
    const at = i * dim;
    for (let d = 0; d < dim; d++) s += rows[at + d]! * x[d]!;
    if (top.length < k) {
      top.push({ s, y: labels[i]! });
      if (top.length === k) top.sort((a, b) => a.s - b.s);
    } else if (s > top[0]!.s) {
      top[0] = { s, y: labels[i]! };
      top.sort((a, b) => a.s - b.s);
    }
  }
  const out = new Float64Array(LABELS.length).fill(1e-3);
  for (const t of top) out[t.y] = out[t.y]! + Math.exp(temp * (t.s - 1));
  const sum = out.reduce((a, v) => a + v, 0);
  return out.map((v) => Math.log(v / sum));
}
