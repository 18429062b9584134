// Adaptive time-axis ticks in the household zone: the step grows from seconds to decades with the zoom.
// Hour ticks are generated from real instants (so the repeated 02:00 in autumn appears twice and the
// skipped 02:00 in spring not at all); day, month and year ticks from wall-clock dates (so a tick is
// always at local midnight, 23 or 25 hours apart around a transition).

import { DAY, HOUR, MINUTE, SECOND, civilDay, type ZoneClock } from '../../../shared/time/zones';

export type TickUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface TickStep {
  unit: TickUnit;
  n: number;
  /** Typical length, only used to choose a step. */
  approxMs: number;
}

const step = (unit: TickUnit, n: number, unitMs: number): TickStep => ({ unit, n, approxMs: n * unitMs });

export const TICK_STEPS: readonly TickStep[] = [
  ...[1, 5, 15, 30].map((n) => step('second', n, SECOND)),
  ...[1, 5, 15, 30].map((n) => step('minute', n, MINUTE)),
  ...[1, 3, 6, 12].map((n) => step('hour', n, HOUR)),
  step('day', 1, DAY),
  step('week', 1, 7 * DAY),
  ...[1, 3, 6].map((n) => step('month', n, 30.44 * DAY)),
  ...[1, 2, 5, 10].map((n) => step('year', n, 365.25 * DAY)),
];

/** Finest step whose ticks stay at least `minSpacingPx` apart. */
export function chooseStep(spanMs: number, widthPx: number, minSpacingPx = 90): TickStep {
  for (const s of TICK_STEPS) if ((s.approxMs / spanMs) * widthPx >= minSpacingPx) return s;
  return TICK_STEPS[TICK_STEPS.length - 1]!;
}

const MAX_TICKS = 2_000;
const mod = (a: number, b: number): number => ((a % b) + b) % b;

/** Tick instants (epoch ms) within [start, end]. */
export function generateTicks(start: number, end: number, s: TickStep, clock: ZoneClock): number[] {
  const out: number[] = [];
  const push = (t: number): boolean => {
    if (t >= start && t <= end && out[out.length - 1] !== t) out.push(t);
    return out.length < MAX_TICKS;
  };
  if (s.unit === 'second' || s.unit === 'minute') {
    const stepMs = s.approxMs;
    let offset = clock.offsetAt(start);
    let t = Math.ceil((start + offset) / stepMs) * stepMs - offset;
    while (t <= end) {
      const now = clock.offsetAt(t);
      if (now !== offset) {
        offset = now;
        t = Math.ceil((t + offset) / stepMs) * stepMs - offset;
        continue;
      }
      if (!push(t)) break;
      t += stepMs;
    }
  } else if (s.unit === 'hour') {
    // Walk real hours; in zones with a half-hour offset the local hour starts 30 min off the UTC hour.
    for (let u = Math.floor(start / HOUR) * HOUR - HOUR; u <= end + HOUR; u += HOUR) {
      const t = u - mod(clock.offsetAt(u), HOUR);
      const local = clock.toLocal(t);
      if (mod(local, HOUR) !== 0 || Math.floor(mod(local, DAY) / HOUR) % s.n !== 0) continue;
      if (!push(t)) break;
    }
  } else if (s.unit === 'day' || s.unit === 'week') {
    let day = civilDay(clock.toLocal(start));
    if (s.unit === 'week') day -= mod(day + 3, 7); // back to Monday
    const last = civilDay(clock.toLocal(end));
    for (; day <= last; day += s.unit === 'week' ? 7 : s.n) if (!push(clock.startOfDay(day))) break;
  } else {
    const from = clock.fields(start);
    const to = clock.fields(end);
    const months = s.unit === 'month' ? s.n : 12 * s.n;
    let m = from.year * 12 + from.month - 1;
    m -= mod(m, months);
    for (; m <= to.year * 12 + to.month - 1; m += months) {
      const local = Date.UTC(Math.floor(m / 12), mod(m, 12), 1);
      if (!push(clock.toUtc(local))) break;
    }
  }
  return out;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function fmt(
  language: string,
  timeZone: string,
  kind: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${kind}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

// Labels drawn, by tick, step, zone and language: the axis is drawn again on every filter change and pan
// frame with mostly the same ticks, and each label is an Intl call in the household's zone.
const labels = new Map<string, string>();
const LABELS_KEPT = 1000;

/** Localised label of a tick: finer steps show the date where the day changes (midnight, first of month, January). */
export function tickLabel(t: number, s: TickStep, clock: ZoneClock, language: 'de' | 'en'): string {
  const key = `${t}|${s.unit}|${clock.timeZone}|${language}`;
  let label = labels.get(key);
  if (label === undefined) {
    label = formatTick(t, s, clock, language);
    if (labels.size >= LABELS_KEPT) labels.clear();
    labels.set(key, label);
  }
  return label;
}

function formatTick(t: number, s: TickStep, clock: ZoneClock, language: 'de' | 'en'): string {
  const f = clock.fields(t);
  const tz = clock.timeZone;
  const dayMonth = () => fmt(language, tz, 'dm', { day: 'numeric', month: 'short' }).format(t);
  switch (s.unit) {
    case 'year':
      return fmt(language, tz, 'y', { year: 'numeric' }).format(t);
    case 'month':
      return f.month === 1
        ? fmt(language, tz, 'my', { month: 'short', year: 'numeric' }).format(t)
        : fmt(language, tz, 'm', { month: 'short' }).format(t);
    case 'week':
      return dayMonth();
    case 'day':
      return f.day === 1 ? dayMonth() : fmt(language, tz, 'wd', { weekday: 'short', day: 'numeric' }).format(t);
    case 'hour':
    case 'minute':
      if (f.hour === 0 && f.minute === 0) return dayMonth();
      return fmt(language, tz, 'hm', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(t);
    case 'second':
      return fmt(language, tz, 'hms', {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }).format(t);
  }
}

/** Full local date and time, for tooltips and the brush readout. */
export function formatInstant(t: number, timeZone: string, language: 'de' | 'en', withSeconds = true): string {
  return fmt(language, timeZone, withSeconds ? 'full-s' : 'full', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).format(t);
}
