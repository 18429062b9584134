// The numbers of the Library overview, computed in one pass over the columnar index. What the exports cannot
// tell stays unknown: the accidental share counts only captures whose export says why it has (no) text.

import { FLAGS, SENSITIVE_FLAGS, SOURCES, TRANSCRIPT_STATUSES, type Flag } from '../../shared/model';
import { NO_REF, sourceBits, type ClipColumns } from './columns';
import type { LocalClock } from './filters';

export interface OverviewStats {
  total: number;
  first: number | null;
  last: number | null;
  perRoom: { roomIndex: number; count: number }[];
  perSource: { source: (typeof SOURCES)[number]; count: number }[];
  accidental: number;
  /** Captures whose export tells whether they were intended (transcript status not `missing`). */
  accidentalKnown: number;
  nightPrivate: number;
  /** Night captures per private room (room index), most first. */
  nightPerRoom: { roomIndex: number; count: number }[];
  sensitive: number;
  perSensitive: { flag: Flag; count: number }[];
  /** Captures without text, so the sensitive-topic rules had nothing to read. */
  withoutText: number;
  child: number;
  /** Five most recorded local hours of the day. */
  topHours: { hour: number; count: number }[];
}

const bit = (flag: Flag) => 1 << FLAGS.indexOf(flag);
const MISSING = TRANSCRIPT_STATUSES.indexOf('missing');
const OK = TRANSCRIPT_STATUSES.indexOf('ok');

export function overviewStats(columns: ClipColumns, visible: Uint32Array, clock: LocalClock): OverviewStats {
  const rooms = new Uint32Array(columns.rooms.length + 1);
  const nightRooms = new Uint32Array(columns.rooms.length);
  const sources = new Uint32Array(SOURCES.length);
  const hours = new Uint32Array(24);
  const sensitiveCounts = new Uint32Array(SENSITIVE_FLAGS.length);
  let accidental = 0;
  let accidentalKnown = 0;
  let nightPrivate = 0;
  let sensitive = 0;
  let withoutText = 0;
  let child = 0;
  const accidentalBit = bit('accidental');
  const nightBit = bit('night');
  const childBit = bit('child');
  const sensitiveBits = SENSITIVE_FLAGS.map(bit);
  const sensitiveMask = sensitiveBits.reduce((a, b) => a | b, 0);
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    const room = columns.room[i]!;
    rooms[room === NO_REF ? columns.rooms.length : room]!++;
    // A merged capture counts under each export that holds it (archive and voice history).
    const sourceMask = sourceBits(columns, i);
    for (let b = 0; b < SOURCES.length; b++) if (sourceMask & (1 << b)) sources[b]!++;
    hours[clock.hour[i]!]!++;
    const flags = columns.flags[i]!;
    const status = columns.status[i]!;
    if (status !== MISSING) {
      accidentalKnown++;
      if (flags & accidentalBit) accidental++;
    }
    if (status !== OK) withoutText++;
    if (flags & nightBit && room !== NO_REF && columns.rooms[room]?.private) {
      nightPrivate++;
      nightRooms[room]!++;
    }
    if (flags & sensitiveMask) {
      sensitive++;
      sensitiveBits.forEach((b, s) => {
        if (flags & b) sensitiveCounts[s]!++;
      });
    }
    if (flags & childBit) child++;
  }
  const ranked = (counts: Uint32Array) =>
    [...counts]
      .map((count, roomIndex) => ({ roomIndex, count }))
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count);
  return {
    total: visible.length,
    first: visible.length ? columns.ts[visible[0]!]! : null,
    last: visible.length ? columns.ts[visible[visible.length - 1]!]! : null,
    perRoom: ranked(rooms),
    perSource: SOURCES.map((source, i) => ({ source, count: sources[i]! })).filter((s) => s.count > 0),
    accidental,
    accidentalKnown,
    nightPrivate,
    nightPerRoom: ranked(nightRooms),
    sensitive,
    perSensitive: SENSITIVE_FLAGS.map((flag, s) => ({ flag: flag as Flag, count: sensitiveCounts[s]! })).filter(
      (s) => s.count > 0,
    ),
    withoutText,
    child,
    topHours: [...hours]
      .map((count, hour) => ({ hour, count }))
      .filter((h) => h.count > 0)
      .sort((a, b) => b.count - a.count || a.hour - b.hour)
      .slice(0, 5),
  };
}
