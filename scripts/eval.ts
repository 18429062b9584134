// `npm run eval`: scores assets/classifier/model.json on the held-out benchmark sets (HWU64 fold 1, SLURP
// test minus HWU64 sentences, xSID de/en test, Home Assistant de/en tests), each mapped per docs/taxonomy.md ("Public benchmarks").
// Prints one compact table; writes per-category precision/recall/F1 and confusion matrices to
// assets/classifier/eval.json. `unclear` answers count as wrong; coverage is reported alongside, and
// `forced` is the accuracy of the same model with the threshold at 0 (never `unclear`).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encoderFilesFromPackages } from '../electron/cli/encoder-files';
import { readEncoderExperts } from '../shared/classify/encoder-asset';
import { textsForEncoder, withEncoder } from '../shared/classify/encoder-assist';
import { loadClassifier, type Classifier } from '../shared/classify/model';
import { createSentenceEncoder } from '../shared/classify/sentence-encoder';
import { CATEGORIES } from '../shared/model';
import {
  hasData,
  homeAssistantTest,
  hwu64Dev,
  hwu64Test,
  slurpDevelDev,
  slurpTestDeduped,
  xsidTest,
  type Example,
} from './classify-data/benchmarks';
import { deFragmentsEval } from './classify-data/eval-de-fragments';
import { scoreSet, type SetScore } from './classify-data/metrics';

const MODEL = process.env.CLF_MODEL ?? fileURLToPath(new URL('../assets/classifier/model.json', import.meta.url));
// The sentence encoder's experts, scored beside the model as the app runs them (CLF_NO_ENCODER=1: the model alone).
const EXPERTS = fileURLToPath(new URL('../assets/classifier/encoder.json', import.meta.url));
const OUT = process.env.CLF_MODEL
  ? `${process.env.CLF_MODEL}.eval.json`
  : fileURLToPath(new URL('../assets/classifier/eval.json', import.meta.url));

/** The model with the encoder's experts beside it, vectors computed for every text of `sets` that needs one. */
async function assisted(models: Classifier[], sets: EvalSet[]): Promise<Classifier[]> {
  if (process.env.CLF_NO_ENCODER === '1' || !existsSync(EXPERTS)) return models;
  const bin = readFileSync(EXPERTS.replace(/\.json$/, '.bin'));
  const experts = readEncoderExperts(
    JSON.parse(readFileSync(EXPERTS, 'utf8')),
    bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
  );
  const texts = textsForEncoder(
    models[0]!,
    experts,
    sets.flatMap(([, , load]) => load().map((e) => e.text)),
  );
  const encoder = await createSentenceEncoder(await encoderFilesFromPackages());
  const vectors = await encoder.embed(texts);
  const byText = new Map(texts.map((t, i) => [t, vectors[i]!]));
  process.stderr.write(`eval: ${texts.length} sentences sent to the sentence encoder\n`);
  return models.map((m) => withEncoder(m, experts, (t) => byText.get(t)));
}

async function main(): Promise<void> {
  if (!hasData()) {
    process.stderr.write('eval: ../shared/data not found — nothing to evaluate against\n');
    process.exitCode = 2;
    return;
  }
  const json = JSON.parse(readFileSync(MODEL, 'utf8')) as Record<string, unknown>;
  // Targets: HWU64 and SLURP as set for this model; every other set must not fall below the previous
  // model (1.1.0) — the figure in brackets. Development sets (CLF_DEV=1) carry no target.
  const devSets: EvalSet[] = [
    ['hwu64-fold2-dev', 'en', hwu64Dev, 0],
    ['slurp-devel-dev', 'en', slurpDevelDev, 0],
  ];
  const sets: EvalSet[] =
    process.env.CLF_DEV === '1'
      ? devSets
      : [
          ['hwu64-fold1', 'en', hwu64Test, 0.92],
          ['slurp-test-dedup', 'en', slurpTestDeduped, 0.88],
          ['xsid-en-test', 'en', () => xsidTest('en'), 0.956],
          ['ha-en-tests', 'en', () => homeAssistantTest('en'), 0.93],
          ['xsid-de-test', 'de', () => xsidTest('de'), 0.942],
          ['ha-de-tests', 'de', () => homeAssistantTest('de'), 0.941],
          ['earshot-de-fragments', 'de', deFragmentsEval, 0.9],
        ];
  // The same model forced to answer: shows what the `unclear` threshold costs on each set.
  const [classifier, forced] = await assisted([loadClassifier(json), loadClassifier({ ...json, threshold: 0 })], sets);
  const results: (SetScore & { forcedAccuracy: number; target: number })[] = [];
  for (const [name, lang, load, target] of sets) {
    const examples = load();
    const predictions = classifier.classifyBatch(examples.map((e) => e.text));
    const forcedCorrect = forced.classifyBatch(examples.map((e) => e.text)).filter((p, i) => {
      return p.category === examples[i]!.category;
    }).length;
    const forcedAccuracy = Math.round((forcedCorrect / examples.length) * 10000) / 10000;
    results.push({ ...scoreSet(name, lang, examples, predictions, CATEGORIES), forcedAccuracy, target });
  }
  const lines = ['set                  lang     n  accuracy  macro-F1  coverage  acc(answered)  forced   target'];
  for (const r of results) {
    const target = r.target;
    lines.push(
      `${r.name.padEnd(20)} ${r.language.padEnd(4)} ${String(r.n).padStart(5)}  ${pct(r.accuracy)}   ${pct(r.macroF1)}   ` +
        `${pct(r.coverage)}   ${pct(r.answeredAccuracy)}       ${pct(r.forcedAccuracy)}  ${r.accuracy >= target ? 'met' : 'MISSED'} (${pct(target)})`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (process.argv.includes('--errors')) {
    for (const r of results) for (const e of r.errors.slice(0, 25)) process.stdout.write(`${r.name}\t${e}\n`);
  }
  writeFileSync(
    OUT,
    `${JSON.stringify({ model: classifier.version, threshold: classifier.threshold, sets: results.map(({ errors: _e, ...r }) => r) }, null, 2)}\n`,
  );
  process.stdout.write(`details: ${OUT}\n`);
}

type EvalSet = [name: string, language: 'de' | 'en', load: () => Example[], target: number];

const pct = (x: number): string => `${(x * 100).toFixed(1).padStart(5)} %`;

void main();
