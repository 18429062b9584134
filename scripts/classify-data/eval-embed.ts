// `CV_ENCODER=1 npx tsx scripts/classify-data/eval-embed.ts`: the shipped n-gram model (assets/classifier/model.json, or CLF_MODEL)
// mixed with a sentence-encoder MLP trained once on the whole training corpus (never on an evaluation set), scored
// on the evaluation sets of `npm run eval` by its rules (`unclear` counts as wrong). Mix as in cv-embed.ts:
// log p = log p_ngram + α · log p_mlp for English text, only where the n-gram model's top probability is below
// the gate; `unclear` where the mixed distribution's top probability is below the model's threshold.
// EMBED_ALPHA, EMBED_GATE and CV_MLP (JSON) choose the settings — by cross-validation only (cv-embed.ts);
// CV_MLP_SEEDS, CV_MLP_LABELS, CV_KNN with EMBED_BETA as there.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectLanguage } from '../../shared/classify/language';
import { loadClassifier, type Classification } from '../../shared/classify/model';
import { normalise } from '../../shared/classify/normalise';
import { CATEGORIES, type Category } from '../../shared/model';
import { homeAssistantTest, hwu64Test, slurpTestDeduped, xsidTest, type Example } from './benchmarks';
import { buildCorpus } from './corpus';
import { deFragmentsEval } from './eval-de-fragments';
import { LABELS, SHIPPED, type TrainSettings } from './fit';
import { scoreSet } from './metrics';
import { loadEncoderCache } from './sentence-encoder-cache';
import { MLP_DEFAULTS } from './word-vectors';
import { averageLogProbs, englishKnnTable, knnLogProbs, trainEnglishMlp } from './english-mlp';

const SEED = 20240605;
const ALPHA = Number(process.env.EMBED_ALPHA ?? 0.5);
const GATE = Number(process.env.EMBED_GATE ?? 1.01);
const mlpSettings = { ...MLP_DEFAULTS, ...(JSON.parse(process.env.CV_MLP ?? '{}') as object) };

// CLF_MODEL: an n-gram model written by `CLF_MODEL=<path> npm run train` instead of the shipped one.
const MODEL = process.env.CLF_MODEL ?? fileURLToPath(new URL('../../assets/classifier/model.json', import.meta.url));
const json = JSON.parse(readFileSync(MODEL, 'utf8')) as Record<string, unknown>;
const ngram = loadClassifier(json);
const vectorOf = loadEncoderCache();
// CLF_CONFIG as for `npm run train` (scripts/train.ts): the head trains on the corpus the n-gram model was trained on.
const corpusSettings = { ...SHIPPED, ...(JSON.parse(process.env.CLF_CONFIG ?? '{}') as Partial<TrainSettings>) }.corpus;
const corpus = buildCorpus(SEED, corpusSettings);
corpus.examples = corpus.examples.filter((e) => normalise(e.text));
// CV_MLP_SEEDS heads averaged; CV_KNN (JSON {k, temp}) with weight EMBED_BETA adds the kNN expert (cv-embed.ts).
const SEEDS = Number(process.env.CV_MLP_SEEDS ?? 1);
const mlps = Array.from({ length: SEEDS }, (_, s) => trainEnglishMlp(corpus.examples, vectorOf, mlpSettings, SEED + s));
const KNN = process.env.CV_KNN ? (JSON.parse(process.env.CV_KNN) as { k: number; temp: number }) : undefined;
const BETA = Number(process.env.EMBED_BETA ?? 0);
const knn = KNN ? englishKnnTable(corpus.examples, vectorOf) : undefined;

function classify(text: string): { mixed: Classification; forced: Category } {
  const { labels, probs } = ngram.probabilities(text);
  const logp = LABELS.map((c) => Math.log(probs[labels.indexOf(c)]! + 1e-12));
  const top = Math.max(...probs);
  const x = detectLanguage(text) === 'en' && top < GATE ? vectorOf(normalise(text)) : undefined;
  if (x) {
    const q = averageLogProbs(mlps, x);
    const r = KNN ? knnLogProbs(knn!, x, KNN.k, KNN.temp) : undefined;
    for (let c = 0; c < LABELS.length; c++) logp[c] = logp[c]! + ALPHA * q[c]! + (r ? BETA * r[c]! : 0);
  }
  const max = Math.max(...logp);
  const sum = logp.reduce((a, v) => a + Math.exp(v - max), 0);
  const best = logp.indexOf(max);
  const confidence = 1 / sum;
  const category = LABELS[best]!;
  return {
    mixed: {
      category: confidence < ngram.threshold ? 'unclear' : category,
      confidence,
      language: 'en',
    } as Classification,
    forced: category,
  };
}

const sets: [string, 'de' | 'en', () => Example[]][] = [
  ['hwu64-fold1', 'en', hwu64Test],
  ['slurp-test-dedup', 'en', slurpTestDeduped],
  ['xsid-en-test', 'en', () => xsidTest('en')],
  ['ha-en-tests', 'en', () => homeAssistantTest('en')],
  ['xsid-de-test', 'de', () => xsidTest('de')],
  ['ha-de-tests', 'de', () => homeAssistantTest('de')],
  ['earshot-de-fragments', 'de', deFragmentsEval],
];
process.stdout.write(
  `α ${ALPHA} gate ${GATE} mlp ${JSON.stringify(mlpSettings)} × ${SEEDS} seeds, kNN ${process.env.CV_KNN ?? 'none'} β ${BETA}\n`,
);
process.stdout.write('set                  lang     n  accuracy  (right)  macro-F1  coverage  forced  encoder used\n');
for (const [name, lang, load] of sets) {
  const examples = load();
  const out = examples.map((e) => classify(e.text));
  const r = scoreSet(
    name,
    lang,
    examples,
    out.map((o) => o.mixed),
    CATEGORIES,
  );
  const forced = out.filter((o, i) => o.forced === examples[i]!.category).length / examples.length;
  const used = examples.filter((e) => {
    const top = Math.max(...ngram.probabilities(e.text).probs);
    return detectLanguage(e.text) === 'en' && top < GATE && vectorOf(normalise(e.text));
  }).length;
  const pct = (v: number): string => `${(v * 100).toFixed(1).padStart(5)} %`;
  process.stdout.write(
    `${name.padEnd(20)} ${lang.padEnd(4)} ${String(r.n).padStart(5)}  ${pct(r.accuracy)}  ${String(Math.round(r.accuracy * r.n)).padStart(6)}   ${pct(r.macroF1)}   ${pct(r.coverage)}   ${pct(forced)}  ${pct(used / examples.length)}\n`,
  );
}
