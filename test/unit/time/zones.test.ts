import { describe, expect, it } from 'vitest';
// The one home of zone maths: offsets, wall clock ↔ instant, local days — exact across both DST transitions.
import {
  DAY,
  HOUR,
  ZoneClock,
  civilDay,
  localIsoDay,
  startOfLocalDay,
  weekdayOfCivilDay,
  zonedToUtc,
  zoneOffsetMs,
} from '../../../shared/time/zones';
import { buildLocalIndex } from '../../../renderer/views/shared-canvas/local-index';

const berlin = new ZoneClock('Europe/Berlin');
const utc = (iso: string) => Date.parse(iso);

describe('ZoneClock', () => {
  it('gives winter and summer offsets in Berlin, switching at 01:00 UTC', () => {
    expect(berlin.offsetAt(utc('2026-03-29T00:59:59Z'))).toBe(HOUR);
    expect(berlin.offsetAt(utc('2026-03-29T01:00:00Z'))).toBe(2 * HOUR);
    expect(berlin.offsetAt(utc('2026-10-25T00:59:59Z'))).toBe(2 * HOUR);
    expect(berlin.offsetAt(utc('2026-10-25T01:00:00Z'))).toBe(HOUR);
  });

  it('matches Intl for every minute around each transition and every 37 minutes over a year, also in a half-hour zone with DST', () => {
    for (const zone of ['Europe/Berlin', 'Australia/Lord_Howe', 'America/New_York']) {
      const clock = new ZoneClock(zone);
      const check = (t: number) => {
        if (clock.offsetAt(t) !== clock.exactOffset(t)) throw new Error(`${zone} ${new Date(t).toISOString()}`);
      };
      let transitions = 0;
      let previous = clock.exactOffset(utc('2026-01-01T00:07:00Z'));
      for (let t = utc('2026-01-01T00:07:00Z'); t < utc('2027-01-01T00:00:00Z'); t += 37 * 60_000) {
        const exact = clock.exactOffset(t);
        if (clock.offsetAt(t) !== exact) throw new Error(`${zone} ${new Date(t).toISOString()}`);
        if (exact !== previous) {
          transitions++;
          for (let u = t - 37 * 60_000; u <= t; u += 60_000) check(u);
        }
        previous = exact;
      }
      expect(transitions).toBe(2);
    }
  });

  it('maps wall-clock times back to instants, earlier one in the autumn overlap, forward through the spring gap', () => {
    const wall = (iso: string) => utc(`${iso}Z`);
    expect(berlin.toUtc(wall('2026-07-01T12:00:00'))).toBe(utc('2026-07-01T10:00:00Z'));
    expect(berlin.toUtc(wall('2026-10-25T02:30:00'))).toBe(utc('2026-10-25T00:30:00Z'));
    expect(berlin.toUtc(wall('2026-03-29T02:30:00'))).toBe(utc('2026-03-29T01:30:00Z'));
  });

  it('reads local fields with Monday = 0', () => {
    expect(berlin.fields(utc('2026-03-29T22:30:00Z'))).toEqual({
      year: 2026,
      month: 3,
      day: 30,
      hour: 0,
      minute: 30,
      second: 0,
      weekday: 0,
    });
    expect(weekdayOfCivilDay(civilDay(utc('2026-03-29T12:00:00Z')))).toBe(6);
  });

  it('builds the per-capture index: the same UTC instant is another day and hour in Berlin', () => {
    const index = buildLocalIndex(
      Float64Array.of(utc('2026-03-29T22:30:00Z'), utc('2026-10-25T00:30:00Z')),
      'Europe/Berlin',
    );
    expect(Array.from(index.weekday)).toEqual([0, 6]);
    expect(Array.from(index.hour)).toEqual([0, 2]);
    expect(index.day[0]).toBe(utc('2026-03-30T00:00:00Z') / DAY);
  });

  it('converts wall-clock times of both transitions, in Berlin and New York', () => {
    // Spring: 02:30 does not exist and moves forward by the gap; autumn: 02:30 (01:30 in New York) happens
    // twice and is the earlier instant.
    expect(zonedToUtc(2026, 3, 29, 2, 30, 0, 0, 'Europe/Berlin')).toBe(utc('2026-03-29T01:30:00Z'));
    expect(zonedToUtc(2026, 3, 29, 3, 0, 0, 0, 'Europe/Berlin')).toBe(utc('2026-03-29T01:00:00Z'));
    expect(zonedToUtc(2026, 10, 25, 2, 30, 0, 0, 'Europe/Berlin')).toBe(utc('2026-10-25T00:30:00Z'));
    expect(zonedToUtc(2026, 10, 25, 3, 0, 0, 0, 'Europe/Berlin')).toBe(utc('2026-10-25T02:00:00Z'));
    expect(zonedToUtc(2026, 3, 8, 2, 30, 0, 0, 'America/New_York')).toBe(utc('2026-03-08T07:30:00Z'));
    expect(zonedToUtc(2026, 11, 1, 1, 30, 0, 0, 'America/New_York')).toBe(utc('2026-11-01T05:30:00Z'));
    expect(zonedToUtc(2026, 1, 15, 8, 0, 0, 250, 'America/New_York')).toBe(utc('2026-01-15T13:00:00.250Z'));
  });

  it('gives the offset at an instant just before and after each transition', () => {
    expect(zoneOffsetMs(utc('2026-03-08T06:59:59Z'), 'America/New_York')).toBe(-5 * HOUR);
    expect(zoneOffsetMs(utc('2026-03-08T07:00:00Z'), 'America/New_York')).toBe(-4 * HOUR);
    expect(zoneOffsetMs(utc('2026-11-01T05:59:59Z'), 'America/New_York')).toBe(-4 * HOUR);
    expect(zoneOffsetMs(utc('2026-11-01T06:00:00Z'), 'America/New_York')).toBe(-5 * HOUR);
    expect(zoneOffsetMs(utc('2026-06-01T00:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * HOUR);
  });

  it('finds the start of a local day, also on transition days and where midnight itself is skipped', () => {
    expect(startOfLocalDay('2026-03-29', 'Europe/Berlin')).toBe(utc('2026-03-28T23:00:00Z'));
    expect(startOfLocalDay('2026-03-30', 'Europe/Berlin')).toBe(utc('2026-03-29T22:00:00Z'));
    expect(startOfLocalDay('2026-10-26', 'Europe/Berlin')).toBe(utc('2026-10-25T23:00:00Z'));
    // São Paulo moved its clocks from 00:00 to 01:00 on 4 November 2018: the day began at 01:00 local.
    expect(startOfLocalDay('2018-11-04', 'America/Sao_Paulo')).toBe(utc('2018-11-04T03:00:00Z'));
    expect(startOfLocalDay('4.11.2018', 'Europe/Berlin')).toBeUndefined();
  });

  it('names the local calendar day of an instant', () => {
    expect(localIsoDay(utc('2026-03-29T22:30:00Z'), 'Europe/Berlin')).toBe('2026-03-30');
    expect(localIsoDay(utc('2026-03-29T21:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(localIsoDay(utc('2026-11-01T03:30:00Z'), 'America/New_York')).toBe('2026-10-31');
  });
});
