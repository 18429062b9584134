// The encoder experiments' experts (scripts/classify-data/english-mlp.ts): the nearest-neighbour expert votes
// for the label of the closest training sentences, and a head trained on finer labels (benchmark intents)
// answers per category, its labels' probabilities summed.

import { describe, expect, it } from 'vitest';
import type { Example } from '../../../scripts/classify-data/benchmarks';
import {
  averageLogProbs,
  englishKnnTable,
  englishMlpProbs,
  knnLogProbs,
  trainEnglishMlp,
} from '../../../scripts/classify-data/english-mlp';
import { LABELS } from '../../../scripts/classify-data/fit';

const unit = (v: number[]): Float32Array => {
  const n = Math.hypot(...v);
  return Float32Array.from(v, (x) => x / n);
};
const vectors = new Map<string, Float32Array>([
  ['what is the weather', unit([1, 0, 0])],
  ['will it rain today', unit([0.9, 0.1, 0])],
  ['play some jazz', unit([0, 1, 0])],
  ['play the radio', unit([0, 0.9, 0.1])],
  ['who wrote hamlet', unit([0, 0, 1])],
]);
const examples: Example[] = [
  { text: 'What is the weather', category: 'weather', intent: 'weather_query' },
  { text: 'Will it rain today', category: 'weather', intent: 'weather_query' },
  { text: 'Play some jazz', category: 'media', intent: 'play_music' },
  { text: 'Play the radio', category: 'media', intent: 'play_radio' },
  { text: 'Who wrote hamlet', category: 'knowledge', intent: 'qa_factoid' },
];
const vectorOf = (n: string): Float32Array | undefined => vectors.get(n);
const best = (p: ArrayLike<number>): string => LABELS[Array.from(p).indexOf(Math.max(...Array.from(p)))]!;

describe('sentence-encoder experts', () => {
  it('the nearest-neighbour expert answers with the label of the closest sentences', () => {
    const table = englishKnnTable([...examples, examples[0]!], vectorOf);
    expect(table.labels.length).toBe(5); // the repeated sentence is kept once
    const r = knnLogProbs(table, unit([0.1, 1, 0]), 2, 10);
    expect(best(r)).toBe('media');
    expect(Array.from(r).reduce((a, v) => a + Math.exp(v), 0)).toBeCloseTo(1, 6);
  });

  it('a head trained on intents answers per category', () => {
    const settings = { hidden: 8, epochs: 200, learningRate: 0.05, batch: 5, l2: 0 };
    const head = trainEnglishMlp(examples, vectorOf, settings, 3, 'intent');
    expect(head.labels).toBeGreaterThan(3); // media is learnt as two intents
    const p = englishMlpProbs(head, unit([0, 1, 0.05]));
    expect(p.length).toBe(LABELS.length);
    expect(best(p)).toBe('media');
    expect(p.reduce((a, v) => a + v, 0)).toBeCloseTo(1, 6);
    expect(best(averageLogProbs([head], unit([1, 0.05, 0])))).toBe('weather');
  });
});
