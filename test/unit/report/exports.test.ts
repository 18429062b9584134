// Report exports: the HTML is self-contained and escapes untrusted text, in both languages; the CSV has one row
// per capture with category and flags and honours the privacy level; the JSON is the tagged summary.

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reportCsv } from '../../../shared/report/csv';
import { renderReportHtml } from '../../../shared/report/html';
import { reportJson } from '../../../shared/report/json';
import { buildSummary, type PrivacyLevel } from '../../../shared/report/summary';
import { given } from './builders';

const h = given.household();
const hostile = given.capture({
  at: '2025-03-20T10:00:00Z',
  device: 'EK1',
  room: 'kitchen',
  transcript: '<script>alert("x")</script><img src=x.png onerror=alert(1)>',
  category: 'chitchat',
  groupId: 'g-evil',
  flags: ['sensitive:conflict'],
});
const household = { ...h, captures: [...h.captures, hostile] };
const html = (privacy: PrivacyLevel, lang: 'de' | 'en' = 'de') =>
  renderReportHtml(buildSummary(household, { privacy, lang, asOf: '2025-05-15', includeExamples: true }), { lang });

describe('HTML report', () => {
  it('loads nothing from outside: no http, no src= except data:, no scripts', () => {
    for (const privacy of ['counts', 'transcripts', 'redacted'] as const) {
      const page = html(privacy);
      expect(page).not.toMatch(/https?:/i);
      // Real attributes only (inside a tag); escaped transcript text cannot form a tag.
      expect([...page.matchAll(/<[^>]*\bsrc\s*=\s*["']?([^"'\s>]*)/gi)].every((m) => m[1]!.startsWith('data:'))).toBe(
        true,
      );
      expect(page).not.toMatch(/<img/i);
      expect(page).not.toMatch(/<script|<link|<iframe|@import|url\(/i);
    }
  });
  it('escapes a <script> transcript at the transcripts level', () => {
    const page = html('transcripts');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });
  it('shows no transcript at the counts level and masks names at the redacted level', () => {
    expect(html('counts')).not.toContain('wetter');
    const redacted = html('redacted');
    expect(redacted).not.toMatch(/Anna|Schmidt|Lena|4711/);
    expect(html('transcripts')).toContain('Anna Schmidt');
  });
  it('is written in the chosen language, with charts and dark/print styles', () => {
    const de = html('counts', 'de');
    const en = html('counts', 'en');
    // Nov 2024 – Apr 2025 is about 150 days: drawn per week, each bar labelled with its Monday.
    expect(de).toContain('Aufnahmen pro Woche');
    expect(de).toContain('>4. Nov.<');
    expect(en).toContain('Recordings per week');
    expect(en).toContain('>4 Nov<');
    expect(de).toContain('<html lang="de">');
    expect((de.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(de).toContain('prefers-color-scheme: dark');
    expect(de).toContain('@media print');
    expect(de).toContain('1 fremde');
  });
});

describe('report CSV', () => {
  const rows = (privacy: PrivacyLevel) =>
    Papa.parse<string[]>(reportCsv(household, { privacy, lang: 'de' }).slice(1), { skipEmptyLines: true }).data;

  it('has one row per reported capture with the annex columns plus category and flags', () => {
    const data = rows('transcripts');
    expect(data[0]).toEqual([
      'Nr.',
      'Ortszeit (Europe/Berlin)',
      'UTC',
      'Gerät',
      'Raum',
      'Transkript / Status',
      'Datensatz-/Äußerungs-ID',
      'Kategorie',
      'Kategorie-ID',
      'Flags',
    ]);
    expect(data).toHaveLength(1 + 12);
    const bed = data.find((r) => r[6] === 'utt-005')!;
    expect(bed.slice(3, 6)).toEqual(['Schlafzimmer Echo', 'Schlafzimmer', 'ich habe meine tabletten vergessen']);
    expect(bed.slice(7)).toEqual(['Unklar', 'unclear', 'accidental night private-room sensitive:health']);
  });
  it('starts with a BOM and guards formulas', () => {
    const csv = reportCsv(
      { ...h, captures: [given.capture({ transcript: '=1+1' })] },
      { privacy: 'transcripts', lang: 'en' },
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain("'=1+1");
  });
  it('drops words at the counts level and masks them at the redacted level', () => {
    expect(JSON.stringify(rows('counts'))).not.toMatch(/wetter|Anna/);
    expect(JSON.stringify(rows('counts'))).toContain('nicht für das Gerät bestimmt');
    expect(JSON.stringify(rows('redacted'))).not.toMatch(/Anna|Schmidt|4711/);
  });
});

describe('report JSON', () => {
  it('is the tagged summary model', () => {
    const doc = JSON.parse(
      reportJson(
        buildSummary(h, { privacy: 'counts', lang: 'en', asOf: '2025-05-15' }),
        new Date('2025-05-15T10:00:00Z'),
      ),
    );
    expect(doc).toMatchObject({ format: 'earshot-report', version: 1, generatedAt: '2025-05-15T10:00:00.000Z' });
    expect(doc.summary.total).toBe(11);
  });
});
