import { describe, expect, it } from 'vitest';
import { ALL, NO_ROOM, binHeatmap, cellOf, cellValue, maxCount, moveCell } from '../../../renderer/views/heatmap/bin';
import { buildLocalIndex } from '../../../renderer/views/shared-canvas/local-index';
import { allVisible, columnsOf } from './fixtures';

// 2026-03-29 is a Sunday; Berlin switches to summer time at 01:00 UTC that night.
const columns = columnsOf([
  { at: '2026-03-28T23:30:00Z', room: 'kitchen' }, // Sun 00:30 CET
  { at: '2026-03-29T01:30:00Z', room: 'kitchen', flags: ['accidental'] }, // Sun 03:30 CEST
  { at: '2026-03-29T01:45:00Z', room: 'bedroom', flags: ['accidental', 'night'] }, // Sun 03:45 CEST
  { at: '2026-03-29T22:10:00Z' }, // Mon 00:10 CEST, no room
  { at: '2026-03-30T07:00:00Z', room: 'kitchen' }, // Mon 09:00
]);

describe('heatmap binning', () => {
  const index = buildLocalIndex(columns.ts, 'Europe/Berlin');
  const bins = binHeatmap(columns, allVisible(columns), index);

  it('bins by local weekday and hour, per room and for all rooms', () => {
    expect(cellValue(bins, ALL(bins), cellOf(6, 0)).count).toBe(1);
    expect(cellValue(bins, ALL(bins), cellOf(6, 3))).toEqual({ count: 2, accidental: 2, share: 1 });
    expect(cellValue(bins, 0, cellOf(6, 3))).toEqual({ count: 1, accidental: 1, share: 1 });
    expect(cellValue(bins, 1, cellOf(6, 3)).count).toBe(1);
    expect(cellValue(bins, NO_ROOM(bins), cellOf(0, 0)).count).toBe(1);
    expect(cellValue(bins, 0, cellOf(0, 9)).count).toBe(1);
    expect(cellValue(bins, ALL(bins), cellOf(6, 2)).count).toBe(0); // 02:00 did not exist that night
    expect(Array.from(bins.totals)).toEqual([3, 1, 1, 5]);
    expect(maxCount(bins, ALL(bins))).toBe(2);
  });

  it('bins only what passes the filter', () => {
    const filtered = binHeatmap(columns, Uint32Array.of(1, 4), index);
    expect(Array.from(filtered.totals)).toEqual([2, 0, 0, 2]);
    expect(cellValue(filtered, ALL(filtered), cellOf(6, 3)).share).toBe(1);
  });

  it('moves the focus cell inside the grid', () => {
    expect(moveCell(0, 0, 'ArrowUp')).toEqual({ weekday: 0, hour: 0 });
    expect(moveCell(6, 23, 'ArrowRight')).toEqual({ weekday: 6, hour: 23 });
    expect(moveCell(2, 5, 'ArrowDown')).toEqual({ weekday: 3, hour: 5 });
  });
});
