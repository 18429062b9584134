// The real sentence encoder, run from the installed packages as the CLI runs it: unit vectors, the same
// vector for the same text in any batch, and meaning in the geometry (a paraphrase is nearer than another
// request) — and the experts it feeds turn an English remark the n-gram model is unsure of into chit-chat.

import { describe, expect, it } from 'vitest';
import { defaultClassifier } from '../../../shared/classify';
import { createSentenceEncoder, SENTENCE_DIM } from '../../../shared/classify/sentence-encoder';
import { encoderFilesFromPackages } from '../../../electron/cli/encoder-files';
import { encoderAssisted } from '../../../electron/cli/sentence-encoder-node';

const dot = (a: Float32Array, b: Float32Array): number => a.reduce((s, v, i) => s + v * b[i]!, 0);

describe('sentence encoder', () => {
  it('embeds text as unit vectors whose nearness follows meaning', { timeout: 120_000 }, async () => {
    const encoder = await createSentenceEncoder(await encoderFilesFromPackages());
    const texts = ['turn on the lights', 'switch the lights on', 'what is the weather like tomorrow'];
    const [lights, paraphrase, weather] = await encoder.embed(texts);
    for (const v of [lights!, paraphrase!, weather!]) {
      expect(v).toHaveLength(SENTENCE_DIM);
      expect(Math.sqrt(dot(v, v))).toBeCloseTo(1, 3);
    }
    expect(dot(lights!, paraphrase!)).toBeGreaterThan(dot(lights!, weather!) + 0.2);
    const [alone] = await encoder.embed([texts[0]!]);
    alone!.forEach((v, i) => expect(v).toBeCloseTo(lights![i]!, 5));
    await expect(encoder.embed(['  '])).rejects.toThrow(/empty/);
  });

  it('changes the answer only for English text the n-gram model is unsure of', { timeout: 120_000 }, async () => {
    const base = defaultClassifier();
    const unsure = 'i got soaked on the way home from school';
    const texts = [unsure, 'turn on the kitchen lights', 'ich war heute mit freunden in der kneipe'];
    const helped = await encoderAssisted(base, texts);
    expect(helped.version).toBe(`${base.version}+encoder`);
    expect(base.classify(unsure).category).not.toBe('chitchat');
    expect(helped.classify(unsure).category).toBe('chitchat');
    expect(helped.classify(unsure).confidence).toBeGreaterThan(base.classify(unsure).confidence);
    for (const t of texts.slice(1)) expect(helped.classify(t)).toEqual(base.classify(t));
    const german = await encoderAssisted(base, ['licht im bad aus']);
    expect(german.classify('licht im bad aus')).toEqual(base.classify('licht im bad aus'));
  });
});
