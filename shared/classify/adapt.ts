// Per-household corrections: the user's own category for a text always wins for that (normalised) text,
// and pulls near-identical texts along — nearest neighbour over the correction set by token-set Jaccard
// (same key as command groups), found through a token index so thousands of corrections stay cheap.
// Nearest neighbour instead of retraining: it is exact for the corrected text, explainable, and instant.

import type { Category } from '../model';
import { groupKey } from './groups';
import { detectLanguage } from './language';
import type { Classification, Classifier } from './model';

export interface Correction {
  text: string;
  category: Category;
}

/** Jaccard similarity at which a correction carries over to another text. */
export const ADAPT_SIMILARITY = 0.6;

export function adaptClassifier(base: Classifier, corrections: readonly Correction[]): Classifier {
  const exact = new Map<string, Category>();
  for (const c of corrections) {
    const key = groupKey(c.text);
    if (key) exact.set(key, c.category); // later corrections win
  }
  const entries = [...exact].map(([key, category]) => ({ tokens: new Set(key.split(' ')), category }));
  const index = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const t of e.tokens) {
      const list = index.get(t);
      if (list) list.push(i);
      else index.set(t, [i]);
    }
  });

  const classify = (text: string | undefined | null): Classification => {
    const key = text ? groupKey(text) : '';
    if (!text || !key) return base.classify(text);
    const language = detectLanguage(text);
    const hit = exact.get(key);
    if (hit) return { category: hit, confidence: 1, language };
    const tokens = new Set(key.split(' '));
    const overlap = new Map<number, number>();
    for (const t of tokens) for (const i of index.get(t) ?? []) overlap.set(i, (overlap.get(i) ?? 0) + 1);
    let best = -1;
    let bestScore = ADAPT_SIMILARITY;
    for (const [i, inter] of overlap) {
      const score = inter / (tokens.size + entries[i]!.tokens.size - inter);
      if (score >= bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best >= 0) return { category: entries[best]!.category, confidence: bestScore, language };
    return base.classify(text);
  };
  return {
    classify,
    classifyBatch: (texts) => texts.map(classify),
    probabilities: (text) => base.probabilities(text),
    threshold: base.threshold,
    version: `${base.version}+${exact.size}c`,
  };
}
