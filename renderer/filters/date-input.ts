// <input type="date"> speaks local calendar days; filters speak epoch ms. Converts in the household zone.

import { localIsoDay, startOfLocalDay } from '../../shared/time/zones';

export function toLocalDateInput(ts: number | undefined, timeZone: string): string {
  return ts === undefined ? '' : localIsoDay(ts, timeZone);
}

/** Epoch ms of the start of `value` (YYYY-MM-DD) in the zone, DST-correct. */
export function fromLocalDateInput(value: string, timeZone: string): number | undefined {
  return startOfLocalDay(value, timeZone);
}
