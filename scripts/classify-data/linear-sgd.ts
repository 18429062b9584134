// Multinomial logistic regression trained by plain SGD over hashed sparse features, hand-written because
// the model is tiny (buckets × 10 weights), must be bit-for-bit reproducible from a seed, and the
// inference side (shared/classify/model.ts) only needs the weight matrix. L2 regularisation uses the
// usual scaled-weights trick (w = s · W) so each step touches only the example's non-zero features.

import type { SparseVector } from '../../shared/classify/features';
import { rng } from './expand';

export interface SgdOptions {
  labels: number;
  buckets: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Optional per-example weight (e.g. to balance languages or categories). */
  weights?: Float32Array;
  /**
   * Optional per-(bucket, label) feature scale R (row-major as w): label c sees x_f·R[f, c]. The returned
   * weights have R folded in, so inference is unchanged.
   */
  scaleRows?: Float32Array;
}

export interface LinearModel {
  /** Row-major by bucket: w[bucket * labels + label]. */
  w: Float32Array;
  bias: Float32Array;
}

export function trainSoftmax(xs: readonly SparseVector[], ys: Int32Array, options: SgdOptions): LinearModel {
  const { labels, buckets, epochs, l2 } = options;
  const R = options.scaleRows;
  const W = new Float32Array(buckets * labels);
  const bias = new Float32Array(labels);
  let scale = 1;
  const random = rng(options.seed);
  const order = Array.from(xs.keys());
  const scores = new Float64Array(labels);
  let t = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const lr = options.learningRate / (1 + options.learningRate * l2 * t);
      t++;
      const x = xs[n]!;
      const y = ys[n]!;
      const sampleWeight = options.weights ? options.weights[n]! : 1;
      let max = -Infinity;
      for (let c = 0; c < labels; c++) {
        let s = 0;
        if (R)
          for (let k = 0; k < x.index.length; k++)
            s += x.value[k]! * R[x.index[k]! * labels + c]! * W[x.index[k]! * labels + c]!;
        else for (let k = 0; k < x.index.length; k++) s += x.value[k]! * W[x.index[k]! * labels + c]!;
        scores[c] = s * scale + bias[c]!;
        if (scores[c]! > max) max = scores[c]!;
      }
      let sum = 0;
      for (let c = 0; c < labels; c++) {
        scores[c] = Math.exp(scores[c]! - max);
        sum += scores[c]!;
      }
      scale *= 1 - lr * l2;
      if (scale < 1e-6) {
        for (let k = 0; k < W.length; k++) W[k] = W[k]! * scale;
        scale = 1;
      }
      for (let c = 0; c < labels; c++) {
        const gradient = (scores[c]! / sum - (c === y ? 1 : 0)) * sampleWeight;
        if (gradient === 0) continue;
        bias[c] = bias[c]! - lr * gradient * 0.1;
        const step = (lr * gradient) / scale;
        for (let k = 0; k < x.index.length; k++) {
          const at = x.index[k]! * labels + c;
          W[at] = W[at]! - step * x.value[k]! * (R ? R[at]! : 1);
        }
      }
    }
  }
  for (let k = 0; k < W.length; k++) W[k] = W[k]! * scale * (R ? R[k]! : 1);
  return { w: W, bias };
}

/** Int8 quantisation with one scale per label (max |w| → 127); the error is far below the decision margins. */
export function quantise(model: LinearModel, labels: number): { q: Int8Array; scale: number[] } {
  const scale: number[] = [];
  const q = new Int8Array(model.w.length);
  for (let c = 0; c < labels; c++) {
    let max = 0;
    for (let k = c; k < model.w.length; k += labels) max = Math.max(max, Math.abs(model.w[k]!));
    const s = max > 0 ? max / 127 : 1;
    scale.push(s);
    for (let k = c; k < model.w.length; k += labels) q[k] = Math.round(model.w[k]! / s);
  }
  return { q, scale };
}

export function toBase64(bytes: Int8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
