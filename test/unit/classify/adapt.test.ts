// Per-household corrections win for their own text and carry over to very similar texts only.

import { describe, expect, it } from 'vitest';
import { adaptClassifier, defaultClassifier } from '../../../shared/classify';

describe('adaptClassifier', () => {
  const base = defaultClassifier();
  const adapted = adaptClassifier(base, [
    { text: 'Alexa, spiel das Gute-Nacht-Programm', category: 'smarthome' },
    { text: 'starte Omas Lieblingsroutine', category: 'smarthome' },
    { text: 'starte Omas Lieblingsroutine', category: 'media' }, // the later correction wins
  ]);

  it('uses the correction for its own text, whatever the spelling', () => {
    expect(base.classify('spiel das Gute-Nacht-Programm').category).not.toBe('smarthome');
    expect(adapted.classify('spiel das gute nacht programm!')).toMatchObject({ category: 'smarthome', confidence: 1 });
    expect(adapted.classify('Starte Omas Lieblingsroutine').category).toBe('media');
  });

  it('pulls a very similar text along but not an unrelated one', () => {
    expect(adapted.classify('spiel bitte das gute nacht programm heute').category).toBe('smarthome');
    expect(adapted.classify('wie wird das wetter morgen')).toEqual(base.classify('wie wird das wetter morgen'));
    expect(adapted.classify('spiel musik von adele').category).toBe('media');
  });

  it('still answers unclear without a transcript', () => {
    expect(adapted.classify(undefined).category).toBe('unclear');
  });
});
