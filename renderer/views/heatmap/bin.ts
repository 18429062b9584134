// Hour-of-day × weekday binning for the heatmaps, in one pass over the filtered captures using the
// precomputed local weekday/hour (see shared-canvas/local-index.ts). Multiples: "all rooms", each room,
// and "no room"; cells hold counts and accidental counts so the view can toggle count vs share.

import { NO_REF, flagBit, type ClipColumns } from '../../library/columns';
import type { LocalIndex } from '../shared-canvas/local-index';

export const CELLS = 7 * 24;

/** Cell index of weekday (0 = Monday) and hour. */
export const cellOf = (weekday: number, hour: number): number => weekday * 24 + hour;

export interface HeatmapBins {
  rooms: number;
  /** Multiple m (0 … rooms-1 = room m, rooms = no room, rooms + 1 = all) × CELLS. */
  counts: Uint32Array;
  accidental: Uint32Array;
  /** Captures per multiple. */
  totals: Uint32Array;
}

export const ALL = (bins: HeatmapBins): number => bins.rooms + 1;
export const NO_ROOM = (bins: HeatmapBins): number => bins.rooms;

export function binHeatmap(columns: ClipColumns, visible: Uint32Array, index: LocalIndex): HeatmapBins {
  const rooms = columns.rooms.length;
  const multiples = rooms + 2;
  const bins: HeatmapBins = {
    rooms,
    counts: new Uint32Array(multiples * CELLS),
    accidental: new Uint32Array(multiples * CELLS),
    totals: new Uint32Array(multiples),
  };
  const accidentalBit = flagBit('accidental');
  const all = rooms + 1;
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    const cell = index.weekday[i]! * 24 + index.hour[i]!;
    const r = columns.room[i]!;
    const m = r === NO_REF || r >= rooms ? rooms : r;
    const accidental = (columns.flags[i]! & accidentalBit) !== 0 ? 1 : 0;
    bins.counts[m * CELLS + cell]!++;
    bins.counts[all * CELLS + cell]!++;
    bins.accidental[m * CELLS + cell]! += accidental;
    bins.accidental[all * CELLS + cell]! += accidental;
    bins.totals[m]!++;
    bins.totals[all]!++;
  }
  return bins;
}

export interface CellValue {
  count: number;
  accidental: number;
  /** accidental / count, 0 when empty */
  share: number;
}

export function cellValue(bins: HeatmapBins, multiple: number, cell: number): CellValue {
  const count = bins.counts[multiple * CELLS + cell]!;
  const accidental = bins.accidental[multiple * CELLS + cell]!;
  return { count, accidental, share: count > 0 ? accidental / count : 0 };
}

export function maxCount(bins: HeatmapBins, multiple: number): number {
  let max = 0;
  for (let c = 0; c < CELLS; c++) max = Math.max(max, bins.counts[multiple * CELLS + c]!);
  return max;
}

/** Moves a focus cell with the arrow keys: left/right = hour, up/down = weekday; stays inside the grid. */
export function moveCell(weekday: number, hour: number, key: string): { weekday: number; hour: number } {
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max, v));
  switch (key) {
    case 'ArrowLeft':
      return { weekday, hour: clamp(hour - 1, 23) };
    case 'ArrowRight':
      return { weekday, hour: clamp(hour + 1, 23) };
    case 'ArrowUp':
      return { weekday: clamp(weekday - 1, 6), hour };
    case 'ArrowDown':
      return { weekday: clamp(weekday + 1, 6), hour };
    case 'Home':
      return { weekday, hour: 0 };
    case 'End':
      return { weekday, hour: 23 };
    default:
      return { weekday, hour };
  }
}
