import { describe, expect, it } from 'vitest';
import { directScopes } from '../../../shared/deletion/direct';
import { renderReportHtml } from '../../../shared/report/html';
import { buildSummary, reportCaptures } from '../../../shared/report/summary';
import { given } from '../report/builders';

describe('the direct route to deletion', () => {
  it('gives each provider its local days, count and device names', () => {
    const { devices } = given.household();
    const captures = [
      given.capture({ at: '2025-06-01T00:30:00Z', device: 'EB1' }), // 02:30 on 1 June in Berlin
      given.capture({ at: '2025-06-30T21:59:00Z', device: 'EB1', source: 'alexa-history' }), // 23:59 on 30 June
      given.capture({ at: '2025-06-10T10:00:00Z', device: 'GK1', source: 'google-takeout' }),
      given.capture({ at: '2025-06-11T10:00:00Z', source: 'home-assistant' }),
    ];
    expect(directScopes(captures, devices, 'Europe/Berlin')).toEqual([
      { provider: 'amazon', from: '2025-06-01', to: '2025-06-30', count: 2, devices: ['Bad Echo Dot'] },
      { provider: 'google', from: '2025-06-10', to: '2025-06-10', count: 1, devices: ['Nest Kinderzimmer'] },
    ]);
  });
});

describe('report defects', () => {
  const { captures, devices, rooms } = given.household();
  const input = { captures, devices, rooms, timeZone: 'Europe/Berlin' };

  it('numbers only: commands are named by category, never rows of "–"; no <main> of its own', () => {
    const html = renderReportHtml(buildSummary(input, { privacy: 'counts', lang: 'de', asOf: '2025-04-01' }), {
      lang: 'de',
    });
    const section = html.slice(html.indexOf('Häufigste Befehle'), html.indexOf('Nach Gerät'));
    expect(section).toContain('Nur Zahlen');
    expect(section).toContain('Wetter');
    expect(section).not.toMatch(/<td>–<\/td>/);
    expect(html).toContain('<article class="report"');
    expect(html.match(/<main/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('heatmap cells are wide enough for three-digit numbers', () => {
    const many = Array.from({ length: 176 }, (_, i) =>
      given.capture({
        at: `2025-01-${String((i % 28) + 1).padStart(2, '0')}T07:10:00Z`,
        device: 'EK1',
        room: 'kitchen',
      }),
    );
    const html = renderReportHtml(
      buildSummary({ ...input, captures: many }, { privacy: 'counts', lang: 'de', asOf: '2025-04-01' }),
      { lang: 'de' },
    );
    const widths = [...html.matchAll(/<rect class="cell" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    // 3 digits at ~7 px each need more than the 19 px a two-digit cell had.
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(3 * 7);
  });
});

describe('report counts per kind', () => {
  it('counts only recordings of the home and names the rest as not counted', () => {
    const { captures, devices, rooms } = given.household();
    const extra = [
      given.capture({ kind: 'assistant', transcript: 'Alexa: Dein Paket kommt heute' }),
      given.capture({ kind: 'voice-training' }),
      given.capture({ kind: 'voice-training' }),
      given.capture({ kind: 'other-device', linkedTo: captures[0]!.id }),
    ];
    const summary = buildSummary(
      { captures: [...captures, ...extra], devices, rooms, timeZone: 'Europe/Berlin' },
      { privacy: 'counts', lang: 'de', asOf: '2025-04-01' },
    );
    const own = reportCaptures(captures).length;
    expect(summary.total).toBe(own);
    expect(summary.perKind).toMatchObject({
      capture: own,
      assistant: 1,
      'voice-training': 2,
      'other-device': 1,
    });
    expect(renderReportHtml(summary, { lang: 'de' })).toContain(
      'Nicht mitgezählt: 1 Alexa-Ansagen, 2 Stimmtrainings-Clips.',
    );
  });

  it('lists request deadlines, earliest first', () => {
    const { captures, devices, rooms } = given.household();
    const summary = buildSummary(
      {
        captures,
        devices,
        rooms,
        timeZone: 'Europe/Berlin',
        deadlines: [
          { label: 'Auskunftsantrag an Google Ireland Limited', dueOn: '2025-05-02', status: 'offen' },
          { label: 'Löschantrag an Amazon Europe Core S.à r.l.', dueOn: '2025-04-20', status: 'überfällig' },
        ],
      },
      { privacy: 'counts', lang: 'de', asOf: '2025-04-01' },
    );
    const html = renderReportHtml(summary, { lang: 'de' });
    expect(html).toContain('Fristen Ihrer Anfragen');
    expect(html.indexOf('Löschantrag')).toBeLessThan(html.indexOf('Auskunftsantrag'));
    expect(html).toContain('fällig am 20. April 2025 (überfällig)');
  });
});
