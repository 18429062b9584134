// The clip panel names Amazon's own understanding of a request ("Amazon: Music / PlayMusicIntent") and shows a
// follow-up turn together with the turn it answers ("ja", seconds after "spiel die ärzte"), each turn opening
// on click — from a voice history written here the way Amazon writes it, in German and in English.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, startHarness, type Harness } from './harness';
import { ClipsPage } from './page-models/ClipsPage';
import { ImportPage } from './page-models/ImportPage';

const ACCOUNT = 'A3NSX4MMJVG96V';
const TYPE = 'A3S5BH2HU6VAYF';
const SERIAL = 'G090LF09643202VS';
const T0 = Date.UTC(2026, 2, 2, 17, 30, 0, 0);
const OUT = path.resolve('test/fixtures/out/e2e-clip-dialogue/voice-history');

function record(ts: number, text: string, domain: string, intent: string, type = 'GENERAL') {
  return {
    recordKey: `${ACCOUNT}#${ts}#${TYPE}#${SERIAL}`,
    recordType: 'VOICE_HISTORY',
    timestamp: ts,
    customerId: ACCOUNT,
    device: { deviceName: 'Echo Küche', deviceEntityId: null },
    utteranceType: type,
    domain,
    intent,
    voiceHistoryRecordItems: [
      {
        recordItemKey: `${ts}#${TYPE}#${SERIAL}#${ts}-0`,
        recordItemType: 'CUSTOMER_TRANSCRIPT',
        utteranceId: `${TYPE}:1.0/2026/03/02/17/${SERIAL}/30:${String(ts % 60_000).padStart(5, '0')}::TNIH_2V.e2e-${ts}/0`,
        timestamp: ts,
        transcriptText: text,
      },
    ],
    personsInfo: [],
  };
}

let harness: Harness;
beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const records = [
    record(T0, 'alexa spiel die ärzte', 'Music', 'PlayMusicIntent'),
    // The follow-up: Amazon files a yes under Global, which says nothing alone.
    record(T0 + 4_000, 'ja', 'Global', 'YesIntent'),
    record(T0 + 600_000, 'alexa wie wird das wetter morgen', 'Weather', 'GetWeatherForecastIntent'),
  ];
  writeFileSync(path.join(OUT, 'voice-history.json'), JSON.stringify({ customerHistoryRecords: records }));
  harness = await startHarness();
}, 120_000);
afterAll(async () => {
  await harness?.close();
});

describe.each([
  ['de-DE', 'de', /Kategorie aus dem Dialog/, 'Musik'],
  ['en-US', 'en', /Category from the dialogue/, 'Music'],
])('clip panel, %s', (locale, lang, fromDialogue, music) => {
  it('says Amazon’s intent and shows the dialogue’s turns together; a turn opens on click', async () => {
    const app = await openApp(harness, { locale });
    const { page } = app;
    await new ImportPage(page).importFolder(OUT);
    const clips = new ClipsPage(page);
    await clips.open();
    await clips.search('ärzte');
    await clips.rows().first().click();
    const panel = page.getByTestId('clip-panel');
    await expect
      .poll(() => panel.getByTestId('clip-provider-intent').textContent())
      .toBe('Amazon: Music / PlayMusicIntent');
    const turns = panel.getByTestId('dialogue-turn');
    await expect.poll(() => turns.count()).toBe(2);
    expect(await turns.nth(0).textContent()).toContain('alexa spiel die ärzte');
    expect(await turns.nth(1).textContent()).toContain('ja');
    await screenshot(page, `clip-dialogue-request-${lang}`);

    // Opening the follow-up: "ja" alone means nothing; it takes the request's category from the dialogue.
    await turns.nth(1).getByRole('button').click();
    await expect.poll(() => panel.getByTestId('clip-transcript').textContent()).toBe('ja');
    expect(await panel.getByTestId('clip-category-source').textContent()).toMatch(fromDialogue);
    expect(await panel.getByTestId('clip-category').locator('option:checked').textContent()).toContain(music);
    expect(await panel.getByTestId('clip-provider-intent').textContent()).toBe('Amazon: Global / YesIntent');
    await screenshot(page, `clip-dialogue-followup-${lang}`);

    // And back to the request from the follow-up's panel.
    await turns.nth(0).getByRole('button').click();
    await expect.poll(() => panel.getByTestId('clip-transcript').textContent()).toBe('alexa spiel die ärzte');
    expect(app.errors).toEqual([]);
    await app.context.close();
  }, 180_000);
});
