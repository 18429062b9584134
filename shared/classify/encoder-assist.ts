// The n-gram model with the sentence encoder's experts beside it (docs/taxonomy.md, "Classifier"). Encoding is
// asynchronous and costs ≈ 5 ms a sentence, classification is synchronous and costs ≈ 20 µs, so the two are
// split: `textsForEncoder` lists the transcripts the experts would change (English, the n-gram model unsure),
// the caller embeds those, and `withEncoder` classifies synchronously with the vectors it was given. A text
// without a vector gets the n-gram model's answer, so a missing vector never blocks a pass.

import { mixProbabilities, HEAD_CATEGORIES } from './encoder-head';
import type { EncoderExperts } from './encoder-asset';
import type { Classification, Classifier } from './model';
import type { SentenceEncoder } from './sentence-encoder';
import { normalise } from './normalise';

/** The normalised texts among `texts` whose category the experts could change, each once. */
export function textsForEncoder(
  base: Classifier,
  experts: Pick<EncoderExperts, 'mix'>,
  texts: Iterable<string | undefined | null>,
): string[] {
  // A library repeats its commands (the bench's 105,000 captures hold 12 texts): each text is looked at once.
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const text of texts) {
    if (!text || seen.has(text)) continue;
    seen.add(text);
    if (!unsure(base.classify(text), experts)) continue;
    const key = normalise(text);
    if (key) out.add(key);
  }
  return [...out];
}

/**
 * English, and the n-gram model's top probability (its answer's confidence) below the gate. Read off the
 * answer, which the model remembers per text: the pass asks this of every capture.
 */
const unsure = (answer: Classification, experts: Pick<EncoderExperts, 'mix'>): boolean =>
  answer.language === 'en' && answer.confidence < experts.mix.gate;

/** `base` answering with the experts' help wherever `vectorOf` has the text's vector. */
export function withEncoder(
  base: Classifier,
  experts: EncoderExperts,
  vectorOf: (normalised: string) => Float32Array | undefined,
): Classifier {
  if (!base.version.startsWith(experts.ngramVersion.split('-')[0]!))
    throw new Error(`encoder experts trained beside ${experts.ngramVersion}, not ${base.version}`);
  const mixed = (text: string): { labels: typeof HEAD_CATEGORIES; probs: Float64Array } | undefined => {
    if (!unsure(base.classify(text), experts)) return undefined;
    const x = vectorOf(normalise(text));
    if (!x) return undefined;
    const { labels, probs } = base.probabilities(text);
    const ordered = HEAD_CATEGORIES.map((c) => probs[labels.indexOf(c)] ?? 0);
    return {
      labels: HEAD_CATEGORIES,
      probs: mixProbabilities(ordered, x, experts.head, experts.neighbours, experts.mix),
    };
  };
  const classify = (text: string | undefined | null): Classification => {
    const answer = base.classify(text);
    const m = text ? mixed(text) : undefined;
    if (!m) return answer;
    let best = 0;
    for (let c = 1; c < m.probs.length; c++) if (m.probs[c]! > m.probs[best]!) best = c;
    const confidence = m.probs[best]!;
    return {
      ...answer,
      category: confidence < base.threshold ? 'unclear' : m.labels[best]!,
      confidence,
    };
  };
  return {
    classify,
    classifyBatch: (texts) => texts.map(classify),
    probabilities: (text) => mixed(text) ?? base.probabilities(text),
    threshold: base.threshold,
    version: `${base.version}+encoder`,
  };
}

export interface EncoderSources {
  /** The experts' settings, known before their binary is read (the gate decides whether anything loads). */
  header: Pick<EncoderExperts, 'mix'>;
  readExperts(): Promise<EncoderExperts>;
  startEncoder(): Promise<SentenceEncoder>;
}

/**
 * `assisted(base, transcripts)`: `base` with the experts beside it, every transcript that needs a vector
 * embedded first. The experts and the encoder load on the first transcript that needs them (a German library
 * never loads them; a failed load is tried again next time) and the vectors are kept per text, so a later pass
 * embeds only new text. One per platform: the app's workers and the CLI differ only in where the files are.
 */
export function createEncoderAssist(sources: EncoderSources) {
  let experts: Promise<EncoderExperts> | undefined;
  let encoder: Promise<SentenceEncoder> | undefined;
  const vectors = new Map<string, Float32Array>();
  const once = <T>(load: () => Promise<T>, forget: () => void): Promise<T> =>
    load().catch((error: unknown) => {
      forget();
      throw error;
    });
  return async function assisted(
    base: Classifier,
    transcripts: Iterable<string | undefined>,
    onEncoding: (count: number) => void = () => undefined,
  ): Promise<Classifier> {
    const needed = textsForEncoder(base, sources.header, transcripts).filter((t) => !vectors.has(t));
    if (!needed.length && !vectors.size) return base;
    if (needed.length) {
      onEncoding(needed.length);
      encoder ??= once(sources.startEncoder, () => (encoder = undefined));
      const computed = await (await encoder).embed(needed);
      needed.forEach((t, i) => vectors.set(t, computed[i]!));
    }
    experts ??= once(sources.readExperts, () => (experts = undefined));
    return withEncoder(base, await experts, (t) => vectors.get(t));
  };
}
