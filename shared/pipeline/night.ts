// Re-flags `night` for other night hours without touching anything else a capture carries (categories,
// voice flags, foreign): the CLI's `--night` after its import pipeline, and tests.

import { localHour } from '../classify/flags';
import type { Capture, Flag } from '../model';
import { isNightHour, type NightHours } from '../night';

export function reflagNight(captures: readonly Capture[], timeZone: string, night: NightHours): Capture[] {
  return captures.map((c) => {
    const hour = localHour(c.ts, timeZone);
    const flags: Flag[] = c.flags.filter((f) => f !== 'night');
    const flagReasons = (c.flagReasons ?? []).filter((r) => r.flag !== 'night');
    if (isNightHour(hour, night)) {
      flags.push('night');
      flagReasons.push({ flag: 'night', kind: 'time', detail: `${String(hour).padStart(2, '0')}:00` });
    }
    return { ...c, flags, flagReasons };
  });
}
