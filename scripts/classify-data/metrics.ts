// Accuracy, coverage, per-category precision/recall/F1 and the confusion matrix for one evaluation set.

import type { Classification } from '../../shared/classify/model';
import type { Category } from '../../shared/model';
import type { Example } from './benchmarks';

export interface SetScore {
  name: string;
  language: 'de' | 'en';
  n: number;
  accuracy: number;
  macroF1: number;
  /** Share of sentences that got a category other than `unclear`. */
  coverage: number;
  /** Accuracy among the answered sentences. */
  answeredAccuracy: number;
  perCategory: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  /** confusion[gold][predicted] = count. */
  confusion: Record<string, Record<string, number>>;
  errors: string[];
}

export function scoreSet(
  name: string,
  language: 'de' | 'en',
  examples: readonly Example[],
  predictions: readonly Classification[],
  categories: readonly Category[],
): SetScore {
  const confusion: Record<string, Record<string, number>> = {};
  let correct = 0;
  let answered = 0;
  let answeredCorrect = 0;
  const errors: string[] = [];
  examples.forEach((e, i) => {
    const p = predictions[i]!;
    const row = (confusion[e.category] ??= {});
    row[p.category] = (row[p.category] ?? 0) + 1;
    if (p.category === e.category) correct++;
    else errors.push(`${e.category} → ${p.category} (${p.confidence.toFixed(2)})\t${e.text}`);
    if (p.category !== 'unclear') {
      answered++;
      if (p.category === e.category) answeredCorrect++;
    }
  });
  const perCategory: SetScore['perCategory'] = {};
  const f1s: number[] = [];
  for (const c of categories) {
    const support = Object.values(confusion[c] ?? {}).reduce((a, b) => a + b, 0);
    const tp = confusion[c]?.[c] ?? 0;
    const predicted = Object.values(confusion).reduce((a, row) => a + (row[c] ?? 0), 0);
    if (support === 0 && predicted === 0) continue;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perCategory[c] = { precision: r4(precision), recall: r4(recall), f1: r4(f1), support };
    if (support > 0) f1s.push(f1);
  }
  const n = examples.length;
  return {
    name,
    language,
    n,
    accuracy: r4(correct / n),
    macroF1: r4(f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length)),
    coverage: r4(answered / n),
    answeredAccuracy: r4(answeredCorrect / Math.max(1, answered)),
    perCategory,
    confusion,
    errors,
  };
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;
