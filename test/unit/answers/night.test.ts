import { describe, expect, it } from 'vitest';
import { computeFlags } from '../../../shared/classify/flags';
import { isNightHour, parseNightHours } from '../../../shared/night';
import { reflagNight } from '../../../shared/pipeline/night';
import { buildSummary } from '../../../shared/report/summary';
import { renderReportHtml } from '../../../shared/report/html';
import { given } from '../report/builders';

const TZ = 'Europe/Berlin';

describe('night hours', () => {
  it('wrap past midnight or not', () => {
    expect([21, 22, 23, 0, 5, 6].map((h) => isNightHour(h, { from: 22, to: 6 }))).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect([0, 4, 5].map((h) => isNightHour(h, { from: 0, to: 5 }))).toEqual([true, true, false]);
    expect([22, 23, 5, 6].map((h) => isNightHour(h))).toEqual([false, true, true, false]);
  });

  it('parse "22-6" and say what is expected otherwise', () => {
    expect(parseNightHours('22-6')).toEqual({ from: 22, to: 6 });
    expect(parseNightHours(' 22 – 6 ')).toEqual({ from: 22, to: 6 });
    for (const bad of ['22', '25-6', '6-6', 'abends']) expect(() => parseNightHours(bad)).toThrow(/like 22-6/);
  });

  it('decide the night flag of a capture at 22:30 local time', () => {
    const ts = Date.parse('2025-01-11T21:30:00Z'); // 22:30 in Berlin
    const input = { transcriptStatus: 'ok' as const, transcript: 'licht aus', ts };
    expect(computeFlags(input, { timeZone: TZ }).flags).not.toContain('night');
    expect(computeFlags(input, { timeZone: TZ, nightHours: { from: 22, to: 6 } }).flags).toContain('night');
  });

  it('re-flag without touching other flags, and the report counts and names the same hours', () => {
    const { rooms, devices } = given.household();
    const late = given.capture({
      at: '2025-01-11T21:30:00Z',
      room: 'bath',
      device: 'EB1',
      transcript: 'licht aus',
      flags: ['private-room', 'child'],
    });
    const [flagged] = reflagNight([late], TZ, { from: 22, to: 6 });
    expect(flagged!.flags.sort()).toEqual(['child', 'night', 'private-room']);
    const input = { captures: [late], devices, rooms, timeZone: TZ };
    const options = { privacy: 'counts' as const, lang: 'de' as const, asOf: '2025-02-01' };
    expect(buildSummary(input, options).nightPrivate.count).toBe(0);
    const summary = buildSummary(input, { ...options, nightHours: { from: 22, to: 6 } });
    expect(summary.nightPrivate.count).toBe(1);
    expect(renderReportHtml(summary, { lang: 'de' })).toContain('Nachts in privaten Räumen (22–6 Uhr)');
  });
});
