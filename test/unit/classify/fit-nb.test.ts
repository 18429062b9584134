// The experiment options of the training script (scripts/classify-data/fit.ts, linear-sgd.ts): the Naive Bayes
// log-count ratios point towards the label a feature occurs with, and a feature scale of one trains exactly the
// plain model (so the option changes nothing unless asked for).

import { describe, expect, it } from 'vitest';
import type { SparseVector } from '../../../shared/classify/features';
import { nbRatios } from '../../../scripts/classify-data/fit';
import { trainSoftmax } from '../../../scripts/classify-data/linear-sgd';

const vector = (pairs: [number, number][]): SparseVector => ({
  index: Int32Array.from(pairs.map((p) => p[0])),
  value: Float32Array.from(pairs.map((p) => p[1])),
});

// Bucket 0 only with label 0, bucket 1 only with label 1, bucket 2 with both.
const xs = [
  vector([
    [0, 0.8],
    [2, 0.6],
  ]),
  vector([
    [1, 0.8],
    [2, 0.6],
  ]),
  vector([[0, 1]]),
  vector([[1, 1]]),
];
const ys = Int32Array.from([0, 1, 0, 1]);
const weights = new Float32Array(4).fill(1);

describe('training options', () => {
  it('gives a feature a positive log-count ratio for its own label and a negative one for the other', () => {
    const r = nbRatios(xs, ys, weights, 2, 4, { mode: 'add', alpha: 0.1 });
    expect(r[0 * 2 + 0]).toBeGreaterThan(1);
    expect(r[0 * 2 + 1]).toBeLessThan(-1);
    expect(r[1 * 2 + 1]).toBeGreaterThan(1);
    // Shared evenly: no evidence either way.
    expect(Math.abs(r[2 * 2 + 0]!)).toBeLessThan(1e-6);
    // Multinomial log-likelihoods are centred over the labels.
    const m = nbRatios(xs, ys, weights, 2, 4, { mode: 'mnb', alpha: 0.1 });
    expect(m[0]! + m[1]!).toBeCloseTo(0, 6);
    expect(m[0]).toBeGreaterThan(m[1]!);
  });

  it('trains the plain model when every feature scale is one', () => {
    const options = { labels: 2, buckets: 4, epochs: 5, learningRate: 1, l2: 1e-4, seed: 7 };
    const plain = trainSoftmax(xs, ys, options);
    const scaled = trainSoftmax(xs, ys, { ...options, scaleRows: new Float32Array(8).fill(1) });
    expect(Array.from(scaled.w)).toEqual(Array.from(plain.w));
    const doubled = trainSoftmax(xs, ys, { ...options, scaleRows: new Float32Array(8).fill(2) });
    expect(Array.from(doubled.w)).not.toEqual(Array.from(plain.w));
  });
});
