// Fast local day/month/hour of many instants in one zone. Intl's formatToParts costs ~10–20 µs a call, and a
// report of 100,000 captures needs several per capture; the zone offset, however, only changes at DST
// transitions, so it is computed once per UTC day (twice, to notice a transition) and applied with Date's UTC
// getters. Days with a transition fall back to Intl for every instant.

import { isoDate, localParts, type IsoDate } from '../i18n-format';

export interface LocalStamp {
  day: IsoDate;
  month: string;
  hour: number;
}

const DAY = 86_400_000;

export function localStamper(timeZone: string): (ts: number) => LocalStamp {
  const offsets = new Map<number, number | null>();
  const offsetAt = (ts: number) => {
    const p = localParts(ts, timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ts / 1000) * 1000;
  };
  const stamp = (year: number, month: number, day: number, hour: number): LocalStamp => ({
    day: isoDate(year, month, day),
    month: isoDate(year, month, 1).slice(0, 7),
    hour,
  });
  return (ts) => {
    const bucket = Math.floor(ts / DAY);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const start = offsetAt(bucket * DAY);
      offset = start === offsetAt(bucket * DAY + DAY - 1000) ? start : null;
      offsets.set(bucket, offset);
    }
    if (offset === null) {
      const p = localParts(ts, timeZone);
      return stamp(p.year, p.month, p.day, p.hour);
    }
    const local = new Date(ts + offset);
    return stamp(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), local.getUTCHours());
  };
}
