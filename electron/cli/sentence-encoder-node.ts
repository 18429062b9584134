// The sentence encoder for the CLI (docs/taxonomy.md, "Classifier"): the same experts and the same mix as the
// app's workers (renderer/classify/sentence-encoder-web.ts), the files read from the project's assets and
// installed packages. Loaded only when some English transcript leaves the n-gram model unsure, so a run over a
// German export never starts TensorFlow.js.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import expertsHeader from '../../assets/classifier/encoder.json';
import { readEncoderExperts, type EncoderExperts } from '../../shared/classify/encoder-asset';
import { createEncoderAssist } from '../../shared/classify/encoder-assist';
import { encoderFilesFromPackages } from './encoder-files';

/** The experts' binary, looked up from this module upwards (tsx runs it from electron/cli, the bundle from dist-cli). */
async function readExperts(): Promise<EncoderExperts> {
  const tried: string[] = [];
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    tried.push(join(dir, 'assets', 'classifier', 'encoder.bin'));
    if (dirname(dir) === dir) break;
  }
  tried.push(join(process.cwd(), 'assets', 'classifier', 'encoder.bin'));
  const file = tried.find((f) => existsSync(f));
  if (!file) throw new Error('the sentence encoder needs assets/classifier/encoder.bin (run it from the project)');
  const bin = await readFile(file);
  return readEncoderExperts(expertsHeader, bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength));
}

/** `base` with the encoder's experts beside it, every transcript that needs a vector embedded first. */
export const encoderAssisted = createEncoderAssist({
  header: expertsHeader,
  readExperts,
  startEncoder: async () => {
    const { createSentenceEncoder } = await import('../../shared/classify/sentence-encoder');
    return createSentenceEncoder(await encoderFilesFromPackages());
  },
});
