// Feature hashing: the fast incremental character hashing must equal hashing each n-gram string (the
// model was trained on exactly these buckets), vectors are unit length, and the block mode gives word
// features a fixed share of the vector however long the words are.

import { describe, expect, it } from 'vitest';
import { featurise, fnv1a, type FeatureConfig } from '../../../shared/classify/features';

const CONFIG: FeatureConfig = { buckets: 1 << 17, charMin: 2, charMax: 5, wordWeight: 1, blocks: true };

function norm(values: Float32Array): number {
  return Math.sqrt(values.reduce((a, v) => a + v * v, 0));
}

describe('featurise', () => {
  it('puts every character n-gram of "#word#" into the bucket of its FNV-1a hash', () => {
    const x = featurise('licht', { ...CONFIG, blocks: false });
    const buckets = new Set(x.index);
    const window = '#licht#';
    for (let n = 2; n <= 5; n++) {
      for (let i = 0; i + n <= window.length; i++) {
        expect(buckets.has(fnv1a(window.slice(i, i + n)) & (CONFIG.buckets - 1))).toBe(true);
      }
    }
    expect(buckets.has(fnv1a('w:licht') & (CONFIG.buckets - 1))).toBe(true);
    expect(buckets.has(fnv1a('b:<s> licht') & (CONFIG.buckets - 1))).toBe(true);
  });

  it('returns a unit vector in both modes', () => {
    for (const blocks of [true, false]) {
      expect(norm(featurise('turn on the kitchen lights', { ...CONFIG, blocks }).value)).toBeCloseTo(1, 5);
    }
  });

  it('gives the word block a fixed share in block mode, independent of word length', () => {
    const wordShare = (text: string, blocks: boolean): number => {
      const config = { ...CONFIG, blocks };
      const x = featurise(text, config);
      const words = new Set<number>();
      const tokens = ['<s>', ...text.split(' '), '</s>'];
      tokens.forEach((t, i) => {
        if (i > 0 && i < tokens.length - 1) words.add(fnv1a(`w:${t}`) & (config.buckets - 1));
        if (i > 0) words.add(fnv1a(`b:${tokens[i - 1]} ${t}`) & (config.buckets - 1));
      });
      let share = 0;
      x.index.forEach((b, i) => {
        if (words.has(b)) share += x.value[i]! ** 2;
      });
      return share;
    };
    const short = wordShare('mach an', true);
    const long = wordShare('schlafzimmerdeckenleuchte einschalten', true);
    expect(Math.abs(short - long)).toBeLessThan(0.1);
    // Without blocks the long words' character n-grams crowd the word features out.
    expect(wordShare('schlafzimmerdeckenleuchte einschalten', false)).toBeLessThan(long / 2);
  });
});
