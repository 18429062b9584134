// End to end: the `request` and `report` commands on a generated household (test/fixtures/generate.ts, real
// export formats), from export files to letter, annex CSV and report files.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as report } from '../../../electron/cli/commands/report';
import { run as request } from '../../../electron/cli/commands/request';
import { CliError } from '../../../electron/cli/cli-error';
import { cachedHousehold } from '../../fixtures/cached';
import type { GeneratedHousehold } from '../../fixtures/generate';

let dir: string;
let household: GeneratedHousehold;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'earshot-request-'));
  // A household without a stranger batch (the shared one has one), from the household cache: the end-to-end
  // tier imports the same one.
  household = await cachedHousehold({ household: 'de', captures: 40, seed: 7 });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }));

const amazonPaths = () => [
  ...household.paths.alexaArchive.filter((p) => p.endsWith('.zip')),
  household.paths.alexaHistory,
];

describe('request command', () => {
  it('writes an erasure letter and annex for the bathroom recordings only', async () => {
    const out = join(dir, 'letter.txt');
    const annex = join(dir, 'annex.csv');
    await request([
      'erasure',
      ...amazonPaths(),
      '--room',
      'bathroom',
      '--lang',
      'de',
      '--out',
      out,
      '--annex',
      annex,
      '--tz',
      household.truth.timeZone,
      '--date',
      '2026-01-31',
      '--name',
      'Anna Beispiel',
      '--email',
      'anna@example.org',
    ]);
    const letter = readFileSync(out, 'utf8');
    expect(letter).toContain('Art. 17 Abs. 1 DSGVO');
    expect(letter).toContain('28. Februar 2026');
    expect(letter).toContain('anna@example.org');
    const rows = Papa.parse<string[]>(readFileSync(annex, 'utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data.slice(1);
    const expected = household.truth.captures.filter(
      (c) => (c.format === 'alexa-archive' || c.format === 'alexa-history') && c.room === 'bathroom' && !c.stranger,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBe(expected.length);
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set([rows[0]![4]]));
  });
  it('refuses a selection that spans two controllers without --controller', async () => {
    const args = [
      'access',
      ...amazonPaths(),
      household.paths.googleTakeout,
      '--lang',
      'en',
      '--out',
      join(dir, 'x.txt'),
      '--tz',
      household.truth.timeZone,
    ];
    await expect(request(args)).rejects.toThrow(CliError);
    await request([...args, '--controller', 'google-ireland']);
    expect(readFileSync(join(dir, 'x.txt'), 'utf8')).toContain('Google Ireland Limited');
  });
  it('rejects bad options with a clear message', async () => {
    await expect(request(['erasure', ...amazonPaths(), '--lang', 'fr', '--out', 'x'])).rejects.toThrow(
      /--lang must be one of de, en/,
    );
    await expect(request(['delete', ...amazonPaths(), '--lang', 'de', '--out', 'x'])).rejects.toThrow(CliError);
  });
});

describe('report command', () => {
  it('writes self-contained HTML, CSV with BOM and tagged JSON', async () => {
    const paths = household.paths.all;
    for (const format of ['html', 'csv', 'json']) {
      await report([
        ...paths,
        '--format',
        format,
        '--out',
        join(dir, `r.${format}`),
        '--privacy',
        'redacted',
        '--lang',
        'en',
        '--tz',
        household.truth.timeZone,
        '--as-of',
        '2027-01-01',
      ]);
    }
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).not.toMatch(/https?:|<script/);
    expect(readFileSync(join(dir, 'r.csv'), 'utf8').startsWith('\uFEFF')).toBe(true);
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(json.format).toBe('earshot-report');
    expect(json.summary.total).toBeGreaterThan(0);
    for (const person of household.truth.people)
      expect(readFileSync(join(dir, 'r.csv'), 'utf8')).not.toContain(person.name);
  });
});
