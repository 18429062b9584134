import { describe, expect, it } from 'vitest';
import {
  civilDayOf,
  countLevel,
  countPerDay,
  dayBounds,
  dayCell,
  yearBlock,
  yearsCovering,
} from '../../../renderer/views/calendar/days';
import { ZoneClock, weekdayOfCivilDay } from '../../../shared/time/zones';
import { buildLocalIndex } from '../../../renderer/views/shared-canvas/local-index';
import { allVisible, columnsOf } from './fixtures';

describe('calendar days', () => {
  it('lays 2026 out in Monday-first weeks: 1 Jan is a Thursday in week column 0', () => {
    const block = yearBlock(2026);
    expect(block.days).toBe(365);
    expect(dayCell(block, civilDayOf(2026, 1, 1))).toEqual({ week: 0, weekday: 3 });
    expect(dayCell(block, civilDayOf(2026, 1, 5))).toEqual({ week: 1, weekday: 0 });
    expect(dayCell(block, civilDayOf(2026, 12, 31))).toEqual({ week: 52, weekday: 3 });
    expect(block.weeks).toBe(53);
    expect(block.monthWeeks.slice(0, 3)).toEqual([0, 4, 8]);
  });

  it('covers every day of the range exactly once, each in its weekday row', () => {
    const first = civilDayOf(2024, 11, 20);
    const last = civilDayOf(2026, 2, 3);
    const blocks = yearsCovering(first, last);
    expect(blocks.map((b) => b.year)).toEqual([2024, 2025, 2026]);
    const seen = new Set<string>();
    for (const block of blocks) {
      for (let d = block.firstDay; d < block.firstDay + block.days; d++) {
        const cell = dayCell(block, d);
        expect(cell.weekday).toBe(weekdayOfCivilDay(d));
        expect(cell.week).toBeLessThan(block.weeks);
        const key = `${block.year}:${cell.week}:${cell.weekday}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
    expect(yearBlock(2024).days).toBe(366);
  });

  it('counts captures per local day and gives 23-hour and 25-hour day bounds at DST', () => {
    const columns = columnsOf([
      { at: '2026-03-28T23:30:00Z' },
      { at: '2026-03-29T21:59:00Z' },
      { at: '2026-03-29T22:00:00Z' },
    ]);
    const index = buildLocalIndex(columns.ts, 'Europe/Berlin');
    const first = civilDayOf(2026, 3, 28);
    expect(Array.from(countPerDay(index.day, allVisible(columns), first, first + 2))).toEqual([0, 2, 1]);
    const berlin = new ZoneClock('Europe/Berlin');
    const spring = dayBounds(civilDayOf(2026, 3, 29), berlin);
    expect(new Date(spring.from).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect((spring.to - spring.from) / 3_600_000).toBe(23);
    const autumn = dayBounds(civilDayOf(2026, 10, 25), berlin);
    expect((autumn.to - autumn.from) / 3_600_000).toBe(25);
  });

  it('maps counts to five colour levels', () => {
    expect([0, 1, 10, 50, 100].map((c) => countLevel(c, 100))).toEqual([0, 1, 2, 3, 4]);
  });
});
