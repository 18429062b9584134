// `npx tsx scripts/classify-data/cv-embed.ts`: the cross-validation of cv.ts (same folds, training data only)
// for the n-gram model combined with the word-vector MLP (embed-mlp.ts): per fold, one n-gram model and one
// MLP are trained, and every mixing weight α of CV_ALPHAS is scored: log p = log p_ngram + α · log p_mlp for
// English text with at least one known word (German stays with the n-grams alone).
// CV_MLP (JSON) overrides the MLP settings; CV_VECTORS_VOCAB limits the word list to the training words
// plus that many of the most frequent words (as a shipped model would carry), 0 = all. CV_GATES lets
// the candidate join in only below those top n-gram probabilities; CV_SPARSE (JSON, sparse-mlp.ts settings)
// mixes a hidden layer over the hashed n-grams instead of the word-vector MLP; CV_CONFIG='{"dense":{"weight":1}}'
// puts the mean word vector into the linear model itself. CLF_VECTORS: where the vectors are (word-vectors.ts).
// CV_ENCODER=1 uses the sentence encoder's vectors (sentence-encoder-cache.ts, CLF_ENCODER_CACHE) instead of the
// mean word vector, for the MLP and the dense block alike. With it, CV_MLP_SEEDS averages several heads,
// CV_MLP_LABELS=scenario|intent trains the head on the benchmarks' finer labels (summed per category), and
// CV_KNN adds the k nearest training sentences by the encoder's cosine as a third expert (weights CV_KNN_BETAS).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Category } from '../../shared/model';
import { detectLanguage } from '../../shared/classify/language';
import { normalise } from '../../shared/classify/normalise';
import { hwu64Train, leakKey, xsidValid, type Example } from './benchmarks';
import { buildCorpus } from './corpus';
import { sentenceVector, type MlpSettings } from './embed-mlp';
import { averageLogProbs, englishKnnTable, knnLogProbs, trainEnglishMlp } from './english-mlp';
import { sparseMlpLogits, trainSparseMlp, type SparseMlpSettings } from './sparse-mlp';
import { LABELS, SHIPPED, trainModel, type TrainSettings } from './fit';
import { loadWordVectors, trimVectors, MLP_DEFAULTS } from './word-vectors';
import { loadEncoderCache, type SentenceVectors } from './sentence-encoder-cache';

const SEED = 20240605;
const SPARSE = process.env.CV_SPARSE ? (JSON.parse(process.env.CV_SPARSE) as SparseMlpSettings) : undefined;
const NO_MLP = process.env.CV_NO_MLP === '1' || SPARSE !== undefined;
const K = Number(process.env.CV_FOLDS ?? 4);
const settings: TrainSettings = {
  ...SHIPPED,
  ...(JSON.parse(process.env.CV_CONFIG ?? '{}') as Partial<TrainSettings>),
};
const mlpSettings: MlpSettings = {
  ...MLP_DEFAULTS,
  ...(JSON.parse(process.env.CV_MLP ?? '{}') as Partial<MlpSettings>),
};
const SEEDS = Number(process.env.CV_MLP_SEEDS ?? 1);
// CV_KNN='{"k":20,"temp":10}': a third expert, the k nearest training sentences by the encoder's cosine
// (weights exp(temp · cos)), mixed with weight β of CV_KNN_BETAS: log p + α · log q + β · log r.
const KNN = process.env.CV_KNN ? (JSON.parse(process.env.CV_KNN) as { k: number; temp: number }) : undefined;
const BETAS = KNN ? (process.env.CV_KNN_BETAS ?? '0,0.25,0.5,1').split(',').map(Number) : [0];
const ALPHAS = (process.env.CV_ALPHAS ?? '0,0.25,0.5,1').split(',').map(Number);
const GATES = (process.env.CV_GATES ?? '1.01,0.8,0.6').split(',').map(Number);
/** (α, gate): the MLP joins in only where the n-gram model's top probability is below the gate. */
const MIXES: [number, number, number][] = BETAS.flatMap((b) =>
  ALPHAS.flatMap((a) =>
    a === 0 && b === 0
      ? [[0, 1.01, 0] as [number, number, number]]
      : GATES.map((g) => [a, g, b] as [number, number, number]),
  ),
);

function logSoftmax(z: Float64Array): Float64Array {
  const max = Math.max(...z);
  let sum = 0;
  for (const v of z) sum += Math.exp(v - max);
  return z.map((v) => v - max - Math.log(sum));
}

function main(): void {
  const corpus = buildCorpus(SEED, settings.corpus);
  corpus.examples = corpus.examples.filter((e) => normalise(e.text));
  const encoder = process.env.CV_ENCODER === '1' ? loadEncoderCache() : undefined;
  const full = encoder ? undefined : loadWordVectors();
  const hwuKeys = new Map<string, number>();
  for (const e of hwu64Train()) hwuKeys.set(leakKey(e.text), e.fold!);
  const xsid = { en: xsidValid('en'), de: xsidValid('de') };
  const totals: Record<string, { correct: number; n: number }> = {};
  const started = performance.now();
  for (let k = 0; k < K; k++) {
    const heldHwuFold = k + 2;
    let develIndex = 0;
    const foldOf = new Map<Example, number>();
    for (const e of corpus.examples) if (e.source === 'slurp-devel') foldOf.set(e, develIndex++ % K);
    const isHeld = (e: Example): boolean =>
      (e.source === 'slurp-devel' && foldOf.get(e) === k) || (e.source === 'hwu64' && e.fold === heldHwuFold);
    const leaks = (e: Example): boolean => e.source === 'slurp-devel' && hwuKeys.get(leakKey(e.text)) === heldHwuFold;
    const train = corpus.examples.filter((e) => !isHeld(e) && !leaks(e));
    const slurpDev = corpus.examples.filter(
      (e) => e.source === 'slurp-devel' && foldOf.get(e) === k && !hwuKeys.has(leakKey(e.text)),
    );
    const hwuDev = corpus.examples.filter((e) => e.source === 'hwu64' && e.fold === heldHwuFold);
    const vocab = Number(process.env.CV_VECTORS_VOCAB ?? 0);
    const table = full && (vocab ? trimVectors(full, train, vocab) : full);
    const vectorOf: SentenceVectors = encoder ?? ((n) => sentenceVector(n, table!));
    const dense = (n: string, text: string): Float32Array | undefined =>
      detectLanguage(text) === 'en' ? vectorOf(n) : undefined;
    // CV_NGRAM_CACHE=<dir>: the n-gram model's probabilities on the held-out sets are kept per fold, so a sweep
    // of MLP settings trains the n-gram model once (plain settings only: no dense block, no sparse MLP).
    const cacheFile =
      process.env.CV_NGRAM_CACHE &&
      !SPARSE &&
      !settings.dense &&
      `${process.env.CV_NGRAM_CACHE}/ngram-fold${k}-of-${K}.json`;
    const cached =
      cacheFile && existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as number[][]) : undefined;
    const ngram = cached ? undefined : trainModel(train, settings, SEED, train, dense);
    const fresh: number[][] = [];
    let cachedAt = 0;
    const probsOf = (text: string): Float64Array => {
      if (cached) return Float64Array.from(cached[cachedAt++]!);
      const p = ngram!.categoryProbs(text);
      fresh.push([...p]);
      return p;
    };
    // CV_MLP_SEEDS=n: n heads from different seeds, their probabilities averaged (one head by default).
    const mlps = Array.from({ length: NO_MLP ? 1 : SEEDS }, (_, s) =>
      trainEnglishMlp(train, vectorOf, NO_MLP ? { ...mlpSettings, epochs: 0 } : mlpSettings, SEED + s),
    );
    const knn = KNN ? englishKnnTable(train, vectorOf) : undefined;
    const sparse = SPARSE
      ? trainSparseMlp(ngram!.xs, ngram!.ys, ngram!.sampleWeights, ngram!.labels.length, ngram!.rows, SPARSE, SEED)
      : undefined;
    const sets = [
      ['slurp-devel', slurpDev],
      ['hwu64', hwuDev],
      ['xsid-valid-en', xsid.en],
      ['xsid-valid-de', xsid.de],
    ] as const;
    const parts: string[] = [];
    for (const [name, set] of sets) {
      const scored = set.map((e) => {
        const p = probsOf(e.text);
        const text = normalise(e.text);
        const x = detectLanguage(e.text) === 'en' ? vectorOf(text) : undefined;
        let q: Float64Array | undefined;
        if (sparse || x) {
          const heads = sparse
            ? logSoftmax(sparseMlpLogits(sparse, ngram!.features(e.text)))
            : averageLogProbs(mlps, x!);
          q = heads;
        }
        const r = KNN && x ? knnLogProbs(knn!, x, KNN.k, KNN.temp) : undefined;
        return { p, q, r };
      });
      for (const mix of MIXES) {
        const [alpha, gate, beta] = mix;
        const predicted = scored.map(({ p, q, r }) => {
          let best = 0;
          let bestScore = -Infinity;
          const use = q && Math.max(...p) < gate;
          for (let c = 0; c < p.length; c++) {
            const s = Math.log(p[c]! + 1e-12) + (use ? alpha * q![c]! + (r ? beta * r[c]! : 0) : 0);
            if (s > bestScore) [best, bestScore] = [c, s];
          }
          return LABELS[best]!;
        });
        const t = (totals[`${name}@${mix.join('/')}`] ??= { correct: 0, n: 0 });
        const correct = set.filter((e, i) => predicted[i] === e.category).length;
        t.correct += correct;
        t.n += set.length;
        if (alpha === 0 && beta === 0) parts.push(`${name} ${((correct / set.length) * 100).toFixed(1)}`);
      }
      if (name === 'slurp-devel') {
        // The MLP alone (English with a known word only).
        const alone = scored.map(({ q }) => (q ? LABELS[q.indexOf(Math.max(...q))]! : ('unclear' as Category)));
        const t = (totals[`${name}@mlp-alone`] ??= { correct: 0, n: 0 });
        t.correct += set.filter((e, i) => alone[i] === e.category).length;
        t.n += set.length;
        // Oracle: of the n-gram model's errors, how many does the MLP get right, and the reverse.
        const ng = scored.map(({ p }) => LABELS[p.indexOf(Math.max(...p))]!);
        const o = (totals['oracle'] ??= { correct: 0, n: 0 });
        const r = (totals['reverse'] ??= { correct: 0, n: 0 });
        set.forEach((e, i) => {
          if (ng[i] !== e.category) {
            o.n++;
            if (alone[i] === e.category) o.correct++;
          } else {
            r.n++;
            if (alone[i] !== e.category) r.correct++;
          }
        });
      }
    }
    if (cacheFile && !cached) writeFileSync(cacheFile, JSON.stringify(fresh));
    process.stderr.write(
      `fold ${k}: ${parts.join(', ')} (trained on ${train.length}, ${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
    );
  }
  const names = ['slurp-devel', 'hwu64', 'xsid-valid-en', 'xsid-valid-de'];
  process.stdout.write(
    `CV ${K} folds ${process.env.CV_CONFIG ?? ''} mlp ${JSON.stringify(mlpSettings)} × ${SEEDS} seeds vocab ${process.env.CV_VECTORS_VOCAB ?? 'all'}\n`,
  );
  for (const mix of MIXES)
    process.stdout.write(
      `  α=${mix[0]} gate<${mix[1]}${KNN ? ` β=${mix[2]}` : ''}: ${names.map((n) => `${n} ${((totals[`${n}@${mix.join('/')}`]!.correct / totals[`${n}@${mix.join('/')}`]!.n) * 100).toFixed(2)}`).join(' | ')}\n`,
    );
  const { oracle, reverse } = totals as Record<string, { correct: number; n: number }>;
  process.stdout.write(
    `  SLURP devel: the MLP is right on ${oracle!.correct} of the n-gram model's ${oracle!.n} errors, wrong on ${reverse!.correct} of its ${reverse!.n} right answers\n`,
  );
  const alone = totals['slurp-devel@mlp-alone']!;
  process.stdout.write(`  MLP alone on SLURP devel: ${((alone.correct / alone.n) * 100).toFixed(2)}\n`);
}

main();
