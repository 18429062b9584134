// The report of a generated household (test/fixtures/generate.ts: real export files of every format, a stranger's
// captures mixed in) against values counted from the generator's ground truth, through the same import pipeline
// the CLI uses. Classifier-made sections (categories, sensitive flags) are checked for consistency only.

import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadCaptures } from '../../../electron/cli/load-captures';
import { addCalendarMonths } from '../../../shared/gdpr/deadlines';
import { localDate, localParts } from '../../../shared/i18n-format';
import { buildSummary, type Summary } from '../../../shared/report/summary';
import { reportCsv } from '../../../shared/report/csv';
import { renderReportHtml } from '../../../shared/report/html';
import type { GeneratedHousehold } from '../../fixtures/generate';

const AS_OF = '2027-03-01';
let household: GeneratedHousehold;
let input: Parameters<typeof buildSummary>[0];
let summary: Summary;

beforeAll(async () => {
  household = inject('household');
  const { timeZone } = household.truth;
  const library = await loadCaptures(household.paths.all, { timeZone });
  // Foreign detection runs in the app's library worker (tested in test/unit/foreign): here the stranger's
  // captures get the flag it would set, matched to the ground truth by their second.
  const strangerSeconds = new Set(
    household.truth.captures.filter((c) => c.stranger).map((c) => Math.floor(c.ts / 1000)),
  );
  const captures = library.captures.map((c) =>
    strangerSeconds.has(Math.floor(c.ts / 1000)) ? { ...c, flags: [...c.flags, 'foreign' as const] } : c,
  );
  input = { captures, devices: library.devices, rooms: library.rooms, timeZone };
  summary = buildSummary(input, { privacy: 'counts', lang: 'de', asOf: AS_OF });
}, 180_000);

// Reports count recordings of the home (kind `capture`); prompts, training clips, activities and a second
// device's copy of an utterance are counted apart (docs/taxonomy.md, "Record kinds").
const own = () => household.truth.captures.filter((c) => !c.stranger && (c.kind ?? 'capture') === 'capture');
const zone = () => household.truth.timeZone;

describe('report of a generated household', () => {
  it('counts the household’s captures and leaves the stranger’s out', () => {
    const strangers = household.truth.captures.filter((c) => c.stranger).length;
    expect(strangers).toBeGreaterThan(0);
    expect(summary.total).toBe(own().length);
    expect(summary.excludedForeign).toBe(strangers);
  });
  it('counts per source, per local hour and over time like the ground truth', () => {
    const bySource = new Map<string, number>();
    for (const c of own()) bySource.set(c.format, (bySource.get(c.format) ?? 0) + 1);
    expect(Object.fromEntries(summary.perSource.map((s) => [s.source, s.count]))).toEqual(Object.fromEntries(bySource));
    const hours = new Array<number>(24).fill(0);
    for (const c of own()) hours[localParts(c.ts, zone()).hour]! += 1;
    const reported = new Array<number>(24).fill(0);
    for (const row of summary.heatmap) row.hours.forEach((n, h) => (reported[h]! += n));
    expect(reported).toEqual(hours);
    const days = own()
      .map((c) => localDate(c.ts, zone()))
      .sort();
    expect([summary.from, summary.to]).toEqual([days[0], days.at(-1)]);
    expect(summary.overTime.buckets.reduce((a, b) => a + b.count, 0)).toBe(own().length);
    expect(summary.overTime.buckets.find((b) => b.start === days[0])?.count).toBe(
      days.filter((d) => d === days[0]).length,
    );
  });
  it('finds the accidental and not-understood captures the exports mark', () => {
    const status = (s: string) => own().filter((c) => c.transcriptStatus === s).length;
    expect(summary.accidental.count).toBeGreaterThanOrEqual(status('not-intended'));
    expect(summary.notUnderstood.count).toBeGreaterThanOrEqual(status('not-understood'));
    // The share is over the captures whose export says why they have (no) text; the rest is unknown.
    const told = own().filter((c) => c.transcriptStatus !== 'missing').length;
    expect(summary.accidental.known).toBe(told);
    expect(summary.accidental.unknown).toBe(own().length - told);
    expect(summary.accidental.share).toBeCloseTo(summary.accidental.count / told);
  });
  it('lists the oldest captures and simulates auto-delete from the capture days', () => {
    const oldest = [...own()].sort((a, b) => a.ts - b.ts).slice(0, 5);
    expect(summary.oldest.map((o) => o.ageDays)).toEqual(
      oldest.map((c) => Math.floor((Date.parse(`${AS_OF}T00:00:00Z`) - c.ts) / 86_400_000)),
    );
    for (const [provider, formats] of [
      ['amazon', ['alexa-archive', 'alexa-history']],
      ['google', ['google-takeout']],
    ] as const) {
      for (const months of [3, 18] as const) {
        const cutoff = addCalendarMonths(AS_OF, -months);
        const mine = own().filter((c) => (formats as readonly string[]).includes(c.format));
        const gone = mine.filter((c) => localDate(c.ts, zone()) < cutoff).length;
        expect(summary.retention.scenarios.find((s) => s.provider === provider && s.months === months)).toMatchObject({
          providerTotal: mine.length,
          providerRemaining: mine.length - gone,
          householdRemaining: own().length - gone,
        });
      }
    }
  });
  it('keeps its sections consistent: rooms and categories add up to the total', () => {
    expect(summary.heatmap.reduce((a, r) => a + r.total, 0)).toBe(summary.total);
    expect(summary.categoriesPerRoom.reduce((a, r) => a + r.total, 0)).toBe(summary.total);
    expect(summary.perDevice.reduce((a, d) => a + d.count, 0)).toBe(summary.total);
  });
  it('leaks no name or number from the fixtures at the redacted level (summary, HTML and CSV)', () => {
    const options = { privacy: 'redacted' as const, lang: 'de' as const, asOf: AS_OF, includeExamples: true };
    const names = household.truth.people.map((p) => p.name);
    const s = buildSummary(input, { ...options, householdNames: names, includeForeign: true });
    const outputs = [
      JSON.stringify(s),
      renderReportHtml(s, { lang: 'de' }),
      reportCsv(input, { ...options, householdNames: names, includeForeign: true }),
    ];
    const digitsInText = [...new Set(household.truth.captures.flatMap((c) => c.text.match(/\d{2,}/g) ?? []))];
    for (const out of outputs) {
      for (const name of names) expect(out).not.toContain(name);
      for (const digits of digitsInText) expect(out).not.toContain(digits);
      // The German household says its numbers as words ("timer auf zehn minuten", "radio eins").
      expect(out).not.toMatch(
        /(?<![\p{L}])(?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig)(?![\p{L}])/iu,
      );
    }
    expect(outputs[1]).toContain('[Zahl]');
    expect(outputs[0]).toContain('[Name]');
  });
});
