// One hidden ReLU layer over the same hashed sparse TF-IDF features as the linear model (plus, optionally, the
// dense word-vector block appended after the buckets): h = ReLU(Eᵀx + b1), z = W2 h + b2. The first layer is
// a bucket → hidden-vector table, so a sentence costs (its n-grams × hidden) multiply-adds. Trained by seeded
// per-example Adagrad (sparse: a step touches only the sentence's rows), reproducible bit for bit.

import type { SparseVector } from '../../shared/classify/features';
import { rng } from './expand';

export interface SparseMlpSettings {
  hidden: number;
  epochs: number;
  learningRate: number;
  l2?: number;
}

export interface SparseMlp {
  rows: number;
  hidden: number;
  labels: number;
  /** rows × hidden: row r is bucket r's contribution to the hidden layer. */
  e: Float32Array;
  b1: Float32Array;
  /** labels × hidden. */
  w2: Float32Array;
  b2: Float32Array;
}

export function sparseMlpLogits(
  m: SparseMlp,
  x: SparseVector,
  h = new Float32Array(m.hidden),
  out = new Float64Array(m.labels),
): Float64Array {
  const H = m.hidden;
  h.set(m.b1);
  for (let k = 0; k < x.index.length; k++) {
    const row = x.index[k]! * H;
    const v = x.value[k]!;
    for (let j = 0; j < H; j++) h[j] += v * m.e[row + j]!;
  }
  for (let j = 0; j < H; j++) if (h[j]! < 0) h[j] = 0;
  for (let c = 0; c < m.labels; c++) {
    let s = m.b2[c]!;
    const row = c * H;
    for (let j = 0; j < H; j++) s += m.w2[row + j]! * h[j]!;
    out[c] = s;
  }
  return out;
}

export function trainSparseMlp(
  xs: readonly SparseVector[],
  ys: Int32Array,
  weights: Float32Array,
  labels: number,
  rows: number,
  settings: SparseMlpSettings,
  seed: number,
): SparseMlp {
  const H = settings.hidden;
  const random = rng(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  const m: SparseMlp = {
    rows,
    hidden: H,
    labels,
    e: Float32Array.from({ length: rows * H }, () => gauss() * 0.1),
    b1: new Float32Array(H).fill(0.01),
    w2: Float32Array.from({ length: labels * H }, () => gauss() * Math.sqrt(1 / H)),
    b2: new Float32Array(labels),
  };
  const ge = new Float32Array(rows * H);
  const gb1 = new Float32Array(H);
  const gw2 = new Float32Array(labels * H);
  const gb2 = new Float32Array(labels);
  const lr = settings.learningRate;
  const l2 = settings.l2 ?? 0;
  const eps = 1e-6;
  const order = Array.from(xs.keys());
  const h = new Float32Array(H);
  const dh = new Float32Array(H);
  const z = new Float64Array(labels);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const x = xs[n]!;
      sparseMlpLogits(m, x, h, z);
      let max = -Infinity;
      for (let c = 0; c < labels; c++) if (z[c]! > max) max = z[c]!;
      let sum = 0;
      for (let c = 0; c < labels; c++) sum += z[c] = Math.exp(z[c]! - max);
      const w = weights[n]!;
      dh.fill(0);
      for (let c = 0; c < labels; c++) {
        const g = (z[c]! / sum - (c === ys[n] ? 1 : 0)) * w;
        gb2[c] += g * g;
        m.b2[c] -= (lr * g) / Math.sqrt(gb2[c]! + eps);
        const row = c * H;
        for (let j = 0; j < H; j++) {
          dh[j] += g * m.w2[row + j]!;
          const gw = g * h[j]! + l2 * m.w2[row + j]!;
          gw2[row + j] += gw * gw;
          m.w2[row + j] -= (lr * gw) / Math.sqrt(gw2[row + j]! + eps);
        }
      }
      for (let j = 0; j < H; j++) {
        if (h[j]! <= 0) dh[j] = 0;
        const g = dh[j]!;
        gb1[j] += g * g;
        m.b1[j] -= (lr * g) / Math.sqrt(gb1[j]! + eps);
      }
      for (let k = 0; k < x.index.length; k++) {
        const row = x.index[k]! * H;
        const v = x.value[k]!;
        for (let j = 0; j < H; j++) {
          const g = dh[j]! * v + l2 * m.e[row + j]!;
          if (g === 0) continue;
          ge[row + j] += g * g;
          m.e[row + j] -= (lr * g) / Math.sqrt(ge[row + j]! + eps);
        }
      }
    }
  }
  return m;
}
