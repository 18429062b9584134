// Calendar grid maths: civil days of the household zone laid out GitHub-style, one block per year with
// weeks (Monday first) as columns and weekdays as rows, plus the local day bounds a click selects.

import { DAY, weekdayOfCivilDay, type ZoneClock } from '../../../shared/time/zones';

export interface YearBlock {
  year: number;
  /** Civil day number of 1 January. */
  firstDay: number;
  /** Number of days in the year. */
  days: number;
  /** Week columns needed (53 or 54). */
  weeks: number;
  /** Week column of the first day of each month (12 entries), for month labels. */
  monthWeeks: number[];
}

export const civilDayOf = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / DAY;

export function yearBlock(year: number): YearBlock {
  const firstDay = civilDayOf(year, 1, 1);
  const days = civilDayOf(year + 1, 1, 1) - firstDay;
  const lead = weekdayOfCivilDay(firstDay);
  const monthWeeks = Array.from({ length: 12 }, (_, m) =>
    Math.floor((civilDayOf(year, m + 1, 1) - firstDay + lead) / 7),
  );
  return { year, firstDay, days, weeks: Math.floor((days - 1 + lead) / 7) + 1, monthWeeks };
}

/** Where a civil day sits in its year's block. */
export function dayCell(block: YearBlock, day: number): { week: number; weekday: number } {
  const lead = weekdayOfCivilDay(block.firstDay);
  return { week: Math.floor((day - block.firstDay + lead) / 7), weekday: weekdayOfCivilDay(day) };
}

/** Year blocks covering the civil days first … last (inclusive), oldest first. */
export function yearsCovering(first: number, last: number): YearBlock[] {
  const fromYear = new Date(first * DAY).getUTCFullYear();
  const toYear = new Date(last * DAY).getUTCFullYear();
  const blocks: YearBlock[] = [];
  for (let y = fromYear; y <= toYear; y++) blocks.push(yearBlock(y));
  return blocks;
}

/** Captures per civil day from first … last; index 0 is day `first`. */
export function countPerDay(dayOfCapture: Int32Array, visible: Uint32Array, first: number, last: number): Uint32Array {
  const counts = new Uint32Array(Math.max(0, last - first + 1));
  for (let k = 0; k < visible.length; k++) {
    const d = dayOfCapture[visible[k]!]! - first;
    if (d >= 0 && d < counts.length) counts[d]!++;
  }
  return counts;
}

/** Local day as an epoch-ms half-open range [from, to): 23 or 25 hours long on transition days. */
export function dayBounds(day: number, clock: ZoneClock): { from: number; to: number } {
  return { from: clock.startOfDay(day), to: clock.startOfDay(day + 1) };
}

/** Colour level 0 (none) … 4 (busiest); square-root scale so one very busy day does not wash out the rest. */
export function countLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil(Math.sqrt(count / max) * 4)));
}

/** Grid navigation: columns are weeks, so left/right move a week and up/down a day; page keys move four weeks. */
export function moveDay(day: number, key: string): number {
  switch (key) {
    case 'ArrowLeft':
      return day - 7;
    case 'ArrowRight':
      return day + 7;
    case 'ArrowUp':
      return day - 1;
    case 'ArrowDown':
      return day + 1;
    case 'PageUp':
      return day - 28;
    case 'PageDown':
      return day + 28;
    default:
      return day;
  }
}
