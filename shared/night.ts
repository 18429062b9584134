// Which local hours count as night. A household going to bed at 22:00 sets 22–6; every `night` flag, the
// overview, reports and the CLI (`--night 22-6`) use the same hours (docs/taxonomy.md, "night").

export interface NightHours {
  /** First night hour, 0–23 (inclusive). */
  from: number;
  /** First hour after the night, 0–23 (exclusive). */
  to: number;
}

export const DEFAULT_NIGHT_HOURS: NightHours = { from: 23, to: 6 };

/** Whether a local hour is at night; spans may wrap past midnight (23–6) or not (0–5). */
export function isNightHour(hour: number, night: NightHours = DEFAULT_NIGHT_HOURS): boolean {
  if (night.from === night.to) return false;
  return night.from < night.to ? hour >= night.from && hour < night.to : hour >= night.from || hour < night.to;
}

/** "22-6" or "22–6" → { from: 22, to: 6 }; anything else throws with a message saying what is expected. */
export function parseNightHours(text: string): NightHours {
  const match = /^\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\s*$/.exec(text);
  const from = match ? Number(match[1]) : NaN;
  const to = match ? Number(match[2]) : NaN;
  if (!match || from > 23 || to > 23 || from === to)
    throw new Error(`Night hours must look like 22-6 (two different hours from 0 to 23), not "${text}"`);
  return { from, to };
}

/** "23–6" for labels. */
export const formatNightHours = (night: NightHours): string => `${night.from}–${night.to}`;
