// Every flag of docs/taxonomy.md with the reason the UI shows for it.

import { describe, expect, it } from 'vitest';
import { computeFlags, type FlagInput } from '../../../shared/classify';

const BERLIN = { timeZone: 'Europe/Berlin' };
const NOON = Date.parse('2024-05-15T10:00:00Z'); // 12:00 in Berlin: no night flag
const flagsOf = (input: Partial<FlagInput>) => computeFlags({ transcriptStatus: 'ok', ts: NOON, ...input }, BERLIN);

describe('accidental and not-understood', () => {
  it('flags provider utterance types and marker texts, English and German', () => {
    expect(flagsOf({ transcript: 'alexa', providerMarkers: ['WAKE_WORD_ONLY'] }).reasons).toContainEqual({
      flag: 'accidental',
      kind: 'marker',
      detail: 'WAKE_WORD_ONLY',
    });
    expect(
      flagsOf({ providerMarkers: ['DISCARDED_NON_DEVICE_DIRECTED_INTENT'], transcriptStatus: 'missing' }).flags,
    ).toEqual(['accidental']);
    expect(flagsOf({ transcript: 'Audio was not intended for Alexa' }).flags).toEqual(['accidental']);
    expect(flagsOf({ transcript: 'Audio war nicht für Alexa bestimmt' }).flags).toEqual(['accidental']);
    expect(flagsOf({ transcript: 'Text not available – audio was not intended for Alexa' }).flags).toEqual([
      'accidental',
    ]);
    expect(flagsOf({ transcript: 'Audio could not be understood' }).flags).toEqual(['not-understood']);
  });

  it('does not treat a multi-device wake race (DEVICE_ARBITRATION) as accidental', () => {
    expect(flagsOf({ transcript: 'wie spät ist es', providerMarkers: ['DEVICE_ARBITRATION'] }).flags).toEqual([]);
  });

  it('uses the transcript status; without one, the audio alone is no verdict', () => {
    expect(flagsOf({ transcriptStatus: 'not-intended' }).flags).toEqual(['accidental']);
    expect(flagsOf({ transcriptStatus: 'not-understood' }).flags).toEqual(['not-understood']);
    // The export does not say why there is no text: unknown, whether the clip holds speech ("alexa") or none.
    expect(flagsOf({ transcriptStatus: 'missing', features: { speechShare: 0.7 } }).flags).toEqual([]);
    expect(flagsOf({ transcriptStatus: 'missing', features: { speechShare: 0.01 } }).flags).toEqual([]);
  });

  it('flags a bare wake word and conversation without a command', () => {
    expect(flagsOf({ transcript: 'Alexa' }).reasons).toContainEqual({
      flag: 'accidental',
      kind: 'text',
      detail: 'wake word only',
    });
    const chat = flagsOf({ transcript: 'und dann hab ich ihm gesagt dass das so nicht weitergeht' });
    expect(chat.reasons).toContainEqual({ flag: 'accidental', kind: 'text', detail: 'und dann' });
    expect(
      flagsOf({
        transcript: 'und dann hab ich ihm gesagt dass das so nicht weitergeht',
        features: { speechShare: 0.1 },
      }).flags,
    ).toEqual([]);
    expect(flagsOf({ transcript: 'wie wird das wetter morgen in hamburg und in berlin' }).flags).toEqual([]);
  });
});

describe('sensitive', () => {
  it('health from the lexicon, with the word as spoken', () => {
    expect(flagsOf({ transcript: 'Erinnere mich an meine Tabletten' }).reasons).toEqual([
      { flag: 'sensitive:health', kind: 'lexicon', detail: 'Tabletten' },
    ]);
    expect(flagsOf({ transcript: 'remind me to take my blood pressure medication' }).flags).toEqual([
      'sensitive:health',
    ]);
  });

  it('finance from words and PINs', () => {
    expect(flagsOf({ transcript: 'wie ist mein Kontostand' }).reasons[0]).toEqual({
      flag: 'sensitive:finance',
      kind: 'lexicon',
      detail: 'Kontostand',
    });
    expect(flagsOf({ transcript: 'die Geheimzahl ist 4711' }).flags).toContain('sensitive:finance');
  });

  it('identity from addresses, phone numbers and door codes', () => {
    expect(flagsOf({ transcript: 'wir wohnen in der Hauptstraße 12' }).reasons).toContainEqual({
      flag: 'sensitive:identity',
      kind: 'address',
      detail: 'hauptstrasse 12',
    });
    expect(flagsOf({ transcript: 'send it to 221 Baker Street' }).reasons.map((r) => r.kind)).toContain('address');
    expect(flagsOf({ transcript: 'ruf 0176 123 45 67 an' }).reasons).toContainEqual({
      flag: 'sensitive:identity',
      kind: 'phone',
      detail: '0176 123 45 67',
    });
    expect(flagsOf({ transcript: 'null eins sieben sechs drei vier fünf' }).reasons.map((r) => r.kind)).toContain(
      'phone',
    );
    expect(flagsOf({ transcript: 'der Türcode ist 1234' }).flags).toContain('sensitive:identity');
    // Times and amounts are not phone numbers.
    expect(flagsOf({ transcript: 'weck mich um 6 30' }).flags).toEqual([]);
  });

  it('intimacy and conflict from words; conflict also from loudness', () => {
    expect(flagsOf({ transcript: 'ich liebe dich' }).flags).toEqual(['sensitive:intimacy']);
    expect(flagsOf({ transcript: 'halt die Klappe' }).reasons[0]).toEqual({
      flag: 'sensitive:conflict',
      kind: 'lexicon',
      detail: 'halt die Klappe',
    });
    const loud = flagsOf({ transcript: 'Licht an', features: { loudnessDb: -4, speechShare: 0.8 } });
    expect(loud.reasons).toEqual([{ flag: 'sensitive:conflict', kind: 'loudness', detail: '-4.0 dBFS' }]);
    expect(flagsOf({ transcript: 'Licht an', features: { loudnessDb: -24, speechShare: 0.8 } }).flags).toEqual([]);
  });

  it('does not flag everyday commands', () => {
    for (const t of [
      'wie wird das wetter',
      'spiel musik von adele',
      'what is the date today',
      'stell einen timer auf 5 minuten',
    ]) {
      expect(flagsOf({ transcript: t }).flags).toEqual([]);
    }
  });
});

describe('child, night, private-room', () => {
  it('child from content and from a high voice', () => {
    expect(flagsOf({ transcript: 'spiel Paw Patrol' }).reasons).toEqual([
      { flag: 'child', kind: 'lexicon', detail: 'Paw Patrol' },
    ]);
    expect(flagsOf({ transcript: 'wie spät ist es', features: { pitchHz: 310 } }).reasons).toEqual([
      { flag: 'child', kind: 'pitch', detail: '310 Hz' },
    ]);
    expect(flagsOf({ transcript: 'wie spät ist es', features: { pitchHz: 120 } }).flags).toEqual([]);
  });

  it('night is 23:00–06:00 local time, across DST changes in Europe/Berlin', () => {
    const night = (iso: string) => flagsOf({ transcript: 'licht an', ts: Date.parse(iso) }).flags.includes('night');
    expect(night('2024-07-01T21:30:00Z')).toBe(true); // 23:30 CEST
    expect(night('2024-01-15T21:30:00Z')).toBe(false); // 22:30 CET
    expect(night('2024-03-31T04:30:00Z')).toBe(false); // 06:30 CEST, just after spring-forward (05:30 if DST were ignored)
    expect(night('2024-10-27T04:30:00Z')).toBe(true); // 05:30 CET, just after fall-back (06:30 if DST were ignored)
    expect(flagsOf({ transcript: 'licht an', ts: Date.parse('2024-07-01T21:30:00Z') }).reasons).toEqual([
      { flag: 'night', kind: 'time', detail: '23:00' },
    ]);
  });

  it('private-room from the room kind, unless the user says otherwise', () => {
    expect(flagsOf({ transcript: 'licht an', roomKind: 'bathroom', roomName: 'Bad' }).reasons).toEqual([
      { flag: 'private-room', kind: 'room', detail: 'Bad' },
    ]);
    expect(flagsOf({ transcript: 'licht an', roomKind: 'bedroom', roomPrivate: false }).flags).toEqual([]);
    expect(flagsOf({ transcript: 'licht an', roomKind: 'kitchen' }).flags).toEqual([]);
    expect(
      flagsOf({ transcript: 'licht an', roomKind: 'office', roomPrivate: true, roomName: 'Arbeitszimmer' }).flags,
    ).toEqual(['private-room']);
  });
});
