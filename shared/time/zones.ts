// The one home of time-zone maths: offsets, wall clocks and local days in the household's zone, used by the
// importers, the filters, the canvas views and the reports. Intl is the only source of truth for zone rules
// (no tz database is shipped), but a call costs microseconds and a library has 100,000 captures, so offsets
// are cached: per UTC day when the day has one offset (almost every day), per UTC hour around a transition,
// and Intl is asked again only inside the rare hour that contains one. "Local ms" below means a fake-UTC
// epoch whose UTC fields read as the household's wall clock (ts + offset).

export const SECOND = 1_000;
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export interface WallFields {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

const mod = (a: number, b: number): number => ((a % b) + b) % b;

/** Days since 1970-01-01 of a local-ms value (the civil day it falls on). */
export const civilDay = (localMs: number): number => Math.floor(localMs / DAY);

/** 0 = Monday … 6 = Sunday; day 0 (1970-01-01) was a Thursday. */
export const weekdayOfCivilDay = (day: number): number => mod(day + 3, 7);

export class ZoneClock {
  private readonly format: Intl.DateTimeFormat;
  private readonly hourOffsets = new Map<number, number>();
  /** Per UTC day: its one offset, or null when a transition falls inside it. */
  private readonly dayOffsets = new Map<number, number | null>();

  constructor(readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      era: 'short',
    });
  }

  /** Offset (local − UTC, ms) straight from Intl; the slow path. */
  exactOffset(ts: number): number {
    const whole = ts - mod(ts, SECOND);
    const p: Record<string, string> = {};
    for (const part of this.format.formatToParts(whole)) p[part.type] = part.value;
    let year = Number(p.year);
    if (p.era === 'BC' || p.era === 'B') year = 1 - year;
    const hour = Number(p.hour) % 24;
    const wall = Date.UTC(year, Number(p.month) - 1, Number(p.day), hour, Number(p.minute), Number(p.second));
    return wall - whole;
  }

  private offsetOfHour(hourIndex: number): number {
    let offset = this.hourOffsets.get(hourIndex);
    if (offset === undefined) {
      offset = this.exactOffset(hourIndex * HOUR);
      this.hourOffsets.set(hourIndex, offset);
    }
    return offset;
  }

  /**
   * The offset of a whole UTC day, or null when it changes within the day. Zones change at most once a day,
   * so a day whose two ends agree has that offset throughout.
   */
  dayOffset(utcDay: number): number | null {
    let offset = this.dayOffsets.get(utcDay);
    if (offset === undefined) {
      const start = this.offsetOfHour(utcDay * 24);
      offset = start === this.offsetOfHour(utcDay * 24 + 24) ? start : null;
      this.dayOffsets.set(utcDay, offset);
    }
    return offset;
  }

  /** Offset at an instant. Exact: only an hour whose two ends disagree falls back to Intl. */
  offsetAt(ts: number): number {
    const whole = this.dayOffset(Math.floor(ts / DAY));
    if (whole !== null) return whole;
    const h = Math.floor(ts / HOUR);
    const a = this.offsetOfHour(h);
    return a === this.offsetOfHour(h + 1) ? a : this.exactOffset(ts);
  }

  toLocal(ts: number): number {
    return ts + this.offsetAt(ts);
  }

  fields(ts: number): WallFields {
    const local = this.toLocal(ts);
    const d = new Date(local);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      weekday: weekdayOfCivilDay(civilDay(local)),
    };
  }

  /**
   * The instant a wall-clock time (as local ms) denotes, with Temporal's "compatible" rule: a time that
   * occurs twice (autumn) is the earlier instant, a time skipped by a spring-forward gap moves forward by the gap.
   */
  toUtc(localMs: number): number {
    const before = this.offsetAt(localMs - DAY);
    const after = this.offsetAt(localMs + DAY);
    const candidates: number[] = [];
    for (const offset of before === after ? [before] : [before, after]) {
      const t = localMs - offset;
      if (this.offsetAt(t) === offset) candidates.push(t);
    }
    if (candidates.length > 0) return Math.min(...candidates);
    return localMs - before;
  }

  /** First instant of a civil day (midnight, or the end of a gap where midnight is skipped). */
  startOfDay(day: number): number {
    return this.toUtc(day * DAY);
  }
}

const clocks = new Map<string, ZoneClock>();

/** One shared clock per zone, so its offset cache survives across views and renders. */
export function zoneClock(timeZone: string): ZoneClock {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new ZoneClock(timeZone);
    clocks.set(timeZone, clock);
  }
  return clock;
}

/** Offset of `timeZone` from UTC at the instant `ts` (local − UTC), in ms, DST-correct. */
export function zoneOffsetMs(ts: number, timeZone: string): number {
  return zoneClock(timeZone).offsetAt(ts);
}

/**
 * Wall-clock time in `timeZone` → epoch ms (month 1–12). A time that occurs twice (autumn) is the earlier
 * instant; a time skipped by the spring gap moves forward by the gap.
 */
export function zonedToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  timeZone: string,
): number {
  return zoneClock(timeZone).toUtc(Date.UTC(year, month - 1, day, hour, minute, second, ms));
}

/** Epoch ms of the first instant of a calendar day (`YYYY-MM-DD`) in the zone, or undefined if malformed. */
export function startOfLocalDay(isoDay: string, timeZone: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return undefined;
  return zoneClock(timeZone).startOfDay(civilDay(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in the zone. */
export function localIsoDay(ts: number, timeZone: string): string {
  return new Date(zoneClock(timeZone).toLocal(ts)).toISOString().slice(0, 10);
}
