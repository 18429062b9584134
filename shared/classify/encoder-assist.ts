// The n-gram model with the sentence encoder's experts beside it (docs/taxonomy.md, "Classifier"). Encoding is
// asynchronous and costs ≈ 5 ms a sentence, classification is synchronous and costs ≈ 20 µs, so the two are
// split: `textsForEncoder` lists the transcripts the experts would change (English, the n-gram model unsure),
// the caller embeds those, and `withEncoder` classifies synchronously with the vectors it was given. A text
// without a vector gets the n-gram model's answer, so a missing vector never blocks a pass.

import { mixProbabilities, HEAD_CATEGORIES } from './encoder-head';
import type { EncoderExperts } from './encoder-asset';
import { detectLanguage } from './language';
import type { Classification, Classifier } from './model';
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
    if (detectLanguage(text) !== 'en') continue;
    const key = normalise(text);
    if (!key || out.has(key)) continue;
    if (Math.max(...base.probabilities(text).probs) < experts.mix.gate) out.add(key);
  }
  return [...out];
}

/** `base` answering with the experts' help wherever `vectorOf` has the text's vector. */
export function withEncoder(
  base: Classifier,
  experts: EncoderExperts,
  vectorOf: (normalised: string) => Float32Array | undefined,
): Classifier {
  if (!base.version.startsWith(experts.ngramVersion.split('-')[0]!))
    throw new Error(`encoder experts trained beside ${experts.ngramVersion}, not ${base.version}`);
  const mixed = (text: string): { labels: typeof HEAD_CATEGORIES; probs: Float64Array } | undefined => {
    if (detectLanguage(text) !== 'en') return undefined;
    const x = vectorOf(normalise(text));
    if (!x) return undefined;
    const { labels, probs } = base.probabilities(text);
    if (Math.max(...probs) >= experts.mix.gate) return undefined;
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
