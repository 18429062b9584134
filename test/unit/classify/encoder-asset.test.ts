// The encoder's experts travel as a JSON header and a binary: what is written must read back the same, and a
// binary that does not match its header, or experts trained beside another n-gram model, must be refused whole.

import { describe, expect, it } from 'vitest';
import { readEncoderExperts, writeEncoderExperts, type EncoderExperts } from '../../../shared/classify/encoder-asset';
import { withEncoder, textsForEncoder } from '../../../shared/classify/encoder-assist';
import { HEAD_CATEGORIES } from '../../../shared/classify/encoder-head';
import { defaultClassifier } from '../../../shared/classify';

const dim = 512;
function experts(ngramVersion: string, towards: number): EncoderExperts {
  // A head whose one output (category `towards`) always wins, and neighbours of that category only.
  return {
    ngramVersion,
    head: {
      dim,
      hidden: 2,
      outputs: 2,
      w1: new Float32Array(2 * dim),
      b1: Float32Array.from([1, 1]),
      w2: Float32Array.from([5, 5, -5, -5]),
      b2: new Float32Array(2),
      categoryOf: Uint8Array.from([towards, (towards + 1) % HEAD_CATEGORIES.length]),
    },
    neighbours: {
      dim,
      rows: new Uint16Array(3 * dim).fill(0x2000),
      categories: Uint8Array.from([towards, towards, towards]),
    },
    mix: { alpha: 0.5, beta: 0.5, gate: 0.8, k: 3, temp: 10 },
  };
}

const buffer = (b: Uint8Array): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('encoder experts', () => {
  const base = defaultClassifier();
  const chitchat = HEAD_CATEGORIES.indexOf('chitchat');
  // Experts that always say `weather`, a category the n-gram model gives none of these sentences.
  const weather = HEAD_CATEGORIES.indexOf('weather');

  it('reads back what it wrote, and refuses a binary that does not match its header', () => {
    const e = experts(base.version, chitchat);
    const { header, binary } = writeEncoderExperts(e);
    const back = readEncoderExperts(JSON.parse(JSON.stringify(header)), buffer(binary));
    expect(back.head.w2).toEqual(e.head.w2);
    expect(back.head.categoryOf).toEqual(e.head.categoryOf);
    expect(back.neighbours.rows).toEqual(e.neighbours.rows);
    expect(back.mix).toEqual(e.mix);
    expect(() => readEncoderExperts(header, buffer(binary.subarray(1)))).toThrow(/bytes/);
    expect(() => readEncoderExperts({ ...header, format: 'other/1' }, buffer(binary))).toThrow();
  });

  it('changes only English text the n-gram model is unsure of, and only where a vector was computed', () => {
    const e = experts(base.version, weather);
    const unsure = 'i went to the pub with some friends of mine';
    const sure = 'turn on the kitchen lights';
    const german = 'ich war heute mit freunden in der kneipe';
    const texts = textsForEncoder(base, e, [unsure, sure, german, undefined, unsure]);
    // The n-gram model's top probability for `unsure` is below the gate (0.68 with model 1.3.0), for `sure` above.
    expect(texts).toEqual([unsure]);
    const vector = new Float32Array(dim).fill(1 / Math.sqrt(dim));
    const helped = withEncoder(base, e, (t) => (texts.includes(t) ? vector : undefined));
    expect(helped.classify(sure)).toEqual(base.classify(sure));
    expect(helped.classify(german)).toEqual(base.classify(german));
    expect(helped.classify(undefined)).toEqual(base.classify(undefined));
    expect(base.classify(unsure).category).not.toBe('weather');
    expect(helped.classify(unsure).category).toBe('weather');
    expect(withEncoder(base, e, () => undefined).classify(unsure)).toEqual(base.classify(unsure));
  });

  it('refuses experts trained beside another n-gram model', () => {
    expect(() => withEncoder(base, experts('0.9.0-1', chitchat), () => undefined)).toThrow(/trained beside/);
  });
});
