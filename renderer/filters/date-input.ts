// <input type="date"> speaks local calendar days; filters speak epoch ms. Converts in the household zone.

import { zoneOffsetMs } from '../library/filters';

export function toLocalDateInput(ts: number | undefined, timeZone: string): string {
  if (ts === undefined) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ts);
  return parts; // en-CA formats as YYYY-MM-DD
}

/** Epoch ms of local midnight of `value` (YYYY-MM-DD) in the zone, DST-correct. */
export function fromLocalDateInput(value: string, timeZone: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const utcGuess = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Shift by the zone's offset at that moment, then correct once more across a DST change.
  let ts = utcGuess - zoneOffsetMs(utcGuess, timeZone);
  ts = utcGuess - zoneOffsetMs(ts, timeZone);
  return ts;
}
