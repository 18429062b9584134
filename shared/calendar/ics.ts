// A request's deadline as an iCalendar file (RFC 5545): one all-day event on the due day with a reminder a
// few days before, so the date lives in the household's own calendar and not only in a badge inside the app.
// Written here rather than by a library: one event, but escaping, CRLF and line folding must be exact.

import { addDays } from '../gdpr/deadlines';
import type { IsoDate } from '../i18n-format';

export interface CalendarEvent {
  /** Stable and globally unique (a request id + a domain), so a re-export updates the same event. */
  uid: string;
  /** All-day event on this local day. */
  day: IsoDate;
  summary: string;
  description?: string;
  /** Reminder this many days before the day (at 09:00 the day it fires is not portable; a relative trigger is). */
  remindDaysBefore?: number;
  /** When the file was written (DTSTAMP), epoch ms. */
  now: number;
}

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after CRLF + space, never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length ? 74 : 75; // continuation lines start with one space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basic = (day: IsoDate) => day.replace(/-/g, '');
const stamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');

export function calendarFile(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Earshot//Request deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp(event.now)}`,
    `DTSTART;VALUE=DATE:${basic(event.day)}`,
    `DTEND;VALUE=DATE:${basic(addDays(event.day, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    'TRANSP:TRANSPARENT',
  ];
  if (event.remindDaysBefore !== undefined && event.remindDaysBefore > 0) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      `TRIGGER:-P${event.remindDaysBefore}D`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
