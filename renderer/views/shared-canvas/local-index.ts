// Per-capture local calendar fields (weekday, hour, civil day) in the household zone, computed once per
// columns + zone and shared by the heatmap and the calendar, so a filter change only re-bins typed arrays.

import type { ClipColumns } from '../../library/columns';
import { DAY, HOUR, civilDay, weekdayOfCivilDay, zoneClock } from '../../../shared/time/zones';

export interface LocalIndex {
  /** 0 = Monday … 6 = Sunday */
  weekday: Uint8Array;
  /** 0–23 */
  hour: Uint8Array;
  /** Civil day number (days since 1970-01-01 in the household zone). */
  day: Int32Array;
}

const cache = new WeakMap<ClipColumns, Map<string, LocalIndex>>();

export function buildLocalIndex(ts: Float64Array, timeZone: string): LocalIndex {
  const clock = zoneClock(timeZone);
  const n = ts.length;
  const index: LocalIndex = { weekday: new Uint8Array(n), hour: new Uint8Array(n), day: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    const local = clock.toLocal(ts[i]!);
    const day = civilDay(local);
    index.day[i] = day;
    index.weekday[i] = weekdayOfCivilDay(day);
    index.hour[i] = Math.floor((local - day * DAY) / HOUR);
  }
  return index;
}

export function localIndex(columns: ClipColumns, timeZone: string): LocalIndex {
  let byZone = cache.get(columns);
  if (!byZone) {
    byZone = new Map();
    cache.set(columns, byZone);
  }
  let index = byZone.get(timeZone);
  if (!index) {
    index = buildLocalIndex(columns.ts, timeZone);
    byZone.set(timeZone, index);
  }
  return index;
}
