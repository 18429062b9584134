// The annex as CSV (what a spreadsheet user opens) and the letter as HTML/mailto (what gets printed or mailed).

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { annexToCsv, buildAnnex } from '../../../shared/gdpr/annex';
import { controllerById } from '../../../shared/gdpr/controllers';
import { erasureLetter } from '../../../shared/gdpr/letters/erasure';
import { mailtoHref, renderLetterHtml } from '../../../shared/gdpr/render';
import { given } from '../report/builders';

const h = given.household();
const ctx = { devices: h.devices, rooms: h.rooms, timeZone: h.timeZone };

describe('annex CSV', () => {
  const hostile = [
    given.capture({
      at: '2025-02-01T10:00:00Z',
      device: 'EK1',
      transcript: '=HYPERLINK("http://evil","klick")',
      providerRecordId: 'r1',
    }),
    given.capture({ at: '2025-02-01T11:00:00Z', device: 'EK1', transcript: '+49 30 1234', providerRecordId: 'r2' }),
    given.capture({
      at: '2025-02-01T12:00:00Z',
      device: 'EK1',
      transcript: '-2 grad, "kalt"; sagt Jürgen',
      providerRecordId: 'r3',
    }),
    given.capture({
      at: '2025-02-01T13:00:00Z',
      device: 'EK1',
      transcript: '@alexa spiel Ärzte, Öl und Straße',
      providerRecordId: 'r4',
    }),
  ];
  const csv = annexToCsv(buildAnnex(hostile, { ...ctx, lang: 'de' }), 'de', h.timeZone);

  it('starts with a UTF-8 BOM and uses CRLF rows', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')).toHaveLength(hostile.length + 2);
  });
  it('round-trips quotes, commas and umlauts through an RFC 4180 parser', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([
      'Nr.',
      'Ortszeit (Europe/Berlin)',
      'UTC',
      'Gerät',
      'Raum',
      'Transkript / Status',
      'Datensatz-/Äußerungs-ID',
    ]);
    expect(parsed[4]![5]).toBe("'@alexa spiel Ärzte, Öl und Straße");
    expect(parsed[3]![5]).toBe('\'-2 grad, "kalt"; sagt Jürgen');
    expect(parsed[1]![3]).toBe('Echo Küche');
    expect(parsed[1]![4]).toBe('Küche');
  });
  it('prefixes every cell starting with = + - @ with an apostrophe', () => {
    const texts = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true })
      .data.slice(1)
      .map((r) => r[5]);
    expect(texts).toEqual([
      '\'=HYPERLINK("http://evil","klick")',
      "'+49 30 1234",
      '\'-2 grad, "kalt"; sagt Jürgen',
      "'@alexa spiel Ärzte, Öl und Straße",
    ]);
  });
  it('gives local time in the household zone and UTC side by side', () => {
    const row = buildAnnex([given.capture({ at: '2025-07-01T22:15:00Z' })], { ...ctx, lang: 'en' })[0]!;
    expect(row.localTime).toBe('2025-07-02 00:15:00');
    expect(row.utcTime).toBe('2025-07-01T22:15:00Z');
  });
});

describe('letter HTML and mailto', () => {
  const evil = given.capture({
    at: '2025-01-05T10:00:00Z',
    device: 'EK1',
    room: 'kitchen',
    transcript: '<script>alert(1)</script> & "mehr"',
    providerRecordId: 'x1',
  });
  const letter = erasureLetter({
    ...ctx,
    lang: 'de',
    date: '2025-01-31',
    identity: { name: '<b>Eva</b>' },
    controller: controllerById('amazon-eu'),
    captures: [evil],
  });
  const html = renderLetterHtml(letter);

  it('escapes transcripts and user input', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;mehr&quot;');
    expect(html).not.toContain('<b>Eva</b>');
  });
  it('is self-contained: no external resources, no scripts', () => {
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain('@media print');
  });
  it('hands off to the mail client with subject and body, dropping a too-long annex', () => {
    const short = mailtoHref(letter);
    expect(short.href.startsWith('mailto:eu-privacy%40amazon.de?subject=')).toBe(true);
    expect(decodeURIComponent(short.href)).toContain('x1');
    expect(short.annexIncluded).toBe(true);
    const long = mailtoHref(letter, 3000);
    expect(long.annexIncluded).toBe(false);
    expect(decodeURIComponent(long.href)).not.toContain('x1');
    expect(decodeURIComponent(long.href)).toContain('28. Februar 2025');
  });
});
