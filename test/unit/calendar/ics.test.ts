import { describe, expect, it } from 'vitest';
import { calendarFile, escapeText, foldLine } from '../../../shared/calendar/ics';

const event = {
  uid: 'request-42@earshot.local',
  day: '2027-01-04',
  summary: 'Frist: Löschung, Amazon; bitte prüfen',
  description: 'Zeile 1\nZeile 2, mit Komma \\ und Backslash',
  remindDaysBefore: 3,
  now: Date.UTC(2026, 11, 2, 17, 5, 9, 123),
};

/** Unfolds continuation lines the way a calendar reads them. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('calendar file of a deadline', () => {
  it('is one all-day event with UID, DTSTAMP in UTC and a reminder days before', () => {
    const ics = calendarFile(event);
    const lines = unfold(ics).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('UID:request-42@earshot.local');
    expect(lines).toContain('DTSTAMP:20261202T170509Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270104');
    expect(lines).toContain('DTEND;VALUE=DATE:20270105');
    const alarm = lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM') + 1);
    expect(alarm).toEqual([
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Frist: Löschung\\, Amazon\\; bitte prüfen',
      'TRIGGER:-P3D',
      'END:VALARM',
    ]);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('uses CRLF only, ends with CRLF and folds lines longer than 75 octets', () => {
    const ics = calendarFile({ ...event, description: 'ä'.repeat(200) });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(unfold(ics)).toContain(`DESCRIPTION:${'ä'.repeat(200)}`);
  });

  it('escapes backslash, semicolon, comma and newlines in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(unfold(calendarFile(event))).toContain('DESCRIPTION:Zeile 1\\nZeile 2\\, mit Komma \\\\ und Backslash');
  });

  it('never splits a multi-byte character when folding', () => {
    const folded = foldLine(`SUMMARY:${'€'.repeat(40)}`);
    for (const part of folded.split('\r\n '))
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).not.toThrow();
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'€'.repeat(40)}`);
  });

  it('leaves the alarm out when no reminder is wanted', () => {
    expect(calendarFile({ ...event, remindDaysBefore: 0 })).not.toContain('VALARM');
  });
});
