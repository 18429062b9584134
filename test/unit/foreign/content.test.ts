// Names a transcript mentions (weak "content the household never mentions" evidence): the remembered
// answers for repeated transcripts must be the computed ones, and callers may not corrupt them.

import { describe, expect, it } from 'vitest';
import { mentionedNames } from '../../../shared/foreign/content';

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
