import { describe, expect, it } from 'vitest';
import { scoreBand, summariseStrangers } from '../../../shared/foreign/strangers';
import type { Device } from '../../../shared/model';
import { given } from '../report/builders';

const devices: Device[] = [
  { id: 'OWN1', name: 'Echo Küche', registered: true, provider: 'amazon' },
  { id: 'X1', name: 'Echo Büro', registered: false, provider: 'amazon' },
];
const day = (d: number, h = 12) => `2026-09-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00Z`;

describe('the stranger finding', () => {
  it('counts the export’s own evidence before the voice pass, grouped by device with its span', () => {
    const captures = [
      given.capture({ at: day(15), device: 'X1' }),
      given.capture({ at: day(28), device: 'X1' }),
      given.capture({ at: day(20), device: 'OWN1', accountId: 'A-OTHER' }),
      given.capture({ at: day(21), device: 'OWN1', accountId: 'A-OWN' }),
    ];
    const summary = summariseStrangers(captures, { accountId: 'A-OWN', devices })!;
    expect(summary.count).toBe(3);
    expect(summary.provisional).toBe(true);
    expect(summary.from).toBe(Date.parse(day(15)));
    expect(summary.to).toBe(Date.parse(day(28)));
    expect(summary.devices.map((d) => [d.deviceId, d.count, d.reasons])).toEqual([
      ['X1', 2, ['device-unregistered']],
      ['OWN1', 1, ['account-mismatch']],
    ]);
  });

  it('trusts the library pass once it has scored a capture, and the household’s “this is ours”', () => {
    const cleared = given.capture({ at: day(15), device: 'X1', foreignScore: 0.3 });
    const flagged = given.capture({
      at: day(16),
      device: 'X1',
      foreignScore: 0.64,
      flags: ['foreign'],
      flagReasons: [
        { flag: 'foreign', kind: 'device-unregistered', detail: '' },
        { flag: 'foreign', kind: 'voice-unknown', detail: '' },
      ],
    });
    const ours = given.capture({ at: day(17), device: 'X1' });
    const summary = summariseStrangers([cleared, flagged, ours], { devices, confirmedOwn: new Set([ours.id]) })!;
    expect(summary.count).toBe(1);
    expect(summary.provisional).toBe(false);
    expect(summary.devices[0]!.reasons).toEqual(['device-unregistered', 'voice-unknown']);
    expect(summariseStrangers([cleared], { devices })).toBeNull();
  });

  it('words the score', () => {
    expect([0.52, 0.64, 0.835].map(scoreBand)).toEqual(['possible', 'likely', 'certain']);
  });
});
