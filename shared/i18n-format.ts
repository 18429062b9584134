// Time-zone aware date and number formatting shared by letters, annexes and reports (Intl only, so it
// runs in Node and in a browser worker). Calendar dates travel as ISO strings 'YYYY-MM-DD': a due date is
// a day in the household's zone, not an instant, and strings compare and serialise without surprises.

import type { Language } from './model';

export type IsoDate = string;

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let format = partFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    partFormatters.set(timeZone, format);
  }
  return format;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Wall-clock parts of an instant in the given IANA zone. */
export function localParts(ts: number, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(ts)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The calendar day an instant falls on in the household's zone. */
export function localDate(ts: number, timeZone: string): IsoDate {
  const p = localParts(ts, timeZone);
  return isoDate(p.year, p.month, p.day);
}

/** Unambiguous local wall-clock time, same in both languages: `2025-03-15 14:05:09`. */
export function formatLocalDateTime(ts: number, timeZone: string): string {
  const p = localParts(ts, timeZone);
  return `${isoDate(p.year, p.month, p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** `2025-03-15T13:05:09Z` */
export function formatUtc(ts: number): string {
  return new Date(ts).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function parseIsoDate(value: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${value}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`no such day: ${value}`);
  }
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const locales: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** A calendar date as people write it in a letter: `15. März 2025` / `15 March 2025`. */
export function formatLongDate(date: IsoDate, lang: Language): string {
  const { year, month, day } = parseIsoDate(date);
  return new Intl.DateTimeFormat(locales[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, day));
}

/** Month label for charts: `Mär. 2025` / `Mar 2025`. */
export function formatMonth(month: string, lang: Language): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locales[lang], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year!, m! - 1, 1),
  );
}

// One formatter per language and style: making an Intl.NumberFormat costs about a hundred times what a format
// call does, and the views format a number per lane, day or cell on every filter change.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Language, percent: boolean): Intl.NumberFormat {
  const key = `${lang}${percent ? '%' : ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], percent ? { style: 'percent', maximumFractionDigits: 1 } : undefined);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, lang: Language): string {
  return numberFormat(lang, false).format(value);
}

/** `share` is 0..1. */
export function formatPercent(share: number, lang: Language): string {
  return numberFormat(lang, true).format(share);
}

/** Whole days from `from` to `to` (both calendar dates); negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
