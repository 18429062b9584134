// The MLP of the embedding experiments (cv-embed.ts, eval-embed.ts), trained on the English training sentences
// that have a vector, each weighted as the n-gram model weighs it (sample weight × class balance).

import { detectLanguage } from '../../shared/classify/language';
import { normalise } from '../../shared/classify/normalise';
import type { Example } from './benchmarks';
import { trainMlp, type MlpSettings } from './embed-mlp';
import { LABELS, SHIPPED } from './fit';
import type { SentenceVectors } from './sentence-encoder-cache';

/** The MLP is trained on the English sentences with at least one known word, class-balanced as the n-gram model. */
export function trainEnglishMlp(
  examples: readonly Example[],
  vectorOf: SentenceVectors,
  s: MlpSettings,
  seed: number,
): ReturnType<typeof trainMlp> {
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
    ys.push(LABELS.indexOf(e.category as (typeof LABELS)[number]));
    ws.push((e.weight ?? 1) * (examples.length / LABELS.length / counts[e.category]!) ** SHIPPED.balancePower);
  }
  return trainMlp(xs, Int32Array.from(ys), Float32Array.from(ws), LABELS.length, s, seed);
}
