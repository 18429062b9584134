// `npm run train:encoder` (after `npm run train`): embeds every distinct English training sentence with the
// sentence encoder, trains the head on the public sets' intents (assets/classifier/README.md, "Chit-chat
// templates beside the encoder ensemble"), keeps the sentences as the neighbour table, and writes
// assets/classifier/encoder.json + encoder.bin beside the n-gram model they were chosen with. Deterministic;
// the vectors are cached in node_modules/.cache/earshot (≈ 2–4 min of CPU the first time).

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encoderFilesFromPackages } from '../electron/cli/encoder-files';
import { floatToHalf } from '../shared/classify/encoder-head';
import { writeEncoderExperts } from '../shared/classify/encoder-asset';
import { detectLanguage } from '../shared/classify/language';
import { normalise } from '../shared/classify/normalise';
import { createSentenceEncoder, SENTENCE_DIM } from '../shared/classify/sentence-encoder';
import { buildCorpus } from './classify-data/corpus';
import { englishKnnTable, trainEnglishMlp } from './classify-data/english-mlp';
import { SHIPPED } from './classify-data/fit';
import { MLP_DEFAULTS } from './classify-data/word-vectors';

const SEED = 20240605;
/** Chosen by cross-validation (assets/classifier/README.md); never on a test set. */
const HEAD = { ...MLP_DEFAULTS, hidden: 128, epochs: 10, dropout: 0.1 };
const MIX = { alpha: 0.5, beta: 0.5, gate: 0.8, k: 20, temp: 10 };
const ASSETS = fileURLToPath(new URL('../assets/classifier/', import.meta.url));
const CACHE = fileURLToPath(new URL('../node_modules/.cache/earshot/', import.meta.url));

/** Vectors of `texts`, from the cache where it has them, the encoder for the rest. */
async function vectorsOf(texts: string[]): Promise<Map<string, Float32Array>> {
  const known = new Map<string, Float32Array>();
  if (existsSync(`${CACHE}sentences.txt`)) {
    const cached = readFileSync(`${CACHE}sentences.txt`, 'utf8').split('\n').slice(0, -1);
    const buf = readFileSync(`${CACHE}sentences.f32`);
    const all = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    if (all.length === cached.length * SENTENCE_DIM)
      cached.forEach((t, i) => known.set(t, all.subarray(i * SENTENCE_DIM, (i + 1) * SENTENCE_DIM)));
  }
  const missing = texts.filter((t) => !known.has(t));
  if (missing.length) {
    process.stderr.write(`train:encoder: embedding ${missing.length} sentences …\n`);
    const encoder = await createSentenceEncoder(await encoderFilesFromPackages());
    const vectors = await encoder.embed(missing);
    missing.forEach((t, i) => known.set(t, vectors[i]!));
    mkdirSync(CACHE, { recursive: true });
    const keys = [...known.keys()];
    const out = new Float32Array(keys.length * SENTENCE_DIM);
    keys.forEach((t, i) => out.set(known.get(t)!, i * SENTENCE_DIM));
    writeFileSync(`${CACHE}sentences.txt`, `${keys.join('\n')}\n`);
    writeFileSync(`${CACHE}sentences.f32`, out);
  }
  return known;
}

async function main(): Promise<void> {
  const ngram = JSON.parse(readFileSync(`${ASSETS}model.json`, 'utf8')) as { version: string };
  const corpus = buildCorpus(SEED, SHIPPED.corpus);
  const examples = corpus.examples.filter((e) => normalise(e.text));
  const english = [...new Set(examples.filter((e) => detectLanguage(e.text) === 'en').map((e) => normalise(e.text)))];
  const vectors = await vectorsOf(english);
  const vectorOf = (t: string): Float32Array | undefined => vectors.get(t);
  const head = trainEnglishMlp(examples, vectorOf, HEAD, SEED, 'intent');
  const table = englishKnnTable(examples, vectorOf);
  const { header, binary } = writeEncoderExperts({
    ngramVersion: ngram.version,
    head: {
      dim: head.dim,
      hidden: head.hidden,
      outputs: head.labels,
      w1: head.w1,
      b1: head.b1,
      w2: head.w2,
      b2: head.b2,
      categoryOf: Uint8Array.from(head.categoryOf),
    },
    neighbours: {
      dim: SENTENCE_DIM,
      rows: Uint16Array.from(table.rows, floatToHalf),
      categories: Uint8Array.from(table.labels),
    },
    mix: MIX,
  });
  writeFileSync(`${ASSETS}encoder.json`, `${JSON.stringify(header, null, 1)}\n`);
  writeFileSync(`${ASSETS}encoder.bin`, binary);
  process.stderr.write(
    `train:encoder: ${english.length} English sentences, head ${head.hidden}×${head.labels}, ${table.labels.length} neighbours → ${(binary.byteLength / 1e6).toFixed(1)} MB\n`,
  );
}

void main();
