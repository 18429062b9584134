// Names a transcript mentions (weak "content the household never mentions" evidence): the remembered
// answers for repeated transcripts must be the computed ones, and callers may not corrupt them.

import { describe, expect, it } from 'vitest';
import { mentionedNames, vocabulary } from '../../../shared/foreign/content';

describe('mentionedNames', () => {
  it('finds slot names and mid-sentence capitals, the same on every repeat', () => {
    expect(mentionedNames('ruf Jolanda an')).toEqual(['jolanda']);
    expect(mentionedNames('what is the weather in Reykjavik')).toEqual(['reykjavik']);
    // German capitalises nouns: no names from capitals in a German sentence.
    expect(mentionedNames('Alexa, wie ist das Wetter')).toEqual([]);
    const first = mentionedNames('call Bartholomew please');
    first.push('mutated');
    expect(mentionedNames('call Bartholomew please')).toEqual(['bartholomew']);
    expect(mentionedNames(undefined)).toEqual([]);
  });
});

describe('vocabulary', () => {
  it('counts each word once per transcript that holds it, repeated texts as often as they occur', () => {
    const texts = ['Ruf Oma an', undefined, 'ruf oma an', 'Wetter in Köln', 'Ruf Oma an', '', 'ruf ruf Tom an'];
    // Each transcript split on its own, the way the counts are defined.
    const expected = new Map<string, number>();
    for (const t of texts)
      for (const w of new Set((t ?? '').toLowerCase().split(/[^\p{L}-]+/u)))
        if (w) expected.set(w, (expected.get(w) ?? 0) + 1);
    const counts = vocabulary(texts);
    expect([...counts]).toEqual([...expected]);
    expect(counts.get('ruf')).toBe(4);
    expect(counts.get('oma')).toBe(3);
  });
});
