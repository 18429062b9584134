// Time parsing for every shape the exports use: ISO-8601 with or without zone, epoch ms/s, times encoded in
// file names (Google "2018-04-16_11_42_55_659_UTC", CIFT "2018-05-15T15_07_41+0200", recorder names
// "20240312-071502"), German and US display dates. Zone-less local times are read in the household's zone;
// zone abbreviations resolve through shared/time/zone-abbreviations.ts, and an unknown one is reported.

import { zoneAbbreviationOffset } from '../time/zone-abbreviations';

// Zone offsets have one home: shared/time/zones.ts.
import { zoneOffsetMs } from '../time/zones';

/** Wall-clock time in `timeZone` → epoch ms. Two passes settle DST transitions. */
export function zonedToUtc(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  timeZone: string,
): number {
  const naive = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  let guess = naive - zoneOffsetMs(naive, timeZone);
  guess = naive - zoneOffsetMs(guess, timeZone);
  return guess;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** What a parsed display time said about its zone, for the import's notices. */
export interface ZoneNote {
  /** The time named no zone and was read in the fallback zone. */
  zoneless?: boolean;
  /** An abbreviation Earshot does not know; the time was read as the household's local time. */
  unknownZone?: string;
}

function assemble(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  zone: string | undefined,
  timeZone: string,
  note?: ZoneNote,
): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  if (zone === undefined || zone === '') {
    if (note) note.zoneless = true;
    return zonedToUtc(y, mo, d, h, mi, s, ms, timeZone);
  }
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  // ISO's UTC designator, on every row of an Amazon Intent CSV: no zone name to look up.
  if (zone === 'Z' || zone === 'z') return wall;
  const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (offset) {
    const minutes = (Number(offset[2]) * 60 + Number(offset[3])) * (offset[1] === '-' ? -1 : 1);
    return wall - minutes * 60_000;
  }
  const known = zoneAbbreviationOffset(zone, wall, timeZone);
  if (known !== undefined) return wall - known * 60_000;
  if (note) note.unknownZone = zone;
  return zonedToUtc(y, mo, d, h, mi, s, ms, timeZone);
}

function fraction(text: string | undefined): number {
  return text ? Math.round(Number(`0.${text}`) * 1000) : 0;
}

/** A cell or field value: ISO-8601, epoch seconds/ms, "26.11.2026 14:03(:12)", "11/26/2026 2:03 PM". */
export function parseTimeValue(
  value: string | number | undefined,
  timeZone: string,
  note?: ZoneNote,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value > 1e11 ? value : value * 1000;
  const text = value.trim();
  if (/^\d{12,14}$/.test(text)) return Number(text);
  if (/^\d{9,11}(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  let m =
    /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2}|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5})?$/i.exec(
      text,
    );
  if (m) return assemble(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0), fraction(m[7]), m[8], timeZone, note);
  m =
    /^(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*((?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5}|[+-]\d{2}:?\d{2})?$/i.exec(
      text,
    );
  if (m) return assemble(+m[3]!, +m[2]!, +m[1]!, +m[4]!, +m[5]!, +(m[6] ?? 0), 0, m[7], timeZone, note);
  m =
    /^([A-Z][a-z]{2})\w*\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?\s*((?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Z][A-Za-z]{1,4})?$/.exec(
      text.replace(/\u202f/g, ' '),
    );
  if (m) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    if (month === 0) return undefined;
    return assemble(+m[3]!, month, +m[2]!, to24(+m[4]!, m[7]), +m[5]!, +(m[6] ?? 0), 0, m[8], timeZone, note);
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?$/i.exec(text);
  if (m) return assemble(+m[3]!, +m[1]!, +m[2]!, to24(+m[4]!, m[7]), +m[5]!, +(m[6] ?? 0), 0, undefined, timeZone);
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return assemble(+m[1]!, +m[2]!, +m[3]!, 0, 0, 0, 0, undefined, timeZone);
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function to24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toUpperCase() === 'PM';
  return (hour % 12) + (pm ? 12 : 0);
}

/**
 * A time encoded in a file name. Separators vary ("_", "-", "T", " "); a zone suffix (UTC, Z, +0200) wins,
 * otherwise the name is local time in `timeZone`. Returns undefined when the name holds no full date-time.
 */
export function parseTimeFromName(name: string, timeZone: string): number | undefined {
  const pattern =
    /(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})[T_ -]?(\d{2})[-_.:h]?(\d{2})[-_.:m]?(\d{2})(?:[._-](\d{1,3})(?!\d))?[_ ]?(UTC|Z|[+-]\d{4}|[+-]\d{2}[:_]\d{2})?/gi;
  // Serials and ids also contain digit runs: take the first match that is a plausible date.
  for (const m of name.matchAll(pattern)) {
    const year = +m[1]!;
    if (year < 2000 || year > 2100) continue;
    const zone = m[8]?.replace('_', ':');
    const ts = assemble(
      year,
      +m[2]!,
      +m[3]!,
      +m[4]!,
      +m[5]!,
      +m[6]!,
      m[7] ? Number(m[7].padEnd(3, '0')) : 0,
      zone,
      timeZone,
    );
    if (ts !== undefined) return ts;
  }
  return undefined;
}
