// The shipped model: loads fast, validates its JSON, answers `unclear` without text, classifies
// hand-written household commands correctly (≥ 90 % per language), and runs well under 1 ms each.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultClassifier, loadClassifier } from '../../../shared/classify';
import type { Category } from '../../../shared/model';

const MODEL_PATH = new URL('../../../assets/classifier/model.json', import.meta.url);

const GERMAN: [string, Category][] = [
  ['Alexa, wie wird das Wetter am Wochenende?', 'weather'],
  ['regnet es heute Nachmittag in Köln', 'weather'],
  ['brauche ich morgen einen Schirm', 'weather'],
  ['spiel was von Herbert Grönemeyer', 'media'],
  ['mach lauter', 'media'],
  ['nächstes Lied', 'media'],
  ['spiel den Deutschlandfunk', 'media'],
  ['weck mich morgen um halb sieben', 'alarms'],
  ['stell einen Timer auf zwölf Minuten', 'alarms'],
  ['wie lange läuft der Eiertimer noch', 'alarms'],
  ['lösch meinen Wecker', 'alarms'],
  ['mach das Licht im Flur aus', 'smarthome'],
  ['Rollläden im Schlafzimmer runter', 'smarthome'],
  ['stell die Heizung im Bad auf 22 Grad', 'smarthome'],
  ['ist die Haustür abgeschlossen', 'smarthome'],
  ['schick den Saugroboter in die Küche', 'smarthome'],
  ['setz Butter auf die Einkaufsliste', 'shopping'],
  ['was steht auf meiner Einkaufsliste', 'shopping'],
  ['wo ist mein Paket', 'shopping'],
  ['erinnere mich morgen an den Zahnarzt', 'calendar'],
  ['was steht heute in meinem Kalender', 'calendar'],
  ['ruf Oma an', 'communication'],
  ['schick Thomas eine Nachricht dass ich später komme', 'communication'],
  ['mach eine Durchsage: Essen ist fertig', 'communication'],
  ['was gibt es Neues', 'news'],
  ['wie hat Werder gespielt', 'news'],
  ['wie spät ist es', 'knowledge'],
  ['wie hoch ist der Mount Everest', 'knowledge'],
  ['was heißt Schmetterling auf Englisch', 'knowledge'],
  ['wann fährt der nächste Zug nach Hamburg', 'knowledge'],
  ['erzähl mir einen Witz', 'chitchat'],
  ['danke', 'chitchat'],
  ['vergiss es', 'chitchat'],
];
const ENGLISH: [string, Category][] = [
  ["what's the weather like tomorrow", 'weather'],
  ['is it going to snow this weekend', 'weather'],
  ['play some Miles Davis', 'media'],
  ['turn the volume down', 'media'],
  ['skip this song', 'media'],
  ['wake me up at six thirty', 'alarms'],
  ['set a timer for ten minutes', 'alarms'],
  ['cancel my alarm for tomorrow', 'alarms'],
  ['turn off the bedroom lights', 'smarthome'],
  ['close the garage door', 'smarthome'],
  ['set the thermostat to 70 degrees', 'smarthome'],
  ['is the patio door still unlocked', 'smarthome'],
  ["what's the humidity in the basement", 'smarthome'],
  ['how much battery is left on the doorbell', 'smarthome'],
  ['are any of the lights upstairs still on', 'smarthome'],
  ['is anybody home right now', 'smarthome'],
  ['add eggs to my shopping list', 'shopping'],
  ['order a pizza', 'shopping'],
  ['remind me to call the dentist tomorrow', 'calendar'],
  ['what meetings do I have today', 'calendar'],
  ['call mom', 'communication'],
  ['send a text to John saying I am late', 'communication'],
  ['read me my new emails', 'communication'],
  ['what are the headlines', 'news'],
  ['what time is it', 'knowledge'],
  ['how many ounces in a pound', 'knowledge'],
  ['how do I make pancakes', 'knowledge'],
  ['tell me a joke', 'chitchat'],
  ["let's play a round of chess", 'chitchat'],
  ['any news about the stock market today', 'news'],
  ['what does my afternoon look like', 'calendar'],
  ['thank you', 'chitchat'],
  ['hello there', 'chitchat'],
];

function accuracy(cases: [string, Category][]): { accuracy: number; wrong: string[] } {
  const classifier = defaultClassifier();
  const wrong = cases
    .filter(([text, want]) => classifier.classify(text).category !== want)
    .map(([t, want]) => `${t} (want ${want}, got ${classifier.classify(t).category})`);
  return { accuracy: 1 - wrong.length / cases.length, wrong };
}

describe('default classifier', () => {
  it('rejects a model with the wrong shape', () => {
    expect(() => loadClassifier({ format: 'something-else' })).toThrow(/Invalid classifier model/);
    const json = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as Record<string, unknown>;
    expect(() => loadClassifier({ ...json, weights: 'AAAA' })).toThrow(/weights/);
  });

  it('answers unclear without a transcript', () => {
    const classifier = defaultClassifier();
    for (const text of [undefined, null, '', '   ', 'Alexa']) {
      expect(classifier.classify(text)).toMatchObject({ category: 'unclear', confidence: 0 });
    }
  });

  it('classifies hand-written German commands (≥ 90 %)', () => {
    const result = accuracy(GERMAN);
    expect(result.accuracy, result.wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('classifies hand-written English commands (≥ 90 %)', () => {
    const result = accuracy(ENGLISH);
    expect(result.accuracy, result.wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('reports the language and a confidence between 0 and 1', () => {
    const result = defaultClassifier().classify('schalte das Licht aus');
    expect(result.language).toBe('de');
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(
      defaultClassifier()
        .classifyBatch(['turn on the lights', null])
        .map((r) => r.category),
    ).toEqual(['smarthome', 'unclear']);
  });

  it('classifies an utterance in well under a millisecond', () => {
    const classifier = defaultClassifier();
    const texts = [...GERMAN, ...ENGLISH].map(([t]) => t);
    classifier.classifyBatch(texts); // warm up
    const rounds = 20;
    const started = performance.now();
    for (let i = 0; i < rounds; i++) classifier.classifyBatch(texts);
    const perUtterance = (performance.now() - started) / (rounds * texts.length);
    expect(perUtterance).toBeLessThan(0.5);
  });
});
