// `earshot analyze` with both Amazon exports of one account in one call (a real process, as a user runs it):
// one capture per recording, each with its kind and every export record it came from, per-kind counts.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateBothAmazon, type BothAmazon } from '../../fixtures/amazon-both';

const run = promisify(execFile);
let dir: string;
let fx: BothAmazon;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'earshot-cli-both-'));
  fx = await generateBothAmazon({ out: join(dir, 'fx'), recordings: 24, household: 'en', seed: 5 });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }));

interface Row {
  kind: string;
  sources: { source: string; recordId: string | null; file: string | null; line: number | null }[];
  recordId: string | null;
  ts: string;
}

describe('earshot analyze with the archive and the voice history', () => {
  it('reports every recording once, with kind, merged sources and per-kind counts', async () => {
    const out = join(dir, 'r.json');
    await run(
      process.execPath,
      [inject('cli'), 'analyze', fx.history, ...fx.archive, '--tz', 'Europe/London', '--out', out, '--no-audio'],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const rows: Row[] = report.captures;
    const truth = fx.truth.recordings;
    expect(rows).toHaveLength(truth.length);
    expect(report.summary.byKind).toMatchObject({ capture: truth.length, 'other-device': 0, assistant: 0 });
    expect(report.summary.merged).toBe(truth.filter((r) => r.inArchive && r.inHistory).length);
    for (const row of rows) {
      expect(row.kind).toBe('capture');
      expect(row.sources.length).toBeGreaterThan(0);
    }
    // A recording in both exports lists the archive's Intent CSV line and the voice-history record.
    const both = truth.find((r) => r.inArchive && r.inHistory && !r.accidental)!;
    const row = rows.find((r) => Math.abs(Date.parse(r.ts) - both.ts) < 1_000)!;
    expect(row.recordId).toBe(both.utteranceId);
    expect(row.sources.map((s) => s.source).sort()).toEqual(['alexa-archive', 'alexa-history']);
    expect(row.sources.find((s) => s.source === 'alexa-archive')).toMatchObject({
      file: expect.stringMatching(/Intent-2-1\.csv$/),
    });
    expect(row.sources.find((s) => s.source === 'alexa-archive')!.line).toBeGreaterThan(1);
  }, 120_000);
});
