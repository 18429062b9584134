import { describe, expect, it } from 'vitest';
import { buildLanes, laneAtY, laneOf } from '../../../renderer/views/timeline/lanes';
import { hitTest, type HitQuery } from '../../../renderer/views/timeline/hit-test';
import { binWindow, dominantCategory, isDense } from '../../../renderer/views/timeline/bins';
import { visibleWindow, maxDuration } from '../../../renderer/views/timeline/window';
import { CATEGORIES } from '../../../shared/model';
import { ROOMS, allVisible, columnsOf } from './fixtures';

const columns = columnsOf([
  { at: '2026-05-01T10:00:00Z', room: 'kitchen' },
  { at: '2026-05-01T10:00:30Z', room: 'bedroom', category: 'media' },
  { at: '2026-05-01T10:01:00Z', room: 'kitchen', durationMs: 20_000 },
  { at: '2026-05-01T10:03:00Z' },
]);
const visible = allVisible(columns);
const layout = buildLanes(ROOMS, 40, 30);
// 0.1 s per pixel: 10:00:00 at x = 0, 10:01:00 at x = 600
const view = { start: Date.parse('2026-05-01T10:00:00Z'), end: Date.parse('2026-05-01T10:04:00Z') };
const query = (lane: number, x: number): HitQuery => ({
  columns,
  visible,
  layout,
  view,
  width: 2400,
  lane,
  x,
  radiusPx: 6,
  maxDurationMs: maxDuration(columns.durationMs),
  minMarkPx: 2,
});

describe('timeline lanes and hit testing', () => {
  it('lays out one lane per room plus "no room", below the axis', () => {
    expect(layout.lanes.map((l) => [l.room, l.private])).toEqual([
      [0, false],
      [1, true],
      [null, false],
    ]);
    expect([
      laneAtY(layout, 10),
      laneAtY(layout, 31),
      laneAtY(layout, 75),
      laneAtY(layout, 149),
      laneAtY(layout, 151),
    ]).toEqual([-1, 0, 1, 2, -1]);
    expect(laneOf(layout, columns.room[3]!)).toBe(2);
  });

  it('finds the nearest mark in the pointer lane only', () => {
    expect(hitTest(query(0, 3))).toBe(0);
    expect(hitTest(query(1, 3))).toBe(-1);
    expect(hitTest(query(1, 302))).toBe(1);
    expect(hitTest(query(2, 1800))).toBe(3);
  });

  it('hits anywhere along a bar as long as the clip, and nothing beyond the radius', () => {
    expect(hitTest(query(0, 700))).toBe(2); // 10:01:10, inside the 20 s clip
    expect(hitTest(query(0, 805))).toBe(2); // 0.5 px after its end
    expect(hitTest(query(0, 820))).toBe(-1);
  });

  it('bins only the window and switches busy lanes to density drawing', () => {
    const [lo, hi] = visibleWindow(columns.ts, visible, view.start + 1, view.end);
    expect([lo, hi]).toEqual([1, 4]);
    const bins = binWindow(columns, visible, 0, 4, view, 2, layout); // two pixel columns of two minutes each
    expect(Array.from(bins.laneTotals)).toEqual([2, 1, 1]);
    expect(Array.from(bins.counts.slice(0, 2))).toEqual([2, 0]); // both kitchen clips in the first column
    expect(CATEGORIES[dominantCategory(bins, 2 + 0)]).toBe('media');
    expect(isDense(bins, 0)).toBe(true);
    expect(isDense(bins, 1)).toBe(false);
  });
});
