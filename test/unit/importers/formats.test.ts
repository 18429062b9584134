// The rarer export shapes real users bring: the old Alexa activities file, the 2021 per-category Amazon zips,
// legacy Google HTML with foreign and missing zones, and several exports picked as loose files instead of folders.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, type UserFile } from '../../../shared/archive/index';
import { detectAndParse, type DetectOutcome } from '../../../shared/importers/index';
import { collectUserFiles } from '../../../electron/cli/node-input';
import {
  OLD_ACCOUNT,
  SERIAL_2021,
  activitiesJson,
  legacyHtml,
  perCategoryFolders,
  perCategoryZips,
  utteranceIdAt,
} from '../../fixtures/formats';
import type { GeneratedHousehold } from '../../fixtures/generate';
import { household } from './helpers';
import { toneWav } from '../../fixtures/wav';

const T0 = Date.UTC(2018, 4, 15, 13, 7, 41);
const file = (path: string, data: string | Uint8Array<ArrayBuffer>, lastModified = T0): UserFile => ({
  path,
  blob: new Blob([data]),
  lastModified,
});
const run = async (files: UserFile[], timeZone = 'Europe/Berlin'): Promise<DetectOutcome> =>
  detectAndParse(await expandInputs(files), { timeZone });

describe('old Alexa activities file (/api/activities)', () => {
  it('reads the transcript from the JSON string description.summary, the device serial, the time and audio by utterance id', async () => {
    const json = activitiesJson([
      { ts: T0, summary: 'alexa wie spät ist es' },
      { ts: T0 + 60_000, summary: '', status: 'DISCARDED_NON_DEVICE_DIRECTED_INTENT' },
      { ts: T0 + 120_000, summary: 'alexa spiel musik' },
      { ts: T0 + 120_000, summary: 'alexa spiel musik' },
      { ts: T0 + 180_000, brokenDescription: true },
    ]);
    const audioName = `${encodeURIComponent(utteranceIdAt(T0))}.wav`;
    const outcome = await run([
      file('alexa-2018/activities.json', json),
      file(`alexa-2018/audio/${audioName}`, toneWav()),
    ]);
    expect(outcome.results.map((r) => r.source)).toEqual(['alexa-history']);
    const result = outcome.results[0]!;
    expect(result.accountId).toBe(OLD_ACCOUNT);
    const captures = result.captures.sort((a, b) => a.ts - b.ts);
    expect(captures).toHaveLength(4);
    expect(captures[0]).toMatchObject({
      ts: T0,
      transcript: 'alexa wie spät ist es',
      transcriptStatus: 'ok',
      deviceId: 'G070L81234567890',
      providerRecordId: utteranceIdAt(T0),
      kind: 'capture',
    });
    expect(captures[0]!.audio?.path).toContain(audioName);
    expect(captures[1]).toMatchObject({ transcriptStatus: 'not-intended' });
    expect(captures[1]!.providerMarkers).toContain('DISCARDED_NON_DEVICE_DIRECTED_INTENT');
    expect(captures[3]!.transcript).toBeUndefined();
    expect(result.warnings.map((w) => w.code)).toEqual(['duplicate-record', 'activity-description-unreadable']);
    expect(outcome.unclaimed).toEqual([]);
  });

  it('gives a recording the same id as the voice history’s record of it', async () => {
    const activity = (await run([file('a/activities.json', activitiesJson([{ ts: T0, summary: 'alexa licht an' }]))]))
      .results[0]!.captures[0]!;
    const history = JSON.stringify({
      customerHistoryRecords: [
        {
          recordKey: `${OLD_ACCOUNT}#${T0}#AB72C64C86AW2#G070L81234567890`,
          timestamp: T0,
          utteranceType: 'GENERAL',
          voiceHistoryRecordItems: [
            { recordItemType: 'CUSTOMER_TRANSCRIPT', utteranceId: utteranceIdAt(T0), transcriptText: 'alexa licht an' },
          ],
        },
      ],
    });
    const fromHistory = (await run([file('h/history.json', history)])).results[0]!.captures[0]!;
    expect(activity.id).toBe(fromHistory.id);
  });
});

describe('2021 Amazon layout: one zip per data category', () => {
  it('reads Alexa.zip and Devices.Registration.zip as one export (audio linked, registration applied) and leaves Advertising alone', async () => {
    const at = Date.UTC(2021, 6, 1, 18, 30, 0);
    const zips = await perCategoryZips('Amazon 2021', [
      { ts: at, text: 'alexa stell einen timer auf zehn minuten', audio: toneWav() },
      { ts: at + 3_600_000, text: 'alexa wie wird das wetter' },
    ]);
    const outcome = await run(zips);
    expect(outcome.results.map((r) => r.source)).toEqual(['alexa-archive']);
    const result = outcome.results[0]!;
    expect(result.captures).toHaveLength(2);
    const timer = result.captures.find((c) => c.ts === at)!;
    expect(timer.audio?.path).toContain('Alexa.zip/Alexa.Voice/');
    expect(timer.deviceId).toBe(SERIAL_2021);
    expect(result.devices).toContainEqual(
      expect.objectContaining({ id: SERIAL_2021, name: 'Echo Küche', registered: true }),
    );
    expect(outcome.unclaimed.map((e) => e.path)).toEqual([
      'Amazon 2021/Advertising.1.zip/Advertising.1/Advertising.AdvertiserAudiences.csv',
    ]);
  });
});

describe('2021 Amazon layout unpacked into folders', () => {
  it('still links the audio of Alexa/ to the Intent CSV and applies the registration', async () => {
    const at = Date.UTC(2021, 6, 1, 18, 30, 0);
    const outcome = await run(
      perCategoryFolders('Amazon 2021', [
        { ts: at, text: 'alexa stell einen timer auf zehn minuten', audio: toneWav() },
        { ts: at + 3_600_000, text: 'alexa wie wird das wetter' },
      ]),
    );
    expect(outcome.results.map((r) => r.source)).toEqual(['alexa-archive']);
    const result = outcome.results[0]!;
    expect(result.captures).toHaveLength(2);
    expect(result.captures.find((c) => c.ts === at)!.audio?.path).toContain('Alexa/Alexa.Voice/');
    expect(result.devices).toContainEqual(expect.objectContaining({ id: SERIAL_2021, registered: true }));
    expect(outcome.unclaimed.map((e) => e.path)).toEqual([
      'Amazon 2021/Advertising.1/Advertising.1/Advertising.AdvertiserAudiences.csv',
    ]);
  });
});

describe('legacy Google HTML times', () => {
  const html = (date: string) =>
    file('Takeout/My Activity/Assistant/MyActivity.html', legacyHtml([{ text: 'what time is it', date }]));

  it('MSK is UTC+3 whatever the household zone', async () => {
    const c = (await run([html('Dec 10, 2020, 7:44:15 AM MSK')])).results[0]!.captures[0]!;
    expect(c.ts).toBe(Date.UTC(2020, 11, 10, 4, 44, 15));
    expect(c.transcript).toBe('what time is it');
  });

  it('an unknown abbreviation is read as local time with a notice naming it', async () => {
    const result = (await run([html('Dec 10, 2020, 7:44:15 AM XYZT')])).results[0]!;
    expect(result.captures[0]!.ts).toBe(Date.UTC(2020, 11, 10, 6, 44, 15));
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'unknown-zone', params: expect.objectContaining({ zone: 'XYZT', count: 1 }) }),
    );
  });

  it('zone-less pre-2018 dates are UTC, with a notice', async () => {
    const result = (await run([html('Jan 5, 2017, 7:44:15 AM')])).results[0]!;
    expect(result.captures[0]!.ts).toBe(Date.UTC(2017, 0, 5, 7, 44, 15));
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'zoneless-times', params: expect.objectContaining({ count: 1 }) }),
    );
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('several exports picked as loose files instead of their folders', () => {
  let fx: GeneratedHousehold;
  beforeAll(async () => {
    fx = await household('unit-loose', { household: 'de', captures: 40 });
  }, 120_000);

  it('reads each export as from its folder: the Amazon archive keeps its audio, a Home Assistant run stays one recording', async () => {
    const p = fx.paths;
    const folders = await detectAndParse(
      await expandInputs(await collectUserFiles([...p.alexaArchive, p.alexaHistory, p.googleTakeout, p.homeAssistant])),
      { timeZone: 'Europe/Berlin' },
    );
    const picked = [
      ...p.alexaArchive,
      ...filesUnder(p.alexaHistory),
      ...filesUnder(p.googleTakeout),
      ...filesUnder(p.homeAssistant),
    ];
    // Picked files arrive by name only (the file dialog and the CLI give no folder).
    const loose = await detectAndParse(await expandInputs(await collectUserFiles(picked)), {
      timeZone: 'Europe/Berlin',
    });
    const summary = (o: DetectOutcome) =>
      Object.fromEntries(
        o.results.map((r) => [
          r.source,
          { captures: r.captures.length, audio: r.captures.filter((c) => c.audio).length },
        ]),
      );
    expect(summary(loose)).toEqual(summary(folders));
    expect(loose.unclaimed).toEqual([]);
    const ha = loose.results.find((r) => r.source === 'home-assistant')!;
    expect(ha.captures.every((c) => /01_stt-/.test(c.audio!.path))).toBe(true);
  }, 120_000);
});

describe('Home Assistant run files picked one by one', () => {
  it('pairs each speech clip with the wake clip written just before it; a lone wake clip is a wake-word-only recording', async () => {
    const wake = '00_wake-wake_word.openwakeword.wav';
    const stt = '01_stt-stt.faster_whisper.wav';
    const outcome = await run([
      file(wake, toneWav(), T0),
      file(stt, toneWav(900), T0 + 1_500),
      file(wake, toneWav(), T0 + 600_000),
      file(stt, toneWav(900), T0 + 601_200),
      file(wake, toneWav(), T0 + 900_000),
    ]);
    expect(outcome.results.map((r) => r.source)).toEqual(['home-assistant']);
    const captures = outcome.results[0]!.captures.sort((a, b) => a.ts - b.ts);
    expect(captures.map((c) => [c.ts - T0, c.audio!.path, c.providerMarkers])).toEqual([
      [1_500, stt, undefined],
      [601_200, stt, undefined],
      [900_000, wake, ['wake-word-only']],
    ]);
    expect(outcome.unclaimed).toEqual([]);
  });
});

describe('a voice history picked as a loose file next to the Amazon archive', () => {
  it('takes only loose clips named by utterance id; clips inside the archive’s zip stay the archive’s', async () => {
    const { zipBytes } = await import('../../fixtures/zip-write');
    const archived = T0;
    const spoken = T0 + 3_600_000;
    const archive = await zipBytes([
      {
        name: 'Additional Data/Alexa/Alexa/NLU/Intent-2-1.csv',
        data: `Currently Playing Song,Screen Contents,Contact Name,Utterance text,Utterance Creation Date\nNot Available,Not Available,Not Available,"alexa licht an",${new Date(archived).toISOString()}\n`,
      },
      { name: `Additional Data/Alexa/Voice/${encodeURIComponent(utteranceIdAt(archived))}.wav`, data: toneWav() },
    ]);
    const history = JSON.stringify({
      customerHistoryRecords: [
        {
          recordKey: `${OLD_ACCOUNT}#${spoken}#AB72C64C86AW2#G070L81234567890`,
          timestamp: spoken,
          utteranceType: 'GENERAL',
          voiceHistoryRecordItems: [
            {
              recordItemType: 'CUSTOMER_TRANSCRIPT',
              utteranceId: utteranceIdAt(spoken),
              transcriptText: 'alexa lauter',
            },
          ],
        },
      ],
    });
    const outcome = await run([
      file('All Data Categories.1.zip', archive as Uint8Array<ArrayBuffer>),
      file('voice-history.json', history),
      file(`${encodeURIComponent(utteranceIdAt(spoken))}.wav`, toneWav()),
    ]);
    const bySource = Object.fromEntries(outcome.results.map((r) => [r.source, r.captures]));
    expect(bySource['alexa-history']!.map((c) => [c.transcript, !!c.audio])).toEqual([['alexa lauter', true]]);
    expect(bySource['alexa-archive']!.map((c) => [c.transcript, !!c.audio])).toEqual([['alexa licht an', true]]);
  });
});
