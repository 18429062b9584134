// The local hour of the flags and the household's reading of a zone abbreviation come from cached offsets
// (per UTC day, Intl asked again only around a transition). They must equal a direct Intl lookup at every
// instant, also in zones that change at odd minutes (St John's switched at 00:01 until 2011), by half an
// hour (Lord Howe) or sit at quarter hours (Kathmandu, Chatham).

import { describe, expect, it } from 'vitest';
import { localHour } from '../../../shared/classify/flags';
import { zoneAbbreviationOffset } from '../../../shared/time/zone-abbreviations';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const formats = new Map<string, Intl.DateTimeFormat>();
const format = (timeZone: string, options: Intl.DateTimeFormatOptions) => {
  const key = `${timeZone} ${JSON.stringify(options)}`;
  if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat('en-US', { timeZone, ...options }));
  return formats.get(key)!;
};

function intlHour(ts: number, timeZone: string): number {
  return Number(format(timeZone, { hour: '2-digit', hourCycle: 'h23' }).format(ts)) % 24;
}

/** Instants every `step` over the UTC days around each of the zone's offset changes in `years`. */
function aroundTransitions(timeZone: string, years: number[], step: number): number[] {
  const offset = (ts: number) =>
    format(timeZone, { timeZoneName: 'shortOffset' })
      .formatToParts(ts)
      .find((p) => p.type === 'timeZoneName')!.value;
  const out: number[] = [];
  for (const year of years)
    for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 24 * HOUR)
      if (offset(day) !== offset(day + 24 * HOUR))
        for (let ts = day - 24 * HOUR; ts < day + 48 * HOUR; ts += step) out.push(ts);
  return out;
}

describe('cached zone readings', () => {
  it('localHour equals Intl at every minute around transitions and at random instants', () => {
    const zones: [string, number[]][] = [
      ['America/St_Johns', [2008, 2010, 2012]],
      ['Europe/Berlin', [1996, 2025]],
      ['Australia/Lord_Howe', [2024]],
      ['Asia/Kathmandu', [1986]],
      ['Pacific/Chatham', [2025]],
      ['America/Sao_Paulo', [2017]],
      ['UTC', [2025]],
    ];
    for (const [zone, years] of zones) {
      const instants = aroundTransitions(zone, years, 7 * MINUTE + 13_001);
      let seed = 7;
      for (let i = 0; i < 500; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        instants.push(Date.UTC(1950, 0, 1) + (seed / 2 ** 32) * (Date.UTC(2040, 0, 1) - Date.UTC(1950, 0, 1)));
      }
      for (const ts of instants.map(Math.floor))
        expect(localHour(ts, zone), `${zone} ${new Date(ts).toISOString()}`).toBe(intlHour(ts, zone));
    }
  });

  it("reads the household zone's own abbreviation as Intl does on both sides of a change", () => {
    const zone = 'Europe/Berlin';
    const direct = (abbreviation: string, ts: number): number | undefined => {
      const part = (style: 'short' | 'shortOffset') =>
        format(zone, { timeZoneName: style })
          .formatToParts(ts)
          .find((p) => p.type === 'timeZoneName')!.value;
      if (part('short').toUpperCase() !== abbreviation) return zoneAbbreviationOffset(abbreviation);
      const m = /^GMT([+-])(\d{1,2})(?::(\d{2}))?$/.exec(part('shortOffset'))!;
      return (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
    };
    for (const ts of aroundTransitions(zone, [2024], 11 * MINUTE))
      for (const abbreviation of ['CET', 'CEST', 'GMT+1', 'EST'])
        expect(zoneAbbreviationOffset(abbreviation, ts, zone), `${abbreviation} ${new Date(ts).toISOString()}`).toBe(
          direct(abbreviation, ts),
        );
  });
});
