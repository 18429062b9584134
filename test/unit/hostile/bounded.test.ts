// Bounded work for any input: tables wider or larger than any export are refused before they are built,
// a record with an impossible time is skipped with a counted warning, the text cache keeps only recent
// texts, an MP3 that lies about its length stops at the cap, and invisible characters never reach output.
import { describe, expect, it } from 'vitest';
import { parseCsv, MAX_COLUMNS } from '../../../shared/importers/csv';
import { readTable } from '../../../shared/importers/mapped-table';
import { text, TEXT_CACHE_CHARS } from '../../../shared/importers/entries';
import { dropBrokenRecords } from '../../../shared/importers/sanity';
import { detectAndParse } from '../../../shared/importers/index';
import type { ImportResult, InputEntry, RawCapture } from '../../../shared/importers/types';
import { ImportError } from '../../../shared/importers/types';
import { decodeAudio } from '../../../shared/audio/decode';
import { visibleText } from '../../../shared/visible-text';
import { escapeHtml } from '../../../shared/gdpr/escape';
import { toCsv } from '../../../shared/csv';
import { silentMp3 } from '../../hostile/mp3-bytes';
import { firstFrame, walkedMp3DurationMs } from '../../../shared/audio/mp3-header';

const entry = (path: string, body: string, reads = { n: 0 }): InputEntry => {
  const bytes = new TextEncoder().encode(body);
  return {
    path,
    size: bytes.length,
    read: async () => {
      reads.n++;
      return bytes;
    },
  };
};

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
  return 'no error';
};

describe('decoded texts', () => {
  it('are released once an importer has parsed their file', async () => {
    const reads = { n: 0 };
    const csv = entry(
      'Intent-1-1.csv',
      'Utterance text,Utterance Creation Date\nalexa licht an,2026-10-20T07:15:02.000Z\n',
      reads,
    );
    const outcome = await detectAndParse([csv], { timeZone: 'UTC' });
    expect(outcome.results[0]?.captures).toHaveLength(1);
    const before = reads.n;
    await text(csv);
    // Read again: the import kept no decoded copy of a file it had finished with.
    expect(reads.n).toBe(before + 1);
  });
});

describe('tables', () => {
  it('refuses a 10,000-column header before padding 100,000 rows to it', () => {
    const header = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    const csv = `${header}\n${'a\n'.repeat(100_000)}`;
    expect(code(() => parseCsv(csv, 'wide.csv'))).toBe('table-too-wide');
  });

  it('refuses rows × columns beyond the cell cap', () => {
    const header = Array.from({ length: MAX_COLUMNS }, (_, i) => `c${i}`).join(',');
    expect(code(() => parseCsv(`${header}\n${'a\n'.repeat(30_000)}`, 'big.csv'))).toBe('table-too-large');
  });

  it('refuses JSON objects with thousands of different keys without building rows × keys', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ [`k${i}`]: i, time: '2026-01-01T00:00:00Z' }));
    await expect(readTable(entry('keys.json', JSON.stringify(rows)))).rejects.toMatchObject({ code: 'table-too-wide' });
  });
});

describe('records', () => {
  const capture = (id: string, ts: unknown): RawCapture =>
    ({ id, source: 'alexa-history', ts, transcriptStatus: 'ok', origin: { file: 'v.json' } }) as RawCapture;
  it('skips impossible times with one counted warning and keeps the rest', () => {
    const result: ImportResult = {
      source: 'alexa-history',
      files: ['v.json'],
      captures: [
        capture('ok', 1792308137534),
        capture('a', 1e300),
        capture('b', -5),
        capture('c', 1e20),
        capture('d', Number.NaN),
        capture('e', '99999999999999999999'),
      ],
      devices: [],
      warnings: [],
    };
    const [out] = dropBrokenRecords([result]);
    expect(out!.captures.map((c) => c.id)).toEqual(['ok']);
    expect(out!.warnings).toHaveLength(1);
    expect(out!.warnings[0]!.message).toMatch(/^5 records have an impossible time/);
  });

  it('removes bidi overrides and control characters from imported text', () => {
    const result: ImportResult = {
      source: 'alexa-history',
      files: ['v.json'],
      captures: [{ ...capture('x', 1792308137534), transcript: 'alexa \u202Etxt.exe\u0085 an' }],
      devices: [{ id: 'd', name: 'Echo\u202E Küche', registered: true, provider: 'amazon' }],
      warnings: [],
    };
    const [out] = dropBrokenRecords([result]);
    expect(out!.captures[0]!.transcript).toBe('alexa txt.exe an');
    expect(out!.devices[0]!.name).toBe('Echo Küche');
  });
});

describe('writers', () => {
  it('never write bidi or control characters into letters, reports or CSV', () => {
    const hostile = 'Anlage\u202Efdp.exe\u009b\u0007';
    expect(visibleText(hostile)).toBe('Anlagefdp.exe');
    expect(escapeHtml(hostile)).toBe('Anlagefdp.exe');
    expect(toCsv(['a'], [[hostile]])).toBe('\uFEFFa\r\nAnlagefdp.exe\r\n');
    expect(visibleText('zwei\tSpalten\nzwei Zeilen')).toBe('zwei\tSpalten\nzwei Zeilen');
  });
});

describe('decoded text cache', () => {
  it('keeps only recent texts: a sixth big file evicts the first', async () => {
    const big = 'x'.repeat(Math.ceil(TEXT_CACHE_CHARS / 4));
    const reads = Array.from({ length: 6 }, () => ({ n: 0 }));
    const entries = reads.map((r, i) => entry(`f${i}.json`, big, r));
    for (const e of entries) await text(e);
    await new Promise((r) => setTimeout(r, 0));
    await text(entries[5]!);
    expect(reads[5]!.n).toBe(1); // still cached
    await text(entries[0]!);
    expect(reads[0]!.n).toBe(2); // evicted, read again
  });
});

describe('MP3', () => {
  it('stops decoding at the cap when the Xing header claims 1 s but the file holds 11 minutes', async () => {
    await expect(decodeAudio(silentMp3(11 * 60, 1))).rejects.toThrow(/captures over 10 min are refused/);
    // Refused by counting its frames, before a sample is decoded: the walk finds the 11 minutes the header hides.
    const lying = silentMp3(11 * 60, 1);
    expect(walkedMp3DurationMs(lying, firstFrame(lying)!.at) / 60_000).toBeCloseTo(11, 1);
    expect(Math.abs(walkedMp3DurationMs(silentMp3(2), 0) - 2000)).toBeLessThan(100);
    expect((await decodeAudio(silentMp3(2))).durationMs).toBeCloseTo(2000, -2);
  });
});
