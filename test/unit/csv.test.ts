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
      categorySource: 'text',
      providerIntent: null,
      dialogueOf: null,
    };
    const csv = capturesCsv([capture]);
    expect(csv.startsWith('id,kind,source,sources,recordId,ts,')).toBe(true);
    const [, row] = parse(csv);
    expect(row![10]).toBe('\'=HYPERLINK("http://evil","klick")');
    expect(row![19]).toBe('night accidental');
  });

  it('has the kind, every merged source and Amazon’s own intent in columns, as the JSON has them', () => {
    const capture: ReportCapture = {
      id: 'c2',
      kind: 'other-device',
      linkedTo: 'c1',
      source: 'alexa-history',
      sources: [
        { source: 'alexa-history', recordId: 'A1B2#1700000000000#G0', file: 'history.json', line: 3 },
        { source: 'alexa-archive', recordId: null, file: 'Alexa/Intent-2-1.csv', line: 17 },
      ],
      recordId: 'A1B2#1700000000000#G0',
      ts: '2026-01-01T10:00:00.000Z',
      deviceId: 'G0',
      device: null,
      room: null,
      roomKind: null,
      transcript: 'spiel musik',
      transcriptStatus: 'ok',
      durationMs: null,
      audio: null,
      category: 'media',
      confidence: 1,
      categorySource: 'provider',
      providerIntent: 'Music/PlayMusicIntent',
      dialogueOf: null,
      flags: [],
      group: null,
      voice: null,
      foreignScore: 0,
      foreignReasons: [],
    };
    const [header, row] = parse(capturesCsv([capture]));
    const cellOf = (name: string) => row![header!.indexOf(name)];
    expect(cellOf('kind')).toBe('other-device');
    expect(cellOf('sources')).toBe('alexa-history A1B2#1700000000000#G0; alexa-archive Alexa/Intent-2-1.csv:17');
    expect(cellOf('recordId')).toBe('A1B2#1700000000000#G0');
    expect(cellOf('providerIntent')).toBe('Music/PlayMusicIntent');
    expect(cellOf('categorySource')).toBe('provider');
  });
});
