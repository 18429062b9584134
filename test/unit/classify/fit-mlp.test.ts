// The non-linear experiments of the training scripts (scripts/classify-data/embed-mlp.ts, sparse-mlp.ts): a
// hidden ReLU layer learns what no linear model can (exclusive or), training is reproducible from its seed,
// and a sentence's mean word vector has unit length and is absent when no word is known.

import { describe, expect, it } from 'vitest';
import type { SparseVector } from '../../../shared/classify/features';
import { mlpLogits, sentenceVector, trainMlp, type WordVectors } from '../../../scripts/classify-data/embed-mlp';
import { sparseMlpLogits, trainSparseMlp } from '../../../scripts/classify-data/sparse-mlp';
import { trainSoftmax } from '../../../scripts/classify-data/linear-sgd';

// Exclusive or over two features: label 1 when exactly one of them is present.
const xorPairs: [number, number, number][] = [
  [0, 0, 0],
  [1, 0, 1],
  [0, 1, 1],
  [1, 1, 0],
];
// A constant third feature stands in for a bias the hidden layer can use.
const sparse: SparseVector[] = xorPairs.map(([a, b]) => {
  const pairs = [[2, 1] as const, ...(a ? [[0, 1] as const] : []), ...(b ? [[1, 1] as const] : [])];
  return { index: Int32Array.from(pairs.map((p) => p[0])), value: Float32Array.from(pairs.map((p) => p[1])) };
});
const dense = xorPairs.map(([a, b]) => Float32Array.from([a, b, 1]));
const ys = Int32Array.from(xorPairs.map((p) => p[2]));
const weights = new Float32Array(4).fill(1);
const argmax = (z: ArrayLike<number>): number => (z[1]! > z[0]! ? 1 : 0);

describe('non-linear training experiments', () => {
  it('learns exclusive or over sparse features, which the linear model cannot', () => {
    const settings = { hidden: 8, epochs: 300, learningRate: 0.1 };
    const m = trainSparseMlp(sparse, ys, weights, 2, 3, settings, 11);
    expect(sparse.map((x) => argmax(sparseMlpLogits(m, x)))).toEqual([0, 1, 1, 0]);
    const again = trainSparseMlp(sparse, ys, weights, 2, 3, settings, 11);
    expect(Array.from(again.e)).toEqual(Array.from(m.e));
    const linear = trainSoftmax(sparse, ys, { labels: 2, buckets: 3, epochs: 300, learningRate: 1, l2: 0, seed: 11 });
    const linearRight = sparse.filter((x, n) => {
      const z = [0, 0];
      for (let k = 0; k < x.index.length; k++)
        for (let c = 0; c < 2; c++)
          z[c] += x.value[k]! * linear.w[x.index[k]! * 2 + c]! + (k === 0 ? linear.bias[c]! : 0);
      return argmax(z) === ys[n];
    }).length;
    expect(linearRight).toBeLessThan(4);
  });

  it('learns exclusive or over dense inputs, reproducibly from the seed', () => {
    const settings = { hidden: 8, epochs: 400, learningRate: 0.05, batch: 2, l2: 0 };
    const m = trainMlp(dense, ys, weights, 2, settings, 5);
    expect(dense.map((x) => argmax(mlpLogits(m, x)))).toEqual([0, 1, 1, 0]);
    expect(Array.from(trainMlp(dense, ys, weights, 2, settings, 5).w1)).toEqual(Array.from(m.w1));
    expect(Array.from(trainMlp(dense, ys, weights, 2, settings, 6).w1)).not.toEqual(Array.from(m.w1));
  });

  it('averages the known words of a sentence to a unit vector', () => {
    const table: WordVectors = {
      dim: 2,
      index: new Map([
        ['rain', 0],
        ['snow', 1],
      ]),
      vectors: Float32Array.from([3, 0, 0, 4]),
    };
    const v = sentenceVector('will it rain or snow', table)!;
    expect(Math.hypot(v[0]!, v[1]!)).toBeCloseTo(1, 6);
    expect(v[1]! / v[0]!).toBeCloseTo(4 / 3, 5);
    expect(sentenceVector('wird es regnen', table)).toBeUndefined();
  });
});
