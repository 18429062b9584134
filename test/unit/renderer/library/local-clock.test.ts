// localClock looks the zone offset up once per UTC day (a performance fix that `npm run bench` measures); these check it
// still gives every capture the same local day and hour as a direct Intl lookup, across DST changes.

import { describe, expect, it } from 'vitest';
import { buildColumns } from '../../../../renderer/library/columns';
import { localClock } from '../../../../renderer/library/filters';
import { ZoneClock } from '../../../../shared/time/zones';
import type { Capture } from '../../../../shared/model';

function columnsAt(times: number[]) {
  const captures: Capture[] = times.map((ts, i) => ({
    id: `c${i}`,
    source: 'alexa-archive',
    ts,
    transcriptStatus: 'ok',
    category: 'unclear',
    categoryConfidence: 1,
    flags: [],
    importIds: ['i'],
  }));
  return buildColumns(captures, [], []);
}

describe('localClock', () => {
  // Every 7 minutes across the spring and autumn changes of 2025 (Europe, US, Lord Howe's 30-minute DST).
  const times: number[] = [];
  for (const [from, to] of [
    [Date.UTC(2025, 2, 8), Date.UTC(2025, 2, 11)],
    [Date.UTC(2025, 2, 29), Date.UTC(2025, 3, 7)],
    [Date.UTC(2025, 9, 25), Date.UTC(2025, 10, 4)],
  ] as const)
    for (let ts = from; ts < to; ts += 7 * 60_000) times.push(ts);
  const columns = columnsAt(times);

  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'])(
    'matches a direct offset lookup in %s, also on transition days',
    (zone) => {
      const clock = localClock(columns, zone);
      const direct = new ZoneClock(zone);
      for (let i = 0; i < columns.count; i++) {
        const local = columns.ts[i]! + direct.exactOffset(columns.ts[i]!);
        const day = Math.floor(local / 86_400_000);
        expect([clock.day[i], clock.hour[i]]).toEqual([day, Math.floor((local - day * 86_400_000) / 3_600_000)]);
      }
    },
  );

  it('puts 23:30 UTC on 30 March 2025 on Monday 01:30 in Berlin (after the spring change)', () => {
    const clock = localClock(columnsAt([Date.UTC(2025, 2, 30, 23, 30)]), 'Europe/Berlin');
    expect([clock.weekday[0], clock.hour[0]]).toEqual([0, 1]);
  });
});
