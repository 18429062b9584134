// Every Alexa utteranceType and every Google My Activity title type becomes the record kind, transcript status
// and flag a household should see (docs/formats.md): hand-written records in the shapes real exports have
// (German voice histories with an empty ASR_REPLACEMENT_TEXT; English Takeout titles).

import { describe, expect, it } from 'vitest';
import { blobEntry } from '../../../shared/archive/index';
import { computeFlags } from '../../../shared/classify';
import { alexaHistory } from '../../../shared/importers/alexa-history';
import { googleTakeout } from '../../../shared/importers/google-takeout';
import type { InputEntry, RawCapture } from '../../../shared/importers/types';

const entry = (path: string, text: string): InputEntry => blobEntry(path, new Blob([text]), Date.UTC(2021, 2, 1));
const T0 = Date.UTC(2021, 2, 1, 18, 0, 0);
const DEVICE_TYPE = 'A4ZP7ZC4PI6TO';

function alexaRecord(type: string, i: number, over: { text?: string; serial?: string; dt?: number } = {}) {
  const serial = over.serial ?? 'G090XG1234567ABC';
  const ts = T0 + i * 60_000 + (over.dt ?? 0);
  const uid = `${DEVICE_TYPE}:1.0/2021/03/01/18/${serial}/${String(i).padStart(2, '0')}:00::TNIH_2V.0000-${i}-${serial}LPM/0`;
  const items =
    type === 'CIF'
      ? [
          {
            recordItemType: 'TTS_REPLACEMENT_TEXT',
            utteranceId: uid,
            transcriptText: 'Ich wünsche dir einen schönen Montag',
          },
        ]
      : [
          {
            recordItemType: over.text === undefined ? 'ASR_REPLACEMENT_TEXT' : 'CUSTOMER_TRANSCRIPT',
            utteranceId: uid,
            timestamp: ts,
            transcriptText: over.text ?? '',
          },
        ];
  return {
    recordKey: `A1B2C3D4E5F6G7#${ts}#${DEVICE_TYPE}#${serial}`,
    recordType: 'VOICE_HISTORY',
    timestamp: ts,
    customerId: 'A1B2C3D4E5F6G7',
    device: { deviceName: serial === 'G090XG1234567ABC' ? 'Echo Küche' : 'Echo Wohnzimmer' },
    utteranceType: type,
    domain: 'Unknown',
    intent: 'Unknown',
    voiceHistoryRecordItems: items,
  };
}

async function importAlexa(records: unknown[]): Promise<RawCapture[]> {
  const e = entry('history/voice-history.json', JSON.stringify({ customerHistoryRecords: records }));
  return (await alexaHistory.parse([e], { timeZone: 'Europe/Berlin' })).captures.sort((a, b) => a.ts - b.ts);
}

const flagsOf = (c: RawCapture) =>
  computeFlags(
    { transcript: c.transcript, transcriptStatus: c.transcriptStatus, providerMarkers: c.providerMarkers, ts: c.ts },
    { timeZone: 'UTC' },
  ).flags.filter((f) => f === 'accidental' || f === 'not-understood');

describe('Alexa utteranceType (German voice history, empty ASR_REPLACEMENT_TEXT)', () => {
  it.each([
    ['GENERAL', 'alexa wie wird das wetter', 'capture', 'ok', []],
    ['ROUTINES_OR_TAP_TO_ALEXA', undefined, 'capture', 'missing', []],
    ['WAKE_WORD_ONLY', undefined, 'capture', 'not-intended', ['accidental']],
    ['WAKE_WORD_ONLY', 'alexa', 'capture', 'ok', ['accidental']],
    ['FALSE_WAKE_WORD_1P', undefined, 'capture', 'not-intended', ['accidental']],
    ['NO_EXPRESSED_INTENT_SILENCE', undefined, 'capture', 'not-intended', ['accidental']],
    ['NO_EXPRESSED_INTENT', undefined, 'capture', 'not-understood', ['not-understood']],
    ['NO_EXPRESSED_INTENT', 'ja und dann', 'capture', 'ok', ['not-understood']],
    ['ASR_TIMEOUT', undefined, 'capture', 'not-understood', ['not-understood']],
    ['NO_TEXT_OR_AUDIO_STORED', undefined, 'capture', 'not-stored', []],
    ['CIF', undefined, 'assistant', 'missing', []],
    ['SOMETHING_NEW_2026', 'alexa mach was neues', 'unrecognised', 'ok', []],
  ] as const)('%s (text %s) → kind %s, status %s, flags %j', async (type, text, kind, status, flags) => {
    const [c] = await importAlexa([alexaRecord(type, 1, { text })]);
    expect(c).toMatchObject({ kind, transcriptStatus: status, providerType: type });
    expect(flagsOf(c!)).toEqual(flags);
  });

  it('CIF keeps Alexa’s words as her response, never as the household’s transcript', async () => {
    const [c] = await importAlexa([alexaRecord('CIF', 1)]);
    expect(c!.transcript).toBeUndefined();
    expect(c!.response).toBe('Ich wünsche dir einen schönen Montag');
  });

  it('an unknown utteranceType is kept apart with its raw name and a notice', async () => {
    const e = entry(
      'history/voice-history.json',
      JSON.stringify({ customerHistoryRecords: [alexaRecord('SOMETHING_NEW_2026', 1, { text: 'x' })] }),
    );
    const result = await alexaHistory.parse([e], { timeZone: 'UTC' });
    expect(result.captures[0]!.kind).toBe('unrecognised');
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        code: 'unknown-record-type',
        params: expect.objectContaining({ type: 'SOMETHING_NEW_2026', count: 1 }),
      }),
    );
  });

  it('DEVICE_ARBITRATION links to the answering device’s record of the same words seconds apart, else stays unlinked', async () => {
    const captures = await importAlexa([
      alexaRecord('GENERAL', 1, { text: 'alexa licht aus' }),
      alexaRecord('DEVICE_ARBITRATION', 1, { text: 'alexa licht aus', serial: 'G090XG7654321XYZ', dt: 700 }),
      alexaRecord('DEVICE_ARBITRATION', 9, { text: 'alexa lauter', serial: 'G090XG7654321XYZ' }),
    ]);
    const [answer, heard, lonely] = captures;
    expect(heard).toMatchObject({ kind: 'other-device', linkedTo: answer!.id, providerType: 'DEVICE_ARBITRATION' });
    expect(lonely!.kind).toBe('other-device');
    expect(lonely!.linkedTo).toBeUndefined();
    expect(flagsOf(heard!)).toEqual([]);
  });

  it('carries Amazon’s domain/intent as the provider intent', async () => {
    const record = {
      ...alexaRecord('GENERAL', 1, { text: 'alexa spiel musik' }),
      domain: 'Music',
      intent: 'PlayMusicIntent',
    };
    const [c] = await importAlexa([record]);
    expect(c!.providerIntent).toEqual({ provider: 'amazon', domain: 'Music', intent: 'PlayMusicIntent' });
  });
});

describe('accidental and not understood never hold together', () => {
  it.each([
    [['WAKE_WORD_ONLY', 'Audio could not be understood'], 'not-intended', 'accidental'],
    [['ASR_TIMEOUT'], 'not-intended', 'not-understood'],
    [['Audio was not intended for Alexa'], 'not-intended', 'accidental'],
    [[], 'not-intended', 'accidental'],
  ] as const)('%j with status %s → only %s', (markers, status, flag) => {
    const { flags } = computeFlags(
      { transcriptStatus: status, providerMarkers: [...markers], ts: T0, features: { speechShare: 0.8 } },
      { timeZone: 'UTC' },
    );
    expect(flags.filter((f) => f === 'accidental' || f === 'not-understood')).toEqual([flag]);
  });
});

async function importGoogle(records: object[]): Promise<RawCapture[]> {
  const e = entry('Takeout/My Activity/Assistant/MyActivity.json', JSON.stringify(records));
  return (await googleTakeout.parse([e], { timeZone: 'UTC' })).captures;
}

const googleRecord = (title: string, over: Record<string, unknown> = {}) => ({
  header: 'Assistant',
  title,
  time: '2020-12-10T04:44:15Z',
  products: ['Assistant'],
  ...over,
});

describe('Google Takeout titles', () => {
  it.each([
    ['Said what is pepperoni', 'capture', 'ok', 'Said', 'what is pepperoni'],
    ['„wie spät ist es“ gesagt', 'capture', 'ok', 'Said', 'wie spät ist es'],
    ['Unknown voice command', 'capture', 'not-understood', 'Unknown voice command', undefined],
    ['Unbekannter Sprachbefehl', 'capture', 'not-understood', 'Unknown voice command', undefined],
    ['Trained voice model', 'voice-training', 'missing', 'Trained voice model', undefined],
    ['Sprachmodell trainiert', 'voice-training', 'missing', 'Trained voice model', undefined],
    ['Trained face model', 'activity', 'missing', 'Trained face model', undefined],
    ['Used Spotify', 'activity', 'missing', 'Used', undefined],
    ['Opened Google Home', 'activity', 'missing', 'Opened', undefined],
    ['Viewed Weather', 'activity', 'missing', 'Viewed', undefined],
    ['Spotify verwendet', 'activity', 'missing', 'Used', undefined],
    ['Received a reminder notification', 'activity', 'missing', 'Received notification', undefined],
    ['Dismissed a reminder', 'activity', 'missing', 'Dismissed', undefined],
    ['Sent a message', 'activity', 'missing', 'Sent a message', undefined],
    ['Nachricht gesendet', 'activity', 'missing', 'Sent a message', undefined],
    ['You asked the Assistant about the weather', 'activity', 'missing', 'You asked the Assistant about', undefined],
    ['Set an experimental thing', 'unrecognised', 'missing', 'Set an experimental thing', undefined],
  ] as const)('"%s" → kind %s, status %s, type %s', async (title, kind, status, type, transcript) => {
    const [c] = await importGoogle([googleRecord(title)]);
    expect(c).toMatchObject({ kind, transcriptStatus: status, providerType: type });
    expect(c!.transcript).toBe(transcript);
  });

  it('"Unknown voice command" is flagged not understood, never accidental', async () => {
    const [c] = await importGoogle([googleRecord('Unknown voice command')]);
    expect(flagsOf(c!)).toEqual(['not-understood']);
  });

  it('Voice Match training under the app package header (com.google.OPA) is a training clip', async () => {
    const [c] = await importGoogle([googleRecord('Trained voice model', { header: 'com.google.OPA', products: [] })]);
    expect(c).toMatchObject({ kind: 'voice-training', providerType: 'Trained voice model' });
  });

  it('older "Google App" records with product "Voice and Audio" are voice requests', async () => {
    const [c] = await importGoogle([
      googleRecord('Said call mom', {
        header: 'Google App',
        products: ['Voice and Audio'],
        time: '2016-05-01T10:00:00.123Z',
      }),
    ]);
    expect(c).toMatchObject({ kind: 'capture', transcript: 'call mom', providerType: 'Said' });
  });

  it('an unknown title with a spoken query link is a request; without one it is kept apart with a notice', async () => {
    const e = entry(
      'Takeout/My Activity/Assistant/MyActivity.json',
      JSON.stringify([
        googleRecord('Sprachbefehl: wetter morgen …', { titleUrl: 'https://www.google.com/search?q=wetter+morgen' }),
        googleRecord('Did a new thing'),
        googleRecord('Did a new thing', { time: '2020-12-11T04:44:15Z' }),
      ]),
    );
    const result = await googleTakeout.parse([e], { timeZone: 'UTC' });
    expect(result.captures[0]).toMatchObject({ kind: 'capture', transcript: 'wetter morgen' });
    expect(result.captures.filter((c) => c.kind === 'unrecognised')).toHaveLength(2);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'unknown-record-type', params: expect.objectContaining({ count: 2 }) }),
    );
  });
});
