// `npm run train`: builds the corpus (own de/en templates + HWU64 folds 2–10 + SNIPS train), trains the
// hashed word+char n-gram softmax model by seeded SGD, calibrates the `unclear` threshold on a held-out
// 10 %, quantises the weights to int8 and writes assets/classifier/model.json. Deterministic.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { featurise, type FeatureConfig } from '../shared/classify/features';
import { MODEL_FORMAT, createLinearClassifier, loadClassifier, type ModelJson } from '../shared/classify/model';
import { normalise } from '../shared/classify/normalise';
import type { Category } from '../shared/model';
import { buildCorpus, countBy, shuffle } from './classify-data/corpus';
import { rng } from './classify-data/expand';
import { quantise, toBase64, trainSoftmax } from './classify-data/linear-sgd';

const SEED = 20240605;
const LABELS: Category[] = [
  'media',
  'weather',
  'alarms',
  'smarthome',
  'shopping',
  'calendar',
  'communication',
  'news',
  'knowledge',
  'chitchat',
];
const FEATURES: FeatureConfig = { buckets: 1 << 17, charMin: 2, charMax: 5, wordWeight: 2 };
const OUT = fileURLToPath(new URL('../assets/classifier/model.json', import.meta.url));

/** Largest net gain: keep an answer only where, on held-out data, it is right more often than wrong. */
function calibrateThreshold(scored: { confidence: number; correct: boolean }[]): number {
  const sorted = [...scored].sort((a, b) => b.confidence - a.confidence);
  let gain = 0;
  let best = 0;
  let threshold = 0;
  for (const s of sorted) {
    gain += s.correct ? 1 : -1;
    if (gain >= best) {
      best = gain;
      threshold = s.confidence;
    }
  }
  return Math.floor(threshold * 1000) / 1000;
}

function main(): void {
  const started = performance.now();
  const corpus = buildCorpus(SEED);
  const random = rng(SEED);
  const all = shuffle(corpus.examples, random).filter((e) => normalise(e.text));
  const holdoutSize = Math.round(all.length * 0.1);
  const holdout = all.slice(0, holdoutSize);
  const train = all.slice(holdoutSize);
  const xs = train.map((e) => featurise(normalise(e.text), FEATURES));
  const ys = Int32Array.from(train.map((e) => LABELS.indexOf(e.category)));
  // Balance: every category gets the same total weight, so big sources (HWU64 chit-chat, SNIPS) do not
  // push small categories (news, weather) into the background.
  const counts = countBy(train);
  const weights = Float32Array.from(train.map((e) => train.length / LABELS.length / counts[e.category]!));
  const model = trainSoftmax(xs, ys, {
    labels: LABELS.length,
    buckets: FEATURES.buckets,
    epochs: 10,
    learningRate: 0.5,
    l2: 1e-6,
    seed: SEED,
    weights,
  });
  const { q, scale } = quantise(model, LABELS.length);
  const draft = createLinearClassifier(LABELS, FEATURES, q, scale, model.bias, { threshold: 0, version: 'draft' });
  const scored = holdout.map((e) => {
    const r = draft.classify(e.text);
    return { confidence: r.confidence, correct: r.category === e.category };
  });
  const threshold = calibrateThreshold(scored);
  const kept = scored.filter((s) => s.confidence >= threshold);
  const json: ModelJson = {
    format: MODEL_FORMAT,
    version: `1.0.0-${SEED}`,
    labels: LABELS as ModelJson['labels'],
    features: FEATURES,
    threshold,
    bias: Array.from(model.bias, (b) => Math.round(b * 1e6) / 1e6),
    scale: scale.map((s) => Number(s.toPrecision(8))),
    weights: toBase64(q),
    training: {
      seed: SEED,
      sources: corpus.sources,
      trainSentences: train.length,
      holdoutSentences: holdout.length,
      holdoutAccuracyNoThreshold: round(scored.filter((s) => s.correct).length / scored.length),
      holdoutCoverage: round(kept.length / scored.length),
      holdoutAccuracyOfAnswered: round(kept.filter((s) => s.correct).length / Math.max(1, kept.length)),
      attribution:
        'HWU64 (Liu et al. 2019, CC BY 4.0); SNIPS NLU benchmark (Coucke et al. 2018, CC0 1.0); Earshot corpus',
    },
  };
  loadClassifier(json); // refuse to write a model the app could not load
  const text = JSON.stringify(json);
  writeFileSync(OUT, text);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `trained on ${train.length} sentences (${JSON.stringify(corpus.sources)}) in ${seconds.toFixed(1)} s\n` +
      `held-out ${holdout.length}: accuracy ${json.training!.holdoutAccuracyNoThreshold}, threshold ${threshold}, ` +
      `coverage ${json.training!.holdoutCoverage}, accuracy of answered ${json.training!.holdoutAccuracyOfAnswered}\n` +
      `wrote ${OUT} (${(text.length / 1024 / 1024).toFixed(2)} MB)\n`,
  );
}

const round = (n: number): number => Math.round(n * 10000) / 10000;

main();
