// Foreign-capture detection on generated households with real espeak-ng voices: a hidden stranger batch is
// found (precision and recall ≥ 0.95), a household without strangers has nothing flagged, and the reasons
// say in words why. Plus the rules on small hand-made capture lists.

import { describe, expect, it } from 'vitest';
import { FOREIGN_THRESHOLD, parseRecordKey, scoreForeign, type ForeignInput } from '../../../shared/foreign/score';
import type { Device } from '../../../shared/model';
import { hasSpeechTools } from '../audio/espeak';
import { evaluate, generateHousehold, ROOMS, type Scenario } from './household';

describe.skipIf(!hasSpeechTools())('generated households', () => {
  const withStrangers: Scenario[] = ['stranger-account', 'stranger-archive'];
  it.each(withStrangers)('finds a hidden stranger batch (%s) with precision and recall ≥ 0.95', async (scenario) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const seed of [1, 2, 3]) {
      const m = evaluate(await generateHousehold(scenario, seed), FOREIGN_THRESHOLD);
      tp += m.truePositives;
      fp += m.falsePositives;
      fn += m.falseNegatives;
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.95);
  });

  it.each(['no-strangers', 'new-device'] as Scenario[])(
    'flags nothing in a household without strangers (%s)',
    async (scenario) => {
      for (const seed of [1, 2, 3]) {
        const h = await generateHousehold(scenario, seed);
        expect(evaluate(h, FOREIGN_THRESHOLD).householdFlagged).toBe(0);
      }
    },
  );

  it('explains a flagged stranger capture in words', async () => {
    const h = await generateHousehold('stranger-account', 1);
    const stranger = h.captures.find((c) => c.person === 'S2')!;
    const { score, reasons } = h.scores.get(stranger.id)!;
    expect(score).toBeGreaterThan(FOREIGN_THRESHOLD);
    const byCode = new Map(reasons.map((r) => [r.code, r.detail]));
    expect(byCode.get('account-mismatch')).toBe('Belongs to account A7STRANGER, not to yours (A1OWNER1)');
    expect(byCode.get('device-unregistered')).toMatch(/“Garage Echo Dot”, a device that is not registered/);
    expect(byCode.get('room-unknown')).toMatch(/“Garage”, a room your household does not have/);
    expect(byCode.has('voice-unknown')).toBe(true);
  });
});

describe('rules on hand-made captures', () => {
  const devices: Device[] = [
    { id: 'G1', name: 'Echo Küche', roomId: 'kitchen', registered: true, provider: 'amazon' },
    { id: 'X1', name: 'Fremdes Echo', roomId: 'office', registered: false, provider: 'amazon' },
    { id: 'N1', name: 'Nest Mini', roomId: 'office', registered: false, provider: 'google' },
  ];
  const capture = (id: string, extra: Partial<ForeignInput>): ForeignInput => ({ id, ts: 0, ...extra });

  it('reads the customer id and serial from an Alexa record key', () => {
    expect(parseRecordKey('A3NSX4MMJVG96V#1612297041815#A1RABVCI4QCIKC#G0911W0793360T')).toEqual({
      customerId: 'A3NSX4MMJVG96V',
      serial: 'G0911W0793360T',
    });
    expect(parseRecordKey('not#a#key')).toBeNull();
  });

  it('flags another account alone, not an unregistered device alone, and ignores providers without a registry', () => {
    const scores = scoreForeign(
      [
        capture('own', { deviceId: 'G1', roomId: 'kitchen', accountId: 'ME' }),
        capture('other-account', { deviceId: 'G1', roomId: 'kitchen', accountId: 'YOU' }),
        capture('unregistered', { deviceId: 'X1', roomId: 'kitchen', accountId: 'ME' }),
        capture('google', { deviceId: 'N1', roomId: 'kitchen' }),
      ],
      { accountId: 'ME', devices, rooms: ROOMS },
    );
    expect(scores.get('own')).toEqual({ score: 0, reasons: [] });
    expect(scores.get('other-account')!.score).toBeGreaterThan(FOREIGN_THRESHOLD);
    expect(scores.get('unregistered')!.score).toBeLessThan(FOREIGN_THRESHOLD);
    expect(scores.get('unregistered')!.reasons.map((r) => r.code)).toEqual(['device-unregistered']);
    expect(scores.get('google')!.score).toBe(0);
  });

  it('names unfamiliar people and places only against enough household transcripts', () => {
    const household = Array.from({ length: 12 }, (_, i) =>
      capture(`h${i}`, {
        deviceId: 'G1',
        roomId: 'kitchen',
        transcript: i % 2 ? 'ruf oma an' : 'wie wird das wetter in köln',
      }),
    );
    const scores = scoreForeign(
      [...household, capture('s', { deviceId: 'G1', roomId: 'kitchen', transcript: 'ruf kevin an' })],
      { devices, rooms: ROOMS },
    );
    expect(scores.get('s')!.reasons.map((r) => r.detail)).toEqual([
      'Mentions “kevin”, never mentioned in your other recordings',
    ]);
    expect(scores.get('h1')!.reasons).toEqual([]);
    expect(scores.get('s')!.score).toBeLessThan(FOREIGN_THRESHOLD);
  });
});
