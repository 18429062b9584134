// Time series of the report: captures per local month (always, for the JSON format) and "captures over time" at
// a granularity that gives a readable chart — days for a few weeks of data, ISO weeks for a few months, months
// otherwise — so a household with one month of exports does not get a chart with a single bar.

import { addDays } from '../gdpr/deadlines';
import { daysBetween, parseIsoDate, type IsoDate } from '../i18n-format';

export type SeriesUnit = 'day' | 'week' | 'month';

export interface OverTime {
  unit: SeriesUnit;
  /** `start` is the first local day of the bucket (YYYY-MM-DD; for months YYYY-MM-01). Empty buckets included. */
  buckets: { start: IsoDate; count: number }[];
}

/** Up to this many days of data are drawn per day, up to MAX_WEEK_DAYS per week, longer spans per month. */
const MAX_DAY_DAYS = 45;
const MAX_WEEK_DAYS = 26 * 7;

/** Every month from the first to the last, zeros included, so a chart shows gaps as gaps. */
export function monthSeries(months: readonly string[]): { month: string; count: number }[] {
  if (months.length === 0) return [];
  const counts = new Map<string, number>();
  for (const m of months) counts.set(m, (counts.get(m) ?? 0) + 1);
  const sorted = [...counts.keys()].sort();
  const [y0, m0] = sorted[0]!.split('-').map(Number) as [number, number];
  const [y1, m1] = sorted.at(-1)!.split('-').map(Number) as [number, number];
  const series: { month: string; count: number }[] = [];
  for (let i = y0 * 12 + m0 - 1; i <= y1 * 12 + m1 - 1; i++) {
    const month = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    series.push({ month, count: counts.get(month) ?? 0 });
  }
  return series;
}

/** Monday of the ISO week a local day falls in. */
export function weekStart(day: IsoDate): IsoDate {
  const { year, month, day: d } = parseIsoDate(day);
  const weekday = (new Date(Date.UTC(year, month - 1, d)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** `days` are the local days of the captures, in any order. */
export function overTime(days: readonly IsoDate[]): OverTime {
  if (days.length === 0) return { unit: 'day', buckets: [] };
  const sorted = [...days].sort();
  const span = daysBetween(sorted[0]!, sorted.at(-1)!) + 1;
  if (span > MAX_WEEK_DAYS) {
    return {
      unit: 'month',
      buckets: monthSeries(sorted.map((d) => d.slice(0, 7))).map((m) => ({ start: `${m.month}-01`, count: m.count })),
    };
  }
  const unit: SeriesUnit = span > MAX_DAY_DAYS ? 'week' : 'day';
  const keyOf = unit === 'week' ? weekStart : (d: IsoDate) => d;
  const counts = new Map<IsoDate, number>();
  for (const d of sorted) counts.set(keyOf(d), (counts.get(keyOf(d)) ?? 0) + 1);
  const buckets: { start: IsoDate; count: number }[] = [];
  const last = keyOf(sorted.at(-1)!);
  for (let start = keyOf(sorted[0]!); start <= last; start = addDays(start, unit === 'week' ? 7 : 1))
    buckets.push({ start, count: counts.get(start) ?? 0 });
  return { unit, buckets };
}
