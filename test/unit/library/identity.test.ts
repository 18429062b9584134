// Which export records are one recording: archive + voice history in either order, re-imports, newer exports,
// two devices, near-in-time different utterances — within one import (mergeResults) and against the library
// (absorbIntoLibrary).

import { describe, expect, it } from 'vitest';
import { absorbIntoLibrary } from '../../../shared/library/absorb';
import { mergeResults } from '../../../shared/library/merge';
import type { ImportResult, InputEntry, RawCapture } from '../../../shared/importers/types';
import { kindOf, type Capture } from '../../../shared/model';

const T = Date.UTC(2026, 2, 2, 7, 14, 4, 419);
const SERIAL = 'G0911W0793361TD';
const OTHER = 'G0911W0793362TD';
const UID = `A3S5BH2HU6VAYF:1.0/2026/03/02/07/${SERIAL}/14:04::TNIH_2V.7276c990-50f0-44c6-b276-c4a78cdf6924ZXV/0`;

const entry = (path: string, size = 1000): InputEntry => ({ path, size, read: async () => new Uint8Array(size) });

function history(over: Partial<RawCapture> = {}): RawCapture {
  return {
    id: `h-${over.providerRecordId ?? UID}`,
    source: 'alexa-history',
    accountId: 'A3NSX4MMJVG96V',
    ts: T,
    deviceId: SERIAL,
    deviceName: 'Echo im Wohnzimmer',
    transcript: 'alexa wie wird das wetter morgen',
    transcriptStatus: 'ok',
    providerRecordId: UID,
    providerMarkers: ['GENERAL'],
    origin: { file: 'history/voice-history.json', line: 3 },
    ...over,
  };
}

function archiveRow(over: Partial<RawCapture> = {}): RawCapture {
  return {
    id: `a-${over.ts ?? T - 334}`,
    source: 'alexa-archive',
    ts: T - 334,
    transcript: 'Alexa  wie wird das Wetter morgen',
    transcriptStatus: 'ok',
    origin: { file: 'All Data Categories.1.zip/Additional Data/Alexa/Alexa/NLU/Intent-2-1.csv', line: 17 },
    ...over,
  };
}

const result = (source: RawCapture['source'], captures: RawCapture[]): ImportResult => ({
  source,
  files: [],
  captures,
  devices: [],
  warnings: [],
});

const merge = (importId: string, ...results: ImportResult[]) => mergeResults(results, { importId }).captures;

describe('one import', () => {
  it('folds an archive row without device into the history record of the same words, in either order', () => {
    const h = result('alexa-history', [history()]);
    const a = result('alexa-archive', [archiveRow()]);
    for (const order of [
      [h, a],
      [a, h],
    ]) {
      const captures = merge('run-1', ...order);
      expect(captures).toHaveLength(1);
      const [c] = captures as [Capture];
      expect(c.id).toBe(`h-${UID}`);
      expect(c.providerRecordId).toBe(UID);
      expect(c.sources?.map((s) => [s.source, s.file?.split('/').pop(), s.line])).toEqual(
        expect.arrayContaining([
          ['alexa-history', 'voice-history.json', 3],
          ['alexa-archive', 'Intent-2-1.csv', 17],
        ]),
      );
    }
  });

  it('folds archive audio named by utterance id (archive spelling) into the record and fills its audio gap', () => {
    const name = `All Data Categories.2.zip/Additional Data/Alexa/Voice/${UID.replace(/[/:]/g, '_')}.wav`;
    const captures = merge(
      'run-1',
      result('alexa-archive', [
        { id: 'a-audio', source: 'alexa-archive', ts: T - 419, transcriptStatus: 'missing', audio: entry(name) },
      ]),
      result('alexa-history', [history({ transcript: 'alexa', providerMarkers: ['WAKE_WORD_ONLY'] })]),
    );
    expect(captures).toHaveLength(1);
    expect(captures[0]!.audioName).toBe(name);
    expect(captures[0]!.transcript).toBe('alexa');
    expect(captures[0]!.providerMarkers).toContain('WAKE_WORD_ONLY');
  });

  it('keeps a provider reason over "the export does not say why"', () => {
    const captures = merge(
      'run-1',
      result('alexa-archive', [
        {
          id: 'a-audio',
          source: 'alexa-archive',
          ts: T + 600,
          deviceId: SERIAL,
          transcriptStatus: 'missing',
          audio: entry(`x/${SERIAL}_2026-03-02T07_14_05.019Z.wav`),
        },
      ]),
      result('alexa-history', [
        history({ transcript: undefined, transcriptStatus: 'not-intended', providerMarkers: ['GENERAL'] }),
      ]),
    );
    expect(captures).toHaveLength(1);
    expect(captures[0]!.transcriptStatus).toBe('not-intended');
    expect(captures[0]!.audioId).toBe(captures[0]!.id);
  });

  it('keeps two devices that heard one utterance as two captures; DEVICE_ARBITRATION links the loser', () => {
    const otherUid = UID.replace(SERIAL, OTHER).replace('c4a78cdf6924', 'aaaaaaaaaaaa');
    const twin = history({
      id: 'h-twin',
      deviceId: OTHER,
      ts: T + 600,
      providerRecordId: otherUid,
      providerMarkers: ['GENERAL'],
    });
    expect(merge('run-1', result('alexa-history', [history(), twin]))).toHaveLength(2);
    const linked = merge(
      'run-1',
      result('alexa-history', [history(), { ...twin, providerMarkers: ['DEVICE_ARBITRATION'] }]),
    );
    expect(linked).toHaveLength(2);
    const loser = linked.find((c) => c.id === 'h-twin')!;
    expect(kindOf(loser)).toBe('other-device');
    expect(loser.linkedTo).toBe(`h-${UID}`);
    expect(linked.filter((c) => kindOf(c) === 'capture')).toHaveLength(1);
  });

  it('keeps near-in-time different utterances apart', () => {
    const second = history({
      id: 'h-2',
      ts: T + 1_500,
      transcript: 'alexa stopp',
      providerRecordId: UID.replace('/0', '/1'),
    });
    const captures = merge(
      'run-1',
      result('alexa-history', [history(), second]),
      result('alexa-archive', [archiveRow(), archiveRow({ id: 'a-2', ts: T + 1_200, transcript: 'Alexa Stopp' })]),
    );
    expect(captures).toHaveLength(2);
    expect(captures.find((c) => c.id === 'h-2')!.sources).toHaveLength(2);
    // The same words three seconds later are another recording, not this one.
    expect(
      merge('run-1', result('alexa-history', [history()]), result('alexa-archive', [archiveRow({ ts: T + 3_000 })])),
    ).toHaveLength(2);
  });

  it('never folds two records of one export by time, nor audio of different sizes on one device', () => {
    const again = history({ id: 'h-again', ts: T + 800, providerRecordId: `${UID}x` });
    expect(merge('run-1', result('alexa-history', [history(), again]))).toHaveLength(2);
    const a = {
      id: 'a1',
      source: 'alexa-archive' as const,
      ts: T,
      deviceId: SERIAL,
      transcriptStatus: 'missing' as const,
    };
    const captures = merge(
      'run-1',
      result('alexa-archive', [{ ...a, audio: entry('x/one.wav', 1000) }]),
      result('alexa-history', [
        history({ transcript: undefined, transcriptStatus: 'missing', audio: entry('y/two.wav', 2000) }),
      ]),
    );
    expect(captures).toHaveLength(2);
  });
});

describe('against the library', () => {
  const stored = (importId: string, ...results: ImportResult[]) => merge(importId, ...results);

  it('merges a re-import into the same clips and adds nothing new', () => {
    const library = stored('run-1', result('alexa-archive', [archiveRow()]));
    const audio = new Map<string, InputEntry>();
    const { captures, mergedInto } = absorbIntoLibrary(
      stored('run-2', result('alexa-archive', [archiveRow()])),
      library,
      audio,
    );
    expect(captures.map((c) => c.id)).toEqual(library.map((c) => c.id));
    expect(mergedInto.size).toBe(1);
    expect(captures[0]!.sources).toHaveLength(1);
  });

  it('merges the voice history INTO the archive clip (its id stays) and takes the utterance id', () => {
    const library = stored('run-1', result('alexa-archive', [archiveRow()]));
    const { captures } = absorbIntoLibrary(stored('run-2', result('alexa-history', [history()])), library, new Map());
    expect(captures).toHaveLength(1);
    expect(captures[0]!.id).toBe(library[0]!.id);
    expect(captures[0]!.providerRecordId).toBe(UID);
    expect(captures[0]!.importIds).toEqual(['run-1', 'run-2']);
  });

  it('adds only the new recordings of a newer export', () => {
    const library = stored('run-1', result('alexa-history', [history()]), result('alexa-archive', [archiveRow()]));
    const newer = stored(
      'run-2',
      result('alexa-history', [
        history(),
        history({
          id: 'h-new',
          ts: T + 60_000,
          providerRecordId: UID.replace('14:04', '15:04'),
          transcript: 'alexa lauter',
        }),
      ]),
    );
    const { captures, mergedInto } = absorbIntoLibrary(newer, library, new Map());
    expect(captures).toHaveLength(2);
    expect(mergedInto).toEqual(new Set([library[0]!.id]));
    expect(captures.filter((c) => !library.some((l) => l.id === c.id)).map((c) => c.id)).toEqual(['h-new']);
  });

  it('moves a new record’s audio onto a library clip without audio', () => {
    const library = stored('run-1', result('alexa-history', [history()]));
    const audio = new Map<string, InputEntry>();
    const name = `v/${UID.replace(/[/:]/g, '_')}.wav`;
    const incoming = stored(
      'run-2',
      result('alexa-archive', [
        { id: 'a-audio', source: 'alexa-archive', ts: T, transcriptStatus: 'missing', audio: entry(name) },
      ]),
    );
    audio.set('a-audio', entry(name));
    const { captures } = absorbIntoLibrary(incoming, library, audio);
    expect(captures[0]!.id).toBe(library[0]!.id);
    expect(captures[0]!.audioId).toBe(library[0]!.id);
    expect([...audio.keys()]).toEqual([library[0]!.id]);
  });
});

describe('sources of a merged capture', () => {
  it('lists a record once when a re-import reached it by another path', () => {
    const library = merge('run-1', result('alexa-history', [history()]), result('alexa-archive', [archiveRow()]));
    const again = merge(
      'run-2',
      result('alexa-history', [history({ origin: { file: 'voice-history.json', line: 3 } })]),
      result('alexa-archive', [archiveRow({ origin: { file: 'Intent-2-1.csv', line: 17 } })]),
    );
    const { captures } = absorbIntoLibrary(again, library, new Map());
    expect(captures[0]!.sources).toEqual(library[0]!.sources);
  });
});
