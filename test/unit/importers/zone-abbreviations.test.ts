// Google's legacy HTML prints the export-time zone as an abbreviation from anywhere in the world: each must
// resolve to its offset (MSK is UTC+3, not local time), an unknown one must be reported, never guessed silently.

import { describe, expect, it } from 'vitest';
import { parseTimeValue, type ZoneNote } from '../../../shared/importers/times';
import { ZONE_ABBREVIATIONS, zoneAbbreviationOffset } from '../../../shared/time/zone-abbreviations';

const WINTER = Date.UTC(2020, 11, 10, 12);
const SUMMER = Date.UTC(2020, 6, 10, 12);

describe('zone abbreviation table', () => {
  it.each([
    ['MSK', 180],
    ['UTC', 0],
    ['GMT', 0],
    ['CET', 60],
    ['MEZ', 60],
    ['MESZ', 120],
    ['OEZ', 120],
    ['EEST', 180],
    ['IST', 330],
    ['JST', 540],
    ['KST', 540],
    ['AEST', 600],
    ['AEDT', 660],
    ['NZDT', 780],
    ['ACST', 570],
    ['NPT', 345],
    ['IRST', 210],
    ['NST', -210],
    ['HST', -600],
    ['AKDT', -480],
    ['PDT', -420],
    ['EST', -300],
    ['BRT', -180],
    ['SAST', 120],
    ['WIB', 420],
    ['GMT+3', 180],
    ['UTC-04:30', -270],
    ['GMT+05:30', 330],
    ['gmt+1', 60],
  ])('%s → %i minutes', (abbr, minutes) => expect(zoneAbbreviationOffset(abbr)).toBe(minutes));

  it('has every offset within the world’s range and holds the zones of all continents', () => {
    const offsets = Object.values(ZONE_ABBREVIATIONS);
    expect(Object.keys(ZONE_ABBREVIATIONS).length).toBeGreaterThan(150);
    expect(Math.min(...offsets)).toBeGreaterThanOrEqual(-720);
    expect(Math.max(...offsets)).toBeLessThanOrEqual(840);
  });

  it('reads an ambiguous abbreviation as the household zone when that zone goes by it', () => {
    expect(zoneAbbreviationOffset('CST', WINTER, 'America/Chicago')).toBe(-360);
    expect(zoneAbbreviationOffset('IST', WINTER, 'Asia/Kolkata')).toBe(330);
    expect(zoneAbbreviationOffset('BST', SUMMER, 'Europe/London')).toBe(60);
    expect(zoneAbbreviationOffset('CST', WINTER, 'Europe/Berlin')).toBe(-360);
  });

  it('does not know made-up abbreviations', () => {
    expect(zoneAbbreviationOffset('XYZT')).toBeUndefined();
    expect(zoneAbbreviationOffset('')).toBeUndefined();
    expect(zoneAbbreviationOffset('GMT+19')).toBeUndefined();
  });
});

describe('display dates with zones', () => {
  it('reads MSK as UTC+3 in English and German dates, not as the household’s local time', () => {
    expect(parseTimeValue('Dec 10, 2020, 7:44:15 AM MSK', 'Europe/Berlin')).toBe(Date.UTC(2020, 11, 10, 4, 44, 15));
    expect(parseTimeValue('10.12.2020, 07:44:15 MSK', 'Europe/Berlin')).toBe(Date.UTC(2020, 11, 10, 4, 44, 15));
    expect(parseTimeValue('Aug 25, 2020, 5:06:44 PM PDT', 'Europe/Berlin')).toBe(Date.UTC(2020, 7, 26, 0, 6, 44));
    expect(parseTimeValue('Mar 3, 2021, 9:15:00 PM GMT+5:30', 'Europe/Berlin')).toBe(Date.UTC(2021, 2, 3, 15, 45, 0));
  });

  it('notes an unknown abbreviation and a missing zone', () => {
    const unknown: ZoneNote = {};
    expect(parseTimeValue('Dec 10, 2020, 7:44:15 AM XYZT', 'Europe/Berlin', unknown)).toBe(
      Date.UTC(2020, 11, 10, 6, 44, 15),
    );
    expect(unknown).toEqual({ unknownZone: 'XYZT' });
    const none: ZoneNote = {};
    parseTimeValue('Jan 5, 2017, 7:44:15 AM', 'Europe/Berlin', none);
    expect(none).toEqual({ zoneless: true });
  });
});
