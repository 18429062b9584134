// Every summary section against values counted by hand from the household in builders.ts
// (11 own captures in Europe/Berlin + 1 foreign; local hours are noted there).

import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../../shared/report/html';
import { buildSummary } from '../../../shared/report/summary';
import { given } from './builders';

const h = given.household();
const summarise = (extra: Partial<Parameters<typeof buildSummary>[1]> = {}) =>
  buildSummary(h, { privacy: 'counts', lang: 'de', asOf: '2025-05-15', ...extra });

describe('buildSummary', () => {
  const s = summarise();

  it('leaves foreign captures out unless asked', () => {
    expect(s.total).toBe(11);
    expect(s.excludedForeign).toBe(1);
    expect(summarise({ includeForeign: true }).total).toBe(12);
  });
  it('counts captures per local month, empty months included', () => {
    expect(s.perMonth).toEqual([
      { month: '2024-11', count: 2 },
      { month: '2024-12', count: 0 },
      { month: '2025-01', count: 3 },
      { month: '2025-02', count: 3 },
      { month: '2025-03', count: 2 },
      { month: '2025-04', count: 1 },
    ]);
    expect([s.from, s.to]).toEqual(['2024-11-05', '2025-04-02']);
  });
  it('builds the room × local-hour heatmap (DST-aware)', () => {
    const row = (id: string) => s.heatmap.find((r) => r.roomId === id)!;
    const nonZero = (hours: number[]) => Object.fromEntries(hours.flatMap((v, i) => (v ? [[i, v]] : [])));
    expect(s.heatmap.map((r) => r.roomId)).toEqual(['kitchen', 'bath', 'bed', 'kids']);
    expect(nonZero(row('kitchen').hours)).toEqual({ 8: 3, 18: 1 });
    expect(nonZero(row('bath').hours)).toEqual({ 9: 1, 23: 1 });
    expect(nonZero(row('bed').hours)).toEqual({ 0: 1, 4: 1 });
    expect(nonZero(row('kids').hours)).toEqual({ 16: 2, 17: 1 });
  });
  it('counts categories per room', () => {
    const kitchen = s.categoriesPerRoom.find((r) => r.roomId === 'kitchen')!;
    expect(kitchen.counts.weather).toBe(3);
    expect(kitchen.counts.communication).toBe(1);
    expect(kitchen.total).toBe(4);
    expect(s.categoriesPerRoom.find((r) => r.roomId === 'kids')!.counts).toMatchObject({ media: 2, chitchat: 1 });
  });
  it('computes accidental and not-understood shares with the worst hours and rooms', () => {
    expect(s.accidental.count).toBe(3);
    expect(s.accidental.share).toBeCloseTo(3 / 11);
    expect(s.accidental.worstRooms).toEqual([
      { roomId: 'bed', name: 'Schlafzimmer', count: 2, total: 2, share: 1 },
      { roomId: 'bath', name: 'Bad', count: 1, total: 2, share: 0.5 },
    ]);
    expect(s.accidental.worstHours.map((x) => x.hour)).toEqual([0, 4, 23]);
    expect(s.notUnderstood).toMatchObject({
      count: 1,
      worstHours: [{ hour: 9, count: 1, total: 1, share: 1 }],
      worstRooms: [{ roomId: 'bath', count: 1, total: 2 }],
    });
  });
  it('finds night captures in private rooms', () => {
    expect(s.nightPrivate.count).toBe(3);
    expect(s.nightPrivate.byRoom).toEqual([
      { roomId: 'bath', name: 'Bad', count: 1 },
      { roomId: 'bed', name: 'Schlafzimmer', count: 2 },
    ]);
  });
  it('counts sensitive flags by kind and children, without text at the counts level', () => {
    expect(Object.fromEntries(s.sensitive.map((x) => [x.flag, x.count]))).toEqual({
      'sensitive:health': 1,
      'sensitive:finance': 1,
      'sensitive:identity': 1,
      'sensitive:intimacy': 0,
      'sensitive:conflict': 0,
    });
    expect(s.children).toMatchObject({ count: 3, byRoom: [{ roomId: 'kids', count: 3 }] });
    expect(JSON.stringify(summarise({ includeExamples: true }))).not.toMatch(/tabletten|wetter|Anna|4711/);
  });
  it('includes example texts only when asked, at a text privacy level', () => {
    const withExamples = summarise({ privacy: 'transcripts', includeExamples: true });
    expect(withExamples.sensitive.find((x) => x.flag === 'sensitive:health')!.examples![0]!.text).toBe(
      'ich habe meine tabletten vergessen',
    );
    expect(summarise({ privacy: 'transcripts' }).sensitive[0]!.examples).toBeUndefined();
  });
  it('ranks command groups, devices and sources', () => {
    expect(s.topGroups).toEqual([
      { groupId: 'g-weather', count: 3, category: 'weather' },
      { groupId: 'g-media', count: 2, category: 'media' },
    ]);
    expect(summarise({ privacy: 'transcripts' }).topGroups[0]!.label).toBe('wie wird das wetter');
    expect(s.perDevice.map((d) => [d.name, d.count])).toEqual([
      ['Echo Küche', 4],
      ['Nest Kinderzimmer', 3],
      ['Bad Echo Dot', 2],
      ['Schlafzimmer Echo', 2],
    ]);
    expect(s.perSource).toEqual([
      { source: 'alexa-archive', count: 8 },
      { source: 'google-takeout', count: 3 },
    ]);
  });
  it('lists the oldest captures still stored with their age', () => {
    expect(s.oldest).toHaveLength(5);
    expect(s.oldest[0]).toMatchObject({
      localTime: '2024-11-05 08:00:00',
      device: 'Echo Küche',
      name: 'Küche',
      ageDays: 190,
    });
    expect(s.oldest[0]!.text).toBeUndefined();
  });
  it('simulates Amazon and Google auto-delete at 3 and 18 months', () => {
    const scenario = (p: string, m: number) => s.retention.scenarios.find((x) => x.provider === p && x.months === m)!;
    expect(scenario('amazon', 3)).toMatchObject({
      cutoff: '2025-02-15',
      providerTotal: 8,
      providerRemaining: 2,
      householdRemaining: 5,
    });
    expect(scenario('amazon', 18)).toMatchObject({
      cutoff: '2023-11-15',
      providerRemaining: 8,
      householdRemaining: 11,
    });
    expect(scenario('google', 3)).toMatchObject({ providerTotal: 3, providerRemaining: 1, householdRemaining: 9 });
    expect(scenario('google', 18)).toMatchObject({ providerRemaining: 3, householdRemaining: 11 });
  });
  it('clamps the retention cutoff at month ends', () => {
    expect(summarise({ asOf: '2025-05-31' }).retention.scenarios[0]!.cutoff).toBe('2025-02-28');
  });
});

describe('what the exports leave unknown', () => {
  // Amazon's archive alone: text rows for the requests, no text and no reason for the rest (its accidental ones).
  const archive = {
    timeZone: 'Europe/Berlin',
    devices: [],
    rooms: [],
    captures: [
      given.capture({ at: '2025-03-01T08:00:00Z', transcript: 'alexa wie wird das wetter' }),
      given.capture({ at: '2025-03-01T09:00:00Z', transcript: 'alexa spiel radio eins' }),
      given.capture({ at: '2025-03-01T10:00:00Z', transcript: 'alexa licht aus' }),
      given.capture({ at: '2025-03-01T11:00:00Z' }),
      given.capture({ at: '2025-03-01T12:00:00Z' }),
    ],
  };

  it('does not say 0 % accidental or not understood when the text-less captures may be exactly those', () => {
    const s = buildSummary(archive, { privacy: 'counts', lang: 'de', asOf: '2025-05-15' });
    expect(s.accidental).toMatchObject({ count: 0, known: 3, unknown: 2, undetermined: true });
    expect(s.notUnderstood).toMatchObject({ count: 0, known: 3, unknown: 2, undetermined: true });
    for (const lang of ['de', 'en'] as const) {
      const page = renderReportHtml(s, { lang });
      const text = page.replace(/<[^>]+>/g, ' ');
      expect(text).not.toMatch(
        /0\s?%\s+(Versehentliche Aufnahmen|Nicht verstandene Aufnahmen|Accidental recordings|Recordings not understood)/,
      );
      expect(text).toMatch(/(unbekannt|unknown)\s+(Versehentliche Aufnahmen|Accidental recordings)/);
      expect(text).toContain(lang === 'de' ? 'Amazons Archiv nennt keinen Grund' : 'Amazon’s archive gives no reason');
    }
  });

  it('gives the share over the captures whose export says, and names the rest', () => {
    const told = {
      ...archive,
      captures: [
        ...archive.captures,
        given.capture({ at: '2025-03-01T13:00:00Z', transcriptStatus: 'not-intended', flags: ['accidental'] }),
      ],
    };
    const s = buildSummary(told, { privacy: 'counts', lang: 'en', asOf: '2025-05-15' });
    expect(s.accidental).toMatchObject({ count: 1, known: 4, unknown: 2, undetermined: false, share: 0.25 });
    const text = renderReportHtml(s, { lang: 'en' });
    expect(text).toContain('of the 4 recordings whose export says');
    expect(text).toContain('2 more without text and without any reason in the export: unknown');
  });
});
