// "The recordings of June" in one choice: the months the library spans, newest first, each a whole local
// month in the household's zone (across a DST change), so the filter holds exactly that month's captures.
import { describe, expect, it } from 'vitest';
import { monthRange, monthsSpanned } from '../../../../renderer/filters/MonthPick';

const TZ = 'Europe/Berlin';

describe('month pick of the filter bar', () => {
  it('lists every month from the first to the last capture, newest first, in local time', () => {
    const ts = [Date.UTC(2026, 7, 31, 22, 30), Date.UTC(2026, 5, 10), Date.UTC(2025, 11, 31, 23, 30)];
    // 31.08. 22:30 UTC is 1 September in Berlin; 31.12.2025 23:30 UTC is 1 January 2026.
    expect(monthsSpanned(ts, TZ)).toEqual([
      '2026-09',
      '2026-08',
      '2026-07',
      '2026-06',
      '2026-05',
      '2026-04',
      '2026-03',
      '2026-02',
      '2026-01',
    ]);
    expect(monthsSpanned([], TZ)).toEqual([]);
  });

  it('covers a whole local month, across the change to summer time and the turn of the year', () => {
    const march = monthRange('2026-03', TZ);
    expect(march.from).toBe(Date.UTC(2026, 1, 28, 23));
    expect(march.to).toBe(Date.UTC(2026, 2, 31, 22));
    const december = monthRange('2026-12', TZ);
    expect(december.to).toBe(Date.UTC(2026, 11, 31, 23));
    const june = monthRange('2026-06', TZ);
    const inJune = (t: number) => t >= june.from && t < june.to;
    expect(inJune(Date.UTC(2026, 4, 31, 22))).toBe(true); // 1 June 00:00 in Berlin
    expect(inJune(Date.UTC(2026, 5, 30, 21, 59))).toBe(true); // 30 June 23:59
    expect(inJune(Date.UTC(2026, 5, 30, 22))).toBe(false); // 1 July
  });
});
