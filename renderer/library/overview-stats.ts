// The numbers of the Library overview, computed in one pass over the columnar index.

import { FLAGS, SOURCES } from '../../shared/model';
import { NO_REF, sourceBits, type ClipColumns } from './columns';
import type { LocalClock } from './filters';

export interface OverviewStats {
  total: number;
  first: number | null;
  last: number | null;
  perRoom: { roomIndex: number; count: number }[];
  perSource: { source: (typeof SOURCES)[number]; count: number }[];
  accidental: number;
  nightPrivate: number;
  /** Five most recorded local hours of the day. */
  topHours: { hour: number; count: number }[];
}

const bit = (flag: (typeof FLAGS)[number]) => 1 << FLAGS.indexOf(flag);

export function overviewStats(columns: ClipColumns, visible: Uint32Array, clock: LocalClock): OverviewStats {
  const rooms = new Uint32Array(columns.rooms.length + 1);
  const sources = new Uint32Array(SOURCES.length);
  const hours = new Uint32Array(24);
  let accidental = 0;
  let nightPrivate = 0;
  const accidentalBit = bit('accidental');
  const nightPrivateBits = bit('night') | bit('private-room');
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    const room = columns.room[i]!;
    rooms[room === NO_REF ? columns.rooms.length : room]!++;
    // A merged capture counts under each export that holds it (archive and voice history).
    const sourceMask = sourceBits(columns, i);
    for (let b = 0; b < SOURCES.length; b++) if (sourceMask & (1 << b)) sources[b]!++;
    hours[clock.hour[i]!]!++;
    const flags = columns.flags[i]!;
    if (flags & accidentalBit) accidental++;
    if ((flags & nightPrivateBits) === nightPrivateBits) nightPrivate++;
  }
  return {
    total: visible.length,
    first: visible.length ? columns.ts[visible[0]!]! : null,
    last: visible.length ? columns.ts[visible[visible.length - 1]!]! : null,
    perRoom: [...rooms]
      .map((count, roomIndex) => ({ roomIndex, count }))
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count),
    perSource: SOURCES.map((source, i) => ({ source, count: sources[i]! })).filter((s) => s.count > 0),
    accidental,
    nightPrivate,
    topHours: [...hours]
      .map((count, hour) => ({ hour, count }))
      .filter((h) => h.count > 0)
      .sort((a, b) => b.count - a.count || a.hour - b.hour)
      .slice(0, 5),
  };
}
