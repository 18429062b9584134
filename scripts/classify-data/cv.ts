// `npx tsx scripts/classify-data/cv.ts`: k-fold cross-validation on the training data only, to choose the
// classifier's settings without looking at any test set. Fold k holds out one k-th of SLURP devel (scored
// without its HWU64 duplicates, as SLURP test is) and HWU64 fold k + 2, trains on everything else of the
// training corpus, and also scores the xSID validation files (never trained on while they serve here).
// CV_FOLDS (default 4) and CV_CONFIG (JSON, merged over the shipped settings) choose what to compare;
// CV_ERRORS=1 prints every misclassified SLURP devel sentence of every fold (error analysis); with an `nb`
// setting, CV_LAMBDAS=0.1,0.3 also scores each fold's model with λ × the Naive Bayes table added, from one
// training run per fold.

import type { Category } from '../../shared/model';
import { hwu64Train, leakKey, xsidValid, type Example } from './benchmarks';
import { normalise } from '../../shared/classify/normalise';
import { buildCorpus } from './corpus';
import { SHIPPED, trainModel, type TrainSettings } from './fit';

const SEED = 20240605;
const K = Number(process.env.CV_FOLDS ?? 4);
const settings: TrainSettings = {
  ...SHIPPED,
  ...(JSON.parse(process.env.CV_CONFIG ?? '{}') as Partial<TrainSettings>),
};

function main(): void {
  const corpus = buildCorpus(SEED, settings.corpus);
  corpus.examples = corpus.examples.filter((e) => normalise(e.text)); // as train.ts
  const hwuKeys = new Map<string, number>();
  for (const e of hwu64Train()) hwuKeys.set(leakKey(e.text), e.fold!);
  const xsid = { en: xsidValid('en'), de: xsidValid('de') };
  const totals: Record<string, { correct: number; n: number }> = {};
  const tally = (name: string, examples: readonly Example[], predicted: readonly Category[]): number => {
    const t = (totals[name] ??= { correct: 0, n: 0 });
    const correct = examples.filter((e, i) => predicted[i] === e.category).length;
    t.correct += correct;
    t.n += examples.length;
    return correct / Math.max(1, examples.length);
  };
  for (let k = 0; k < K; k++) {
    const heldHwuFold = k + 2;
    // SLURP devel sentence i belongs to fold i mod K (its order in the file).
    let develIndex = 0;
    const foldOf = new Map<Example, number>();
    const indexOf = new Map<Example, number>();
    for (const e of corpus.examples)
      if (e.source === 'slurp-devel') {
        indexOf.set(e, develIndex);
        foldOf.set(e, develIndex++ % K);
      }
    const isHeld = (e: Example): boolean =>
      (e.source === 'slurp-devel' && foldOf.get(e) === k) || (e.source === 'hwu64' && e.fold === heldHwuFold);
    // A SLURP devel sentence that is also a held-out HWU64 sentence would leak it. (The other way round is
    // excluded below: held-out SLURP sentences that occur in HWU64 are not scored.)
    const leaks = (e: Example): boolean => e.source === 'slurp-devel' && hwuKeys.get(leakKey(e.text)) === heldHwuFold;
    // CV_SLURP_SHARE=0.5 trains on only that share of the remaining SLURP devel sentences (a learning curve:
    // how much would more in-domain data move the SLURP figure?).
    const share = Number(process.env.CV_SLURP_SHARE ?? 1);
    // Sentence i is kept when frac(i · 0.618…) < share: spread evenly over the file and over the folds.
    const kept = (e: Example): boolean => e.source !== 'slurp-devel' || (indexOf.get(e)! * 0.6180339887) % 1 < share;
    const train = corpus.examples.filter((e) => !isHeld(e) && !leaks(e) && kept(e));
    const slurpDev = corpus.examples.filter(
      (e) => e.source === 'slurp-devel' && foldOf.get(e) === k && !hwuKeys.has(leakKey(e.text)),
    );
    const hwuDev = corpus.examples.filter((e) => e.source === 'hwu64' && e.fold === heldHwuFold);
    const model = trainModel(train, settings, SEED);
    const line: string[] = [];
    // CV_LAMBDAS=0,0.1,…: also score the plain weights + λ·(NB table) for each λ, from the same training run.
    for (const lambda of (process.env.CV_LAMBDAS ?? '').split(',').filter(Boolean).map(Number)) {
      if (!model.nbTable) break;
      const w = Float32Array.from(model.plain, (v, i) => v + lambda * model.nbTable![i]!);
      const parts: string[] = [];
      for (const [name, set] of [
        ['slurp-devel', slurpDev],
        ['hwu64', hwuDev],
        ['xsid-valid-en', xsid.en],
        ['xsid-valid-de', xsid.de],
      ] as const) {
        const predicted = set.map((e) => model.predictWith(w, e.text));
        parts.push(`${name} ${(tally(`${name}@${lambda}`, set, predicted) * 100).toFixed(1)}`);
      }
      process.stderr.write(`fold ${k} λ=${lambda}: ${parts.join(', ')}\n`);
    }
    for (const [name, set] of [
      ['slurp-devel', slurpDev],
      ['hwu64', hwuDev],
      ['xsid-valid-en', xsid.en],
      ['xsid-valid-de', xsid.de],
    ] as const) {
      const predicted = set.map((e) => model.predict(e.text));
      line.push(`${name} ${(tally(name, set, predicted) * 100).toFixed(1)}`);
      if (name === 'slurp-devel' && process.env.CV_ERRORS === '1') {
        set.forEach((e, i) => {
          if (predicted[i] !== e.category)
            process.stdout.write(`ERR\t${e.intent}\t${e.category} → ${predicted[i]}\t${e.text}\n`);
        });
      }
    }
    process.stderr.write(`fold ${k}: ${line.join(', ')} (trained on ${train.length})\n`);
  }
  const summary = Object.entries(totals)
    .map(([name, t]) => `${name} ${((t.correct / t.n) * 100).toFixed(2)} % (${t.n})`)
    .join(' | ');
  process.stdout.write(`CV ${K} folds ${JSON.stringify(process.env.CV_CONFIG ?? {})}: ${summary}\n`);
}

main();
