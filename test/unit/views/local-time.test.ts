import { describe, expect, it } from 'vitest';
import { DAY, HOUR, ZoneClock, civilDay, weekdayOfCivilDay } from '../../../renderer/views/shared-canvas/local-time';
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
});
