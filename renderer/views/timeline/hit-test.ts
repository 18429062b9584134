// Which capture is under the pointer: the nearest mark in the pointer's lane within a few pixels, measured to
// the bar (a zoomed-in clip is a bar as long as its duration, so anywhere on it counts as a hit).

import type { ClipColumns } from '../../library/columns';
import { laneOf, type LaneLayout } from './lanes';
import { toTime, toX, type View } from './scale';
import { lowerBound } from './window';

export interface HitQuery {
  columns: ClipColumns;
  visible: Uint32Array;
  layout: LaneLayout;
  view: View;
  /** Plot width in CSS px (x = 0 is the plot's left edge). */
  width: number;
  lane: number;
  x: number;
  radiusPx: number;
  /** Longest clip in the columns, see maxDuration(). */
  maxDurationMs: number;
  /** Minimum drawn mark width; a mark is at least this wide even when its clip is shorter. */
  minMarkPx: number;
}

/** Scanning more than this many candidates means the lane is drawn as density bins anyway. */
const MAX_SCAN = 20_000;

/** Column index of the nearest mark, or -1. */
export function hitTest(q: HitQuery): number {
  const { columns, visible, view, width } = q;
  if (q.lane < 0) return -1;
  const from = toTime(q.x - q.radiusPx, view, width) - q.maxDurationMs;
  const to = toTime(q.x + q.radiusPx, view, width);
  let best = -1;
  let bestDistance = Infinity;
  const end = Math.min(visible.length, lowerBound(columns.ts, visible, to + 1e-9));
  let k = lowerBound(columns.ts, visible, from);
  for (let scanned = 0; k < end && scanned < MAX_SCAN; k++, scanned++) {
    const i = visible[k]!;
    if (laneOf(q.layout, columns.room[i]!) !== q.lane) continue;
    const x0 = toX(columns.ts[i]!, view, width);
    const x1 = Math.max(x0 + q.minMarkPx, toX(columns.ts[i]! + columns.durationMs[i]!, view, width));
    const distance = q.x < x0 ? x0 - q.x : q.x > x1 ? q.x - x1 : 0;
    // Ties (overlapping bars) go to the mark that starts nearest the pointer.
    if (
      distance < bestDistance ||
      (distance === bestDistance &&
        best >= 0 &&
        Math.abs(x0 - q.x) < Math.abs(toX(columns.ts[best]!, view, width) - q.x))
    ) {
      best = i;
      bestDistance = distance;
    }
  }
  return bestDistance <= q.radiusPx ? best : -1;
}
