// The small pieces the importers rely on: ids, rooms, times, markers, linking, merging and the
// unknown-layout mapping, each on the cases a user would notice.

import { describe, expect, it } from 'vitest';
import { blobEntry } from '../../../shared/archive/index';
import { captureId, hash64 } from '../../../shared/ids';
import { detectAndParse, parseWithMapping } from '../../../shared/importers/index';
import { parseRecordKey, parseUtteranceId } from '../../../shared/importers/alexa-ids';
import { linkAudio } from '../../../shared/importers/link-audio';
import { markerStatus, transcriptFromTitle } from '../../../shared/importers/markers';
import { parseTimeFromName, parseTimeValue } from '../../../shared/importers/times';
import type { ImportResult, InputEntry, RawCapture } from '../../../shared/importers/types';
import { mergeResults } from '../../../shared/library/merge';
import { inferRoom } from '../../../shared/rooms';

const entry = (path: string, text = 'x'): InputEntry => blobEntry(path, new Blob([text]), Date.UTC(2026, 9, 20));
const capture = (over: Partial<RawCapture>): RawCapture => ({
  id: 'x',
  source: 'alexa-archive',
  ts: 0,
  transcriptStatus: 'missing',
  ...over,
});

describe('ids', () => {
  it('is FNV-1a 64 (known vectors) and ignores case and spacing of transcripts', () => {
    expect(hash64('')).toBe('cbf29ce484222325');
    expect(hash64('a')).toBe('af63dc4c8601ec8c');
    expect(captureId({ provider: 'amazon', ts: 1, transcript: 'Alexa  Licht an' })).toBe(
      captureId({ provider: 'amazon', ts: 1, transcript: 'alexa licht an' }),
    );
    expect(captureId({ provider: 'amazon', recordId: 'u1' })).not.toBe(
      captureId({ provider: 'google', recordId: 'u1' }),
    );
  });
});

describe('rooms from device names', () => {
  it.each([
    ['Echo Küche', 'kitchen'],
    ['Bad Echo Dot', 'bathroom'],
    ['Schlafzimmer', 'bedroom'],
    ['Mias Zimmer', 'kids'],
    ['Kinderzimmer', 'kids'],
    ['Wohnzimmer', 'living'],
    ['Living Room', 'living'],
    ['Büro', 'office'],
    ['Office', 'office'],
    ['Flur', 'hallway'],
    ['Echo im Wohnzimmer', 'living'],
    ['Kitchen Display', 'kitchen'],
    ["Tom's Room", 'kids'],
  ])('%s → %s', (name, kind) => expect(inferRoom(name)?.kind).toBe(kind));

  it('does not guess from unrelated words', () => {
    expect(inferRoom('Echo Dot')).toBeUndefined();
    expect(inferRoom('Badminton Speaker')).toBeUndefined();
  });
});

describe('times', () => {
  it('reads local names in the household zone across the DST change', () => {
    expect(parseTimeFromName('2026-10-24_12-00-00.wav', 'Europe/Berlin')).toBe(Date.UTC(2026, 9, 24, 10));
    expect(parseTimeFromName('2026-10-26_12-00-00.wav', 'Europe/Berlin')).toBe(Date.UTC(2026, 9, 26, 11));
    expect(parseTimeFromName('2018-04-16_11_42_55_659_UTC.mp3', 'Europe/Berlin')).toBe(
      Date.UTC(2018, 3, 16, 11, 42, 55, 659),
    );
    expect(parseTimeFromName('(2018-05-15T15_07_41+0200)_TEXT(hi).wav', 'UTC')).toBe(Date.UTC(2018, 4, 15, 13, 7, 41));
    expect(parseTimeFromName('G0911W0793360TD_2026-10-20T07_15_02.123Z.wav', 'Europe/Berlin')).toBe(
      Date.UTC(2026, 9, 20, 7, 15, 2, 123),
    );
    expect(parseTimeFromName('recording-7.wav', 'UTC')).toBeUndefined();
  });

  it('reads export values: ISO, epoch, German and US display dates', () => {
    expect(parseTimeValue('2026-04-21T16:12:36.937Z', 'Europe/Berlin')).toBe(Date.UTC(2026, 3, 21, 16, 12, 36, 937));
    expect(parseTimeValue('26.11.2026, 14:03:12 MEZ', 'UTC')).toBe(Date.UTC(2026, 10, 26, 13, 3, 12));
    expect(parseTimeValue('Aug 25, 2020, 5:06:44\u202fPM PDT', 'UTC')).toBe(Date.UTC(2020, 7, 26, 0, 6, 44));
    expect(parseTimeValue('1612297041815', 'UTC')).toBe(1612297041815);
    expect(parseTimeValue('Data Not Available', 'UTC')).toBeUndefined();
  });
});

describe('Amazon keys', () => {
  const id = 'A7WXQPH584YP:1.0/2023/07/22/19/G2A0P3077654XZ/22:33::TNIH_2V.e2d32ddd-08d5-463b-b1a0-730b332bc39bLPM/0';
  it('reads serial and UTC time from an utterance id, raw, URL-encoded or sanitised as a file name', () => {
    const expected = { ts: Date.UTC(2023, 6, 22, 19, 22, 33), serial: 'G2A0P3077654XZ' };
    expect(parseUtteranceId(id)).toMatchObject(expected);
    expect(parseUtteranceId(`${encodeURIComponent(id)}.wav`)).toMatchObject(expected);
    expect(parseUtteranceId(`${id.replace(/[/:]/g, '_')}.wav`)).toMatchObject(expected);
    expect(parseUtteranceId(id.replace('G2A0P3077654XZ', 'DEVICE_UNSPECIFIED'))?.serial).toBeUndefined();
    expect(parseUtteranceId('0.wav')).toBeUndefined();
  });

  it('splits a record key into account, device type and serial', () => {
    expect(parseRecordKey('A3NSX4MMJVG96V#1612297041815#A1RABVCI4QCIKC#G0911W0793360T')).toEqual({
      customerId: 'A3NSX4MMJVG96V',
      deviceType: 'A1RABVCI4QCIKC',
      serial: 'G0911W0793360T',
    });
  });
});

describe('markers', () => {
  it('maps English and German marker texts to statuses', () => {
    expect(markerStatus('Audio was not intended for this device')).toBe('not-intended');
    expect(markerStatus('Text not available – audio was not intended for Alexa')).toBe('not-intended');
    expect(markerStatus('Audio war nicht für dieses Gerät bestimmt')).toBe('not-intended');
    expect(markerStatus('Audio could not be understood')).toBe('not-understood');
    expect(markerStatus('alexa licht an')).toBeUndefined();
    expect(transcriptFromTitle("Said what's the weather")).toBe("what's the weather");
    expect(transcriptFromTitle('„wie spät ist es“ gesagt')).toBe('wie spät ist es');
  });
});

describe('linking audio', () => {
  it('links by nearest time, never by order, and warns when two clips are equally near', () => {
    const a = entry('a.wav');
    const b = entry('b.wav');
    const c = entry('c.wav');
    const captures = [
      capture({ id: '1', ts: 10_000, transcript: 'one' }),
      capture({ id: '2', ts: 60_000, transcript: 'two' }),
    ];
    const result = linkAudio(
      captures,
      [
        { entry: c, ts: 60_300 },
        { entry: a, ts: 10_400 },
        { entry: b, ts: 10_900 },
      ],
      {
        toleranceMs: 5_000,
        orphan: (x) => capture({ id: x.entry.path, ts: x.ts ?? 0, audio: x.entry }),
      },
    );
    expect(result.captures.find((x) => x.id === '1')!.audio).toBe(a);
    expect(result.captures.find((x) => x.id === '2')!.audio).toBe(c);
    expect(result.captures.find((x) => x.id === 'b.wav')?.transcript).toBeUndefined(); // audio kept on its own
    expect(result.warnings.some((w) => /about equally close/.test(w.message))).toBe(true);
  });

  it('prefers an explicit key over a nearer time', () => {
    const keyed = entry('k.wav');
    const near = entry('n.wav');
    const result = linkAudio(
      [capture({ id: '1', ts: 0, providerRecordId: 'k' })],
      [
        { entry: near, ts: 10 },
        { entry: keyed, key: 'k', ts: 4000 },
      ],
      {
        toleranceMs: 5000,
        keyOf: (c) => c.providerRecordId,
        orphan: () => undefined,
      },
    );
    expect(result.captures[0]!.audio).toBe(keyed);
  });
});

describe('merging', () => {
  const result = (over: Partial<ImportResult>): ImportResult => ({
    source: 'alexa-archive',
    files: [],
    captures: [],
    devices: [],
    warnings: [],
    ...over,
  });
  it('keeps one capture per id, prefers the transcript, unions audio; a device is registered if any registration lists it', () => {
    const audio = entry('x.wav');
    const library = mergeResults(
      [
        result({
          captures: [capture({ id: 'c', ts: 5, deviceId: 'G1', audio })],
          devices: [{ id: 'G1', name: 'G1', registered: false, provider: 'amazon' }],
        }),
        result({
          source: 'alexa-history',
          captures: [capture({ id: 'c', ts: 5, transcript: 'alexa stop', transcriptStatus: 'ok' })],
          devices: [{ id: 'G1', name: 'Echo Küche', registered: true, provider: 'amazon' }],
        }),
      ],
      { importId: 'run-1' },
    );
    expect(library.captures).toHaveLength(1);
    expect(library.captures[0]).toMatchObject({
      transcript: 'alexa stop',
      transcriptStatus: 'ok',
      audioName: 'x.wav',
      importIds: ['run-1'],
    });
    expect(library.devices[0]).toMatchObject({ name: 'Echo Küche', registered: true });
    expect(library.rooms[0]).toMatchObject({ kind: 'kitchen', private: false });
    expect(library.captures[0]!.roomId).toBe(library.rooms[0]!.id);
  });
});

describe('unknown layouts', () => {
  it('shows columns and sample rows, then imports with the user mapping', async () => {
    const table = entry(
      'export/log.csv',
      'when;what;speaker\n20.10.2026 07:15;licht an;Küche Lautsprecher\n21.10.2026 22:01;musik aus;Flur\n',
    );
    const outcome = await detectAndParse([table], { timeZone: 'Europe/Berlin' });
    expect(outcome.results).toHaveLength(0);
    expect(outcome.preview!.tables[0]).toMatchObject({ file: 'export/log.csv', columns: ['when', 'what', 'speaker'] });
    expect(outcome.preview!.tables[0]!.sampleRows[0]).toEqual(['20.10.2026 07:15', 'licht an', 'Küche Lautsprecher']);
    const mapped = await parseWithMapping(
      [table],
      { file: 'export/log.csv', time: 'when', transcript: 'what', device: 'speaker' },
      { timeZone: 'Europe/Berlin' },
    );
    expect(mapped.captures.map((c) => [c.ts, c.transcript, c.deviceName])).toEqual([
      [Date.UTC(2026, 9, 20, 5, 15), 'licht an', 'Küche Lautsprecher'],
      [Date.UTC(2026, 9, 21, 20, 1), 'musik aus', 'Flur'],
    ]);
    expect(mapped.devices.map((d) => d.roomHint)).toEqual(['Küche', 'Flur']);
  });
});
