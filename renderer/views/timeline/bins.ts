// One pass over the on-screen slice of `visible`: counts per lane × pixel column, per category, and the OR of
// flags. Lanes with more marks than the plot has room for are drawn from these bins instead of mark by mark.
// Buffers are reused between frames (a pan frame allocates nothing once the width is stable).

import { CATEGORIES } from '../../../shared/model';
import type { ClipColumns } from '../../library/columns';
import { laneOf, type LaneLayout } from './lanes';
import type { View } from './scale';

export const CATEGORY_COUNT = CATEGORIES.length;

export interface Bins {
  lanes: number;
  columns: number;
  /** counts[lane * columns + col] */
  counts: Uint32Array;
  /** catCounts[(lane * columns + col) * CATEGORY_COUNT + category] */
  catCounts: Uint32Array;
  /** OR of the flag masks of everything in the cell. */
  flags: Uint16Array;
  laneTotals: Uint32Array;
}

export function allocBins(lanes: number, columns: number, previous?: Bins): Bins {
  if (previous && previous.lanes === lanes && previous.columns === columns) {
    previous.counts.fill(0);
    previous.catCounts.fill(0);
    previous.flags.fill(0);
    previous.laneTotals.fill(0);
    return previous;
  }
  const cells = lanes * columns;
  return {
    lanes,
    columns,
    counts: new Uint32Array(cells),
    catCounts: new Uint32Array(cells * CATEGORY_COUNT),
    flags: new Uint16Array(cells),
    laneTotals: new Uint32Array(lanes),
  };
}

/** Bins positions [lo, hi) of `visible` into `columnsPx` pixel columns of the view. */
export function binWindow(
  data: ClipColumns,
  visible: Uint32Array,
  lo: number,
  hi: number,
  view: View,
  columnsPx: number,
  layout: LaneLayout,
  previous?: Bins,
): Bins {
  const bins = allocBins(layout.lanes.length, columnsPx, previous);
  const scale = columnsPx / (view.end - view.start);
  const { ts, room, category, flags } = data;
  for (let k = lo; k < hi; k++) {
    const i = visible[k]!;
    const col = Math.floor((ts[i]! - view.start) * scale);
    if (col < 0 || col >= columnsPx) continue;
    const lane = laneOf(layout, room[i]!);
    const cell = lane * columnsPx + col;
    bins.counts[cell]!++;
    bins.catCounts[cell * CATEGORY_COUNT + category[i]!]!++;
    bins.flags[cell]! |= flags[i]!;
    bins.laneTotals[lane]!++;
  }
  return bins;
}

/** Category with the most captures in a cell (ties go to the earlier category). */
export function dominantCategory(bins: Bins, cell: number): number {
  const base = cell * CATEGORY_COUNT;
  let best = 0;
  for (let c = 1; c < CATEGORY_COUNT; c++) if (bins.catCounts[base + c]! > bins.catCounts[base + best]!) best = c;
  return best;
}

/** A lane switches to density drawing when its marks outnumber half the pixel columns (marks are ≥ 2 px wide). */
export const isDense = (bins: Bins, lane: number): boolean => bins.laneTotals[lane]! > bins.columns / 2;
