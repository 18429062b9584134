// The one CSV writer: what a spreadsheet opens — quoting, umlauts, no formula from a transcript — and the
// CLI's captures CSV going through it.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { capturesCsv, type ReportCapture } from '../../electron/cli/commands/analyze-report';
import { toCsv } from '../../shared/csv';

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, keeps umlauts, and starts with a BOM for spreadsheets', () => {
    const csv = toCsv(['text', 'n'], [['Küche, "laut"\nbitte', 3]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parse(csv)).toEqual([
      ['text', 'n'],
      ['Küche, "laut"\nbitte', '3'],
    ]);
  });

  it('defuses cells a spreadsheet would run as a formula, but leaves negative numbers alone', () => {
    const values = ['=1+1', '+49 30 1234', '-rm', '@SUM(A1)', '\tx', -5, null, undefined];
    const cells = parse(
      toCsv(
        ['v', 'w'],
        values.map((v) => [v, 'w']),
        { bom: false },
      ),
    )
      .slice(1)
      .map((r) => r[0]);
    expect(cells).toEqual(["'=1+1", "'+49 30 1234", "'-rm", "'@SUM(A1)", "'\tx", '-5', '', '']);
  });
});

describe('the CLI captures CSV', () => {
  it('uses the same guard and writes no BOM', () => {
    const capture: ReportCapture = {
      id: 'c1',
      source: 'alexa-history',
      ts: '2026-01-01T10:00:00.000Z',
      deviceId: null,
      device: 'Echo Küche',
      room: 'Küche',
      roomKind: 'kitchen',
      transcript: '=HYPERLINK("http://evil","klick")',
      transcriptStatus: 'ok',
      durationMs: 1200,
      audio: null,
      category: 'unclear',
      confidence: 0.5,
      flags: ['night', 'accidental'],
      group: null,
      voice: null,
      foreignScore: 0,
      foreignReasons: [],
      kind: 'capture',
      linkedTo: null,
      sources: [],
      recordId: null,
    };
    const csv = capturesCsv([capture]);
    expect(csv.startsWith('id,source,ts,')).toBe(true);
    const [, row] = parse(csv);
    expect(row![7]).toBe('\'=HYPERLINK("http://evil","klick")');
    expect(row![13]).toBe('night accidental');
  });
});
