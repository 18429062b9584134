// Fast local day/month/hour of many instants in one zone, for reports of 100,000 captures: the shared zone
// clock (shared/time/zones.ts) caches the offset per UTC day, so this costs Date's UTC getters per capture.

import { isoDate, type IsoDate } from '../i18n-format';
import { zoneClock } from '../time/zones';

export interface LocalStamp {
  day: IsoDate;
  month: string;
  hour: number;
}

export function localStamper(timeZone: string): (ts: number) => LocalStamp {
  const clock = zoneClock(timeZone);
  return (ts) => {
    const local = new Date(clock.toLocal(ts));
    const [year, month, day] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
    return { day: isoDate(year, month, day), month: isoDate(year, month, 1).slice(0, 7), hour: local.getUTCHours() };
  };
}
