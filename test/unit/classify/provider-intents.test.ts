// Amazon's own domain/intent as category evidence, and follow-up turns taking their dialogue's category, through
// the same enrichCaptures the import worker and the CLI use.

import { describe, expect, it } from 'vitest';
import { followUpTurns, type DialogueTurn } from '../../../shared/classify/dialogue';
import { categoryOfProviderIntent } from '../../../shared/classify/provider-intents';
import type { Capture } from '../../../shared/model';
import { enrichCaptures } from '../../../shared/pipeline/enrich';

const amazon = (domain: string, intent?: string) => categoryOfProviderIntent({ provider: 'amazon', domain, intent });

describe('Amazon domain/intent → category', () => {
  it.each([
    ['Music', 'PlayMusicIntent', 'media'],
    ['Video', 'ContentOnlyIntent', 'media'],
    ['Books', 'BrowseBookIntent', 'media'],
    ['Weather', 'GetWeatherForecastIntent', 'weather'],
    ['Knowledge', 'QAIntent', 'knowledge'],
    ['LocalSearch', 'SearchPlaceIntent', 'knowledge'],
    ['Calendar', 'BrowseCalendarIntent', 'calendar'],
    ['Notifications', 'SetReminderIntent', 'calendar'],
    ['Notifications', 'SetNotificationIntent', 'calendar'],
    ['Notifications', 'SetAlarmIntent', 'alarms'],
    ['Notifications', 'SetTimerIntent', 'alarms'],
    ['Notifications', 'SnoozeIntent', 'alarms'],
    ['HomeAutomation', 'TurnOffApplianceIntent', 'smarthome'],
    ['HomeAutomation', 'SetValueIntent', 'smarthome'],
    ['ToDos', 'CreateToDoIntent', 'shopping'],
    ['Shopping', 'BuyItemIntent', 'shopping'],
    ['DailyBriefing', 'DailyBriefingIntent', 'news'],
    ['Communications', 'InitiateCallIntent', 'communication'],
    ['Global', 'StopIntent', 'chitchat'],
    ['Global', 'CancelIntent', 'chitchat'],
    ['System', 'VolumeUpIntent', 'media'],
  ])('%s / %s → %s', (domain, intent, category) => expect(amazon(domain, intent)).toBe(category));

  it.each([
    ['Unknown', 'Unknown'],
    ['amzn1.ask.skill.0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b_Live', 'PlaySoundIntent'],
    ['Echo.SDK', 'SomeSkillIntent'],
    ['System', 'WakeWordIntent'],
    ['Global', 'YesIntent'],
    ['Global', 'NoIntent'],
    ['', 'X'],
  ])('%s / %s tells nothing: the text decides', (domain, intent) => expect(amazon(domain, intent)).toBeUndefined());

  it('ignores an absent intent and other providers', () => {
    expect(categoryOfProviderIntent(undefined)).toBeUndefined();
    expect(categoryOfProviderIntent({ provider: 'google', domain: 'Music' })).toBeUndefined();
  });
});

const T0 = Date.UTC(2021, 2, 1, 18, 0, 0);
const turn = (id: string, dt: number, over: Partial<DialogueTurn> = {}): DialogueTurn => ({
  id,
  ts: T0 + dt,
  deviceId: 'G1',
  transcript: 'ja',
  category: 'chitchat',
  confidence: 0.9,
  ...over,
});

describe('follow-up turns', () => {
  it('a short turn seconds later on the same device takes the previous turn’s category, also along a chain', () => {
    const links = followUpTurns([
      turn('a', 0, { transcript: 'alexa setz milch auf die einkaufsliste', category: 'shopping', fixed: true }),
      turn('b', 4_000, { transcript: 'ja' }),
      turn('c', 9_000, { transcript: 'und eier', category: 'unclear', confidence: 0.3 }),
    ]);
    expect(links).toEqual([
      { id: 'b', dialogueOf: 'a', category: 'shopping' },
      { id: 'c', dialogueOf: 'b', category: 'shopping' },
    ]);
  });

  it('leaves alone: another device, a long gap, a long or confident turn, a turn with a settled category', () => {
    const lead = turn('a', 0, { transcript: 'alexa spiel musik', category: 'media' });
    expect(followUpTurns([lead, turn('b', 3_000, { deviceId: 'G2' })])).toEqual([]);
    expect(followUpTurns([lead, turn('b', 20_000)])).toEqual([]);
    expect(
      followUpTurns([
        lead,
        turn('b', 3_000, { transcript: 'wie wird das wetter morgen in berlin', category: 'weather' }),
      ]),
    ).toEqual([]);
    expect(
      followUpTurns([lead, turn('b', 3_000, { transcript: 'wetter', category: 'weather', confidence: 0.97 })]),
    ).toEqual([]);
    expect(followUpTurns([lead, turn('b', 3_000, { fixed: true })])).toEqual([]);
    expect(followUpTurns([turn('a', 0, { category: 'unclear' }), turn('b', 3_000)])).toEqual([]);
  });
});

const capture = (over: Partial<Capture>): Capture => ({
  id: 'x',
  source: 'alexa-history',
  ts: T0,
  deviceId: 'G1',
  transcriptStatus: 'ok',
  category: 'unclear',
  categoryConfidence: 0,
  flags: [],
  importIds: [],
  kind: 'capture',
  ...over,
});
const enrich = (captures: Capture[]) => enrichCaptures(captures, { timeZone: 'Europe/Berlin', devices: [], rooms: [] });

describe('enrichCaptures with provider intent and dialogues', () => {
  it('uses Amazon’s intent before the text, and the text when the intent says nothing', () => {
    const [music, skill] = enrich([
      capture({
        id: 'm',
        transcript: 'die ärzte',
        providerIntent: { provider: 'amazon', domain: 'Music', intent: 'PlayMusicIntent' },
      }),
      capture({
        id: 's',
        ts: T0 + 60_000,
        transcript: 'alexa wie wird das wetter morgen',
        providerIntent: { provider: 'amazon', domain: 'amzn1.ask.skill.abc_Live', intent: 'X' },
      }),
    ]);
    expect(music).toMatchObject({ category: 'media', categorySource: 'provider' });
    expect(skill).toMatchObject({ category: 'weather', categorySource: 'text' });
  });

  it('a user correction wins over the provider', () => {
    const [c] = enrich([
      capture({
        transcript: 'spiel was',
        category: 'chitchat',
        categoryCorrected: true,
        providerIntent: { provider: 'amazon', domain: 'Music', intent: 'PlayMusicIntent' },
      }),
    ]);
    expect(c).toMatchObject({ category: 'chitchat', categorySource: 'user' });
  });

  it('a "ja" four seconds after a shopping request on the same Echo is shopping, with its dialogue', () => {
    const out = enrich([
      capture({ id: 'req', transcript: 'alexa setz milch auf die einkaufsliste' }),
      capture({ id: 'yes', ts: T0 + 4_000, transcript: 'ja' }),
      capture({ id: 'other', ts: T0 + 5_000, deviceId: 'G2', transcript: 'ja' }),
    ]);
    expect(out[0]!.category).toBe('shopping');
    expect(out[1]).toMatchObject({ category: 'shopping', categorySource: 'dialogue', dialogueOf: 'req' });
    expect(out[2]!.categorySource).toBe('text');
    expect(out[2]!.dialogueOf).toBeUndefined();
  });

  it('keeps a dialogue linked across batches when its previous turn is not in this batch', () => {
    const [c] = enrich([
      capture({ id: 'yes', transcript: 'ja', category: 'shopping', categorySource: 'dialogue', dialogueOf: 'req' }),
    ]);
    expect(c).toMatchObject({ category: 'shopping', categorySource: 'dialogue', dialogueOf: 'req' });
  });

  it('Alexa prompts and activity records get no flags and no category from their text', () => {
    const [cif] = enrich([
      capture({
        kind: 'assistant',
        transcript: undefined,
        response: 'Schönen Montag',
        transcriptStatus: 'missing',
        ts: Date.UTC(2021, 2, 1, 23, 30),
      }),
    ]);
    expect(cif!.flags).toEqual([]);
    expect(cif!.category).toBe('unclear');
  });
});
