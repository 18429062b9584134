// Normalisation and language detection: the canonical form every other part of the classifier relies on.

import { describe, expect, it } from 'vitest';
import { detectLanguage, normalise } from '../../../shared/classify';

describe('normalise', () => {
  it('removes wake words at the start, end and "alexa" anywhere', () => {
    expect(normalise('Alexa, wie wird das Wetter?')).toBe('wie wird das wetter');
    expect(normalise('Hey Google, turn on the lights')).toBe('turn on the lights');
    expect(normalise('OK Google what time is it')).toBe('what time is it');
    expect(normalise('Computer: Licht an!')).toBe('licht an');
    expect(normalise('echo stop')).toBe('stop');
    expect(normalise('stop alexa')).toBe('stop');
    expect(normalise('alexa')).toBe('');
  });

  it('keeps "computer" inside a sentence, where it is an ordinary word', () => {
    expect(normalise('ist der computer im büro noch an')).toBe('ist der computer im buero noch an');
  });

  it('folds umlauts and ß the same way whether typed or transcribed', () => {
    expect(normalise('Schalte das Licht in der Küche aus')).toBe(normalise('schalte das licht in der kueche aus'));
    expect(normalise('Straße')).toBe('strasse');
    expect(normalise('Rollläden HOCH')).toBe('rolllaeden hoch');
    expect(normalise('Café crème')).toBe('cafe creme');
  });

  it('turns number words into digits in both languages', () => {
    expect(normalise('Timer für fünf Minuten')).toBe('timer fuer 5 minuten');
    expect(normalise('stell den Wecker auf sieben Uhr dreißig')).toBe('stell den wecker auf 7 uhr 30');
    expect(normalise('einundzwanzig Grad')).toBe('21 grad');
    expect(normalise('set a timer for twenty five minutes')).toBe('set a timer for 25 minutes');
    expect(normalise('wake me at 7:30')).toBe('wake me at 7 30');
    // The article "ein" is not the number one.
    expect(normalise('stell einen Timer')).toBe('stell einen timer');
  });

  it('strips punctuation and apostrophes', () => {
    expect(normalise("What's the weather?!")).toBe('whats the weather');
    expect(normalise('  lauter ... bitte  ')).toBe('lauter bitte');
  });
});

describe('detectLanguage', () => {
  it.each([
    ['wie wird das wetter morgen', 'de'],
    ['Schalte das Licht im Wohnzimmer aus', 'de'],
    ['Rollläden hoch', 'de'],
    ['stell einen Timer auf zehn Minuten', 'de'],
    ['lautstärke vier', 'de'],
    ["what's the weather like tomorrow", 'en'],
    ['turn off the kitchen lights', 'en'],
    ['set an alarm for seven', 'en'],
    ['play some jazz', 'en'],
    ['how much time is left on my timer', 'en'],
  ] as const)('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
