// One choice for "the recordings of June": the months the library spans, each setting the date range to
// that whole month in the household's zone. Typing two dates was the slowest step of the usability pass.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDay } from '../../shared/time/zones';
import { fromLocalDateInput } from './date-input';

/** "YYYY-MM" of every month from the first to the last capture, newest first (at most five years). */
export function monthsSpanned(ts: ArrayLike<number>, timeZone: string): string[] {
  if (!ts.length) return [];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < ts.length; i++) {
    const v = ts[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const [y0, m0] = localIsoDay(min, timeZone).split('-').map(Number) as [number, number];
  const [y1, m1] = localIsoDay(max, timeZone).split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let y = y1, m = m1; (y > y0 || (y === y0 && m >= m0)) && out.length < 60; m === 1 ? (y--, (m = 12)) : m--)
    out.push(`${y}-${String(m).padStart(2, '0')}`);
  return out;
}

/** Start of the month and start of the next, in the zone. */
export function monthRange(month: string, timeZone: string): { from: number; to: number } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: fromLocalDateInput(`${month}-01`, timeZone)!, to: fromLocalDateInput(`${next}-01`, timeZone)! };
}

export function MonthPick({
  ts,
  timeZone,
  from,
  to,
  onChange,
}: {
  ts: ArrayLike<number>;
  timeZone: string;
  from?: number;
  to?: number;
  onChange(range: { from?: number; to?: number }): void;
}) {
  const { t, i18n } = useTranslation();
  const months = useMemo(() => monthsSpanned(ts, timeZone), [ts, timeZone]);
  // The filter bar renders on every filter change: the months' ranges and names are computed once per
  // library, zone and language (a new Intl.DateTimeFormat per option and render cost more than the filtering).
  // The ranges (two zone conversions a month) only while a date range is set: they tell which month it is,
  // and a cold start without one paints sooner.
  const ranged = from !== undefined && to !== undefined;
  const ranges = useMemo(
    () => (ranged ? months.map((month) => monthRange(month, timeZone)) : []),
    [months, timeZone, ranged],
  );
  const names = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return months.map((month) => {
      const [y, m] = month.split('-').map(Number) as [number, number];
      return format.format(Date.UTC(y, m - 1, 15));
    });
  }, [months, i18n.language]);
  if (months.length < 1) return null;
  const at = ranges.findIndex((r) => r.from === from && r.to === to);
  const current = at >= 0 ? months[at]! : '';
  return (
    <select
      className="filter-month"
      aria-label={t('filterUi.month')}
      value={current}
      data-testid="filter-month"
      onChange={(e) => onChange(e.target.value ? monthRange(e.target.value, timeZone) : {})}
    >
      <option value="">{t('filterUi.month')}</option>
      {months.map((month, i) => (
        <option key={month} value={month}>
          {names[i]}
        </option>
      ))}
    </select>
  );
}
