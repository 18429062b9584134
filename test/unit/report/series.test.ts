// "Captures over time" picks days, weeks or months by the span of the data, with empty buckets kept.

import { describe, expect, it } from 'vitest';
import { overTime, weekStart } from '../../../shared/report/series';
import { buildSummary } from '../../../shared/report/summary';
import { given } from './builders';

describe('overTime', () => {
  it('counts per day for a few weeks of data, gaps as zeros', () => {
    expect(overTime(['2026-10-20', '2026-10-18', '2026-10-18'])).toEqual({
      unit: 'day',
      buckets: [
        { start: '2026-10-18', count: 2 },
        { start: '2026-10-19', count: 0 },
        { start: '2026-10-20', count: 1 },
      ],
    });
  });
  it('counts per ISO week (from Monday) for a few months', () => {
    expect(weekStart('2024-11-05')).toBe('2024-11-04');
    expect(weekStart('2024-11-10')).toBe('2024-11-04');
    expect(weekStart('2024-11-11')).toBe('2024-11-11');
    const series = overTime(['2024-11-05', '2024-11-10', '2025-01-01']);
    expect(series.unit).toBe('week');
    expect(series.buckets[0]).toEqual({ start: '2024-11-04', count: 2 });
    expect(series.buckets.at(-1)).toEqual({ start: '2024-12-30', count: 1 });
    expect(series.buckets).toHaveLength(9);
  });
  it('counts per month beyond half a year', () => {
    const series = overTime(['2024-01-31', '2024-09-01']);
    expect(series.unit).toBe('month');
    expect(series.buckets).toHaveLength(9);
    expect(series.buckets[0]).toEqual({ start: '2024-01-01', count: 1 });
  });
  it('is part of the summary, in local days of the household zone', () => {
    const s = buildSummary(given.household(), { privacy: 'counts', lang: 'de', asOf: '2025-05-15' });
    expect(s.overTime.unit).toBe('week');
    expect(s.overTime.buckets.reduce((a, b) => a + b.count, 0)).toBe(11);
    // 2025-01-12T23:10Z is 00:10 on Monday 13 January in Berlin: it belongs to the week of the 13th.
    expect(s.overTime.buckets.find((b) => b.start === '2025-01-13')!.count).toBe(1);
    expect(s.overTime.buckets.find((b) => b.start === '2025-01-06')!.count).toBe(2);
  });
});

describe('localStamper', () => {
  it('follows the DST switch within its day (Berlin, 30 March 2025 and 26 October 2025)', async () => {
    const { localStamper } = await import('../../../shared/report/clock');
    const stamp = localStamper('Europe/Berlin');
    expect(stamp(Date.parse('2025-03-30T00:59:59Z'))).toEqual({ day: '2025-03-30', month: '2025-03', hour: 1 });
    expect(stamp(Date.parse('2025-03-30T01:00:00Z')).hour).toBe(3);
    expect(stamp(Date.parse('2025-10-26T00:30:00Z')).hour).toBe(2);
    expect(stamp(Date.parse('2025-10-26T01:30:00Z')).hour).toBe(2);
    expect(stamp(Date.parse('2025-12-31T23:30:00Z'))).toEqual({ day: '2026-01-01', month: '2026-01', hour: 0 });
  });
});
