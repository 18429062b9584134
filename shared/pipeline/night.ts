// Re-flags `night` for other night hours without touching anything else a capture carries (categories,
// voice flags, foreign): the CLI's `--night` after its import pipeline, and tests.

import { localHour } from '../classify/flags';
import type { Capture, Flag, FlagReason } from '../model';
import { isNightHour, type NightHours } from '../night';

export function reflagNight(captures: readonly Capture[], timeZone: string, night: NightHours): Capture[] {
  return captures.map((c) => {
    const hour = localHour(c.ts, timeZone);
    const isNight = isNightHour(hour, night);
    const detail = `${String(hour).padStart(2, '0')}:00`;
    // Most captures already carry what the new hours give (the CLI's default hours are the import's): those
    // are kept as they are instead of copied — a fifth of a million allocations on a large export.
    if (alreadyFlagged(c, isNight, detail)) return c;
    const flags: Flag[] = c.flags.filter((f) => f !== 'night');
    const flagReasons = (c.flagReasons ?? []).filter((r) => r.flag !== 'night');
    if (isNight) {
      flags.push('night');
      flagReasons.push({ flag: 'night', kind: 'time', detail });
    }
    return { ...c, flags, flagReasons };
  });
}

/** Whether re-flagging would give the same flags and reasons, in the same order, as `c` has. */
function alreadyFlagged(c: Capture, isNight: boolean, detail: string): boolean {
  const reasons: readonly FlagReason[] | undefined = c.flagReasons;
  if (!reasons) return false;
  const at = c.flags.indexOf('night');
  let nightReasons = 0;
  for (const r of reasons) if (r.flag === 'night') nightReasons++;
  if (!isNight) return at === -1 && nightReasons === 0;
  const last = reasons[reasons.length - 1];
  return (
    at === c.flags.length - 1 &&
    nightReasons === 1 &&
    last !== undefined &&
    last.flag === 'night' &&
    last.kind === 'time' &&
    last.detail === detail &&
    Object.keys(last).length === 3
  );
}
