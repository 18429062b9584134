// The shipped experts must compute what the experiments that chose them computed (scripts/classify-data:
// english-mlp.ts), or the evaluation figures would not hold for the app: the same head, the same neighbours
// from a half-precision table, the same mix.

import { describe, expect, it } from 'vitest';
import {
  floatToHalf,
  halfToFloat,
  headLogProbs,
  HEAD_CATEGORIES,
  mixProbabilities,
  neighbourLogProbs,
  type EncoderHead,
} from '../../../shared/classify/encoder-head';
import { englishMlpProbs, knnLogProbs } from '../../../scripts/classify-data/english-mlp';

function random(seed: number): () => number {
  let a = seed;
  return () => ((a = (a * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
}

/** The half-precision bits of a number that half precision holds exactly. */
function toHalf(v: number): number {
  const sign = v < 0 ? 0x8000 : 0;
  if (Math.abs(v) < 2 ** -14) return sign; // below the normal range: zero is close enough for a test vector
  let e = Math.floor(Math.log2(Math.abs(v)));
  let fraction = Math.round((Math.abs(v) / 2 ** e - 1) * 1024);
  if (fraction === 1024) [e, fraction] = [e + 1, 0];
  return sign | ((e + 15) << 10) | fraction;
}

const unit = (v: Float32Array): Float32Array => {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
};

describe('encoder experts', () => {
  const rnd = random(7);
  const dim = 16;
  const head: EncoderHead = {
    dim,
    hidden: 8,
    outputs: 14,
    w1: Float32Array.from({ length: 8 * dim }, rnd),
    b1: Float32Array.from({ length: 8 }, rnd),
    w2: Float32Array.from({ length: 14 * 8 }, rnd),
    b2: Float32Array.from({ length: 14 }, rnd),
    categoryOf: Uint8Array.from({ length: 14 }, (_, o) => o % HEAD_CATEGORIES.length),
  };

  it('rounds numbers to the nearest half precision and back', () => {
    for (const v of [0, 1, -2, 0.046875, 65504, 2 ** -24]) expect(halfToFloat(floatToHalf(v))).toBe(v);
    expect(floatToHalf(1e6)).toBe(0x7c00);
    const r = random(3);
    for (let i = 0; i < 2000; i++) {
      const v = r() * 0.2;
      const back = halfToFloat(floatToHalf(v));
      // Within half a unit in the last place of a 10-bit mantissa (or of the smallest step below 2^-14).
      const ulp = Math.abs(v) < 2 ** -14 ? 2 ** -24 : 2 ** (Math.floor(Math.log2(Math.abs(v))) - 10);
      expect(Math.abs(back - v)).toBeLessThanOrEqual(ulp / 2 + 1e-12);
    }
  });

  it('decodes half precision', () => {
    expect(halfToFloat(0x3c00)).toBe(1);
    expect(halfToFloat(0xc000)).toBe(-2);
    expect(halfToFloat(0x0001)).toBe(2 ** -24);
    expect(halfToFloat(0x7c00)).toBe(Infinity);
    expect(halfToFloat(toHalf(0.046875))).toBe(0.046875);
  });

  it('gives the head distribution of the experiments', () => {
    const x = unit(Float32Array.from({ length: dim }, rnd));
    const ours = headLogProbs(head, x);
    const theirs = englishMlpProbs({ ...head, labels: head.outputs, categoryOf: Int32Array.from(head.categoryOf) }, x);
    ours.forEach((v, c) => expect(v).toBeCloseTo(Math.log(theirs[c]! + 1e-12), 5));
  });

  it('finds the same neighbours as the experiments in a half-precision table', () => {
    const n = 300;
    // Rows rounded to values half precision holds, so both tables hold the same numbers.
    const floats = new Float32Array(n * dim);
    const halves = new Uint16Array(n * dim);
    for (let i = 0; i < n; i++) {
      const v = unit(Float32Array.from({ length: dim }, rnd));
      v.forEach((x, d) => {
        halves[i * dim + d] = toHalf(x);
        floats[i * dim + d] = halfToFloat(halves[i * dim + d]!);
      });
    }
    const categories = Uint8Array.from({ length: n }, (_, i) => (i * 7) % HEAD_CATEGORIES.length);
    for (let q = 0; q < 5; q++) {
      const x = unit(Float32Array.from({ length: dim }, rnd));
      const ours = neighbourLogProbs({ dim, rows: halves, categories }, x, 20, 10);
      const theirs = knnLogProbs({ rows: floats, labels: Int32Array.from(categories) }, x, 20, 10);
      ours.forEach((v, c) => expect(v).toBeCloseTo(theirs[c]!, 5));
    }
  });

  it('leaves the n-gram answer alone without a vector, and moves it with one', () => {
    const ngram = HEAD_CATEGORIES.map((_, c) => (c === 0 ? 0.55 : 0.45 / (HEAD_CATEGORIES.length - 1)));
    const settings = { alpha: 0.5, beta: 0.5, gate: 0.8, k: 3, temp: 10 };
    const rows = new Uint16Array(3 * dim);
    const x = new Float32Array(dim);
    x[0] = 1;
    for (let i = 0; i < 3; i++) rows[i * dim] = 0x3c00; // three neighbours equal to x …
    const categories = Uint8Array.from([4, 4, 4]); // … all of category 4
    const alone = mixProbabilities(ngram, undefined, head, { dim, rows, categories }, settings);
    alone.forEach((v, c) => expect(v).toBeCloseTo(ngram[c]!, 9));
    const mixed = mixProbabilities(ngram, x, head, { dim, rows, categories }, settings);
    expect(mixed.reduce((a, v) => a + v, 0)).toBeCloseTo(1, 9);
    expect(mixed[4]!).toBeGreaterThan(ngram[4]!);
  });
});
